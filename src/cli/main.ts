// The albatross-ca command line: parses arguments into domain values and
// calls the library. Every failure is one "error:" line and exit status 1
// (a usage mistake adds the usage line).
//
// A CLI is started often, so start-up counts: this file loads yargs and the
// command table only; the chosen command's module, with the libraries it
// uses, is imported when that command runs.

import fs from "node:fs";
import type { Argv, Options } from "yargs";
import { COMMANDS, commandNamed, MODULES } from "./commands/index.js";
import { ArgumentsRefused, oneLine, UsageError } from "./errors.js";
import { RELEASE_OPTION } from "./release.js";

/**
 * Options every command takes. A new one is one entry here; give it
 * `requiresArg` when it takes a value, so that the value before a command
 * word is not mistaken for the command.
 */
export const GLOBAL_OPTIONS: Record<string, Options> = { albatross: { ...RELEASE_OPTION, requiresArg: true } };

const COMPLETION = "completion";
const COMPLETION_FLAG = "--get-yargs-completions";

/** This package's version, from our own package.json (not the one of the current folder). */
export function packageVersion(): string {
  const json = JSON.parse(fs.readFileSync(new URL("../../../package.json", import.meta.url), "utf8")) as { version: string };
  return json.version;
}

/** The command word: the first argument that is neither an option nor a global option's value. */
export function commandWord(args: readonly string[]): string | undefined {
  const words = args[0] === COMPLETION_FLAG ? args.slice(2) : args;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === "--") return words[i + 1];
    if (!w.startsWith("-") || w === "-") return w;
    const global = GLOBAL_OPTIONS[w.replace(/^--?/, "")];
    if (global?.requiresArg && !w.includes("=")) i++;
  }
  return undefined;
}

async function expandTemplate(args: string[]): Promise<string[]> {
  if (!args.some((a) => a === "--template" || a.startsWith("--template="))) return args;
  const { applyTemplate } = await import("../templates/presets.js");
  return applyTemplate(args);
}

async function writeError(e: unknown): Promise<void> {
  if (e instanceof ArgumentsRefused) {
    const { explain } = await import("./usage.js");
    e = explain(e.message, e.command?.name, e.command?.usage ?? "albatross-ca <command> [options]", e.options, e.args);
  }
  process.stderr.write(`error: ${oneLine(e)}\n`);
  if (e instanceof UsageError) process.stderr.write(`usage: ${e.usage}\n`);
}

/**
 * `--` ends the options: yargs leaves the words after it out of the
 * command's positionals, so they move in front of it; one that starts with
 * "-" is a file or name of the current folder, made unambiguous as `./-x`.
 */
export function endOfOptions(args: readonly string[]): string[] {
  const at = args.indexOf("--");
  if (at < 0 || args[0] === COMPLETION_FLAG) return [...args];
  const after = args.slice(at + 1).map((w) => (w.startsWith("-") && w !== "-" ? `./${w}` : w));
  return [...args.slice(0, at), ...after];
}

export async function main(args: string[]): Promise<number> {
  try {
    return await run(endOfOptions(await expandTemplate(args)));
  } catch (e) {
    await writeError(e);
    return 1;
  }
}

async function run(args: string[]): Promise<number> {
  const word = commandWord(args);
  const spec = commandNamed(word);
  if (word !== undefined && spec === undefined && word !== COMPLETION && args[0] !== COMPLETION_FLAG) {
    const { unknownCommand } = await import("./usage.js");
    throw unknownCommand(word, [...COMMANDS.map((c) => c.name), COMPLETION]);
  }
  const { default: yargs } = await import("yargs");
  let parser: Argv = yargs(args)
    .scriptName("albatross-ca")
    .usage("$0 <command> [options]\n\nThe certificate authority and tooling kit for Albatross (MirageOS unikernels on Solo5).")
    .strict()
    .recommendCommands()
    .version(packageVersion())
    .help()
    .alias("help", "h")
    .completion(COMPLETION, "Print a bash or zsh completion script: albatross-ca completion >> ~/.bashrc")
    .wrap(Math.min(110, process.stdout.columns ?? 100))
    .fail((msg, err) => {
      if (err) throw err;
      throw new ArgumentsRefused(msg, spec, spec ? optionNames(parser, spec.name) : [], args);
    });
  for (const [name, option] of Object.entries(GLOBAL_OPTIONS)) parser = parser.option(name, { ...option, global: true });
  // The chosen command's module defines it for real; the others are listed by name only.
  for (const c of COMMANDS) if (c.module !== spec?.module) parser = parser.command(c.usage, c.describe);
  if (spec) parser = (await MODULES[spec.module]()).register(parser);
  if (args.length === 0) {
    parser.showHelp((s) => process.stdout.write(s + "\n"));
    return 0;
  }
  if (!args.some((a) => a === "--help" || a === "-h")) skipHelpRendering(parser);
  await parser.parseAsync();
  return 0;
}

/**
 * yargs renders a command's whole help before running its handler, in case
 * the handler asks for it (ours never do): a tenth of a command's start-up,
 * spent on text nobody reads. Rendered only when --help asks for it.
 */
function skipHelpRendering(parser: Argv): void {
  const internal = parser as unknown as { getInternalMethods(): { getUsageInstance(): { cacheHelpMessage(): void } } };
  internal.getInternalMethods().getUsageInstance().cacheHelpMessage = () => undefined;
}

/** The option names a command takes, for "did you mean". */
function optionNames(parser: Argv, command: string): string[] {
  const internal = parser as unknown as { getOptions(): { key: Record<string, unknown> } };
  const keys = Object.keys(internal.getOptions().key);
  return keys.filter((k) => k.length > 1 && k !== "$0" && k !== command && !k.includes("_"));
}

