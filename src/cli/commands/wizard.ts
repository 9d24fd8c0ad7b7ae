// `wizard`: the interactive front of the CLI. The flows live in src/wizard;
// this wires them to the real terminal and refuses to run without one.

import type { Argv } from "yargs";
import { define } from "./index.js";
import { FLOWS, type FlowName, inquirerPrompter, NO_TTY_MESSAGE, runWizard, type Streams, type WizardEnv } from "../../wizard/index.js";
import type { Release } from "../../model/release.js";
import { CliError } from "../errors.js";
import { withProgress } from "../progress.js";
import { releaseOf } from "../release.js";

const FLOW_CHOICES = Object.keys(FLOWS) as FlowName[];

/** Runs the wizard; streams are injected by tests, else the terminal is required. */
export async function wizard(
  o: { flow?: FlowName | undefined; cwd?: string; streams?: Streams; release?: Release } = {},
): Promise<void> {
  if (!o.streams && !(process.stdin.isTTY && process.stdout.isTTY)) throw new CliError(NO_TTY_MESSAGE);
  const env: WizardEnv = {
    prompter: inquirerPrompter(o.streams),
    cwd: o.cwd ?? process.cwd(),
    ...(o.release ? { release: o.release } : {}),
    // the bar of create, create-block and set-block, on standard error when it is a terminal
    compressing: (work) => withProgress("compressing", "bytes", work),
  };
  try {
    await runWizard(env, o.flow);
  } catch (e) {
    // Ctrl-C: inquirer's ExitPromptError; nothing has been written before the last confirmation
    if (e instanceof Error && e.name === "ExitPromptError") throw new CliError("cancelled, nothing was written");
    throw e;
  }
}

export function register(y: Argv): Argv {
  return y.command(
    define(
      "wizard",
    (b) => b.positional("flow", { choices: FLOW_CHOICES, describe: "go straight to one task" }),
    (argv) => wizard({ flow: (argv as { flow?: FlowName }).flow, release: releaseOf(argv) }),
  ));
}
