// `wizard`: the interactive front of the CLI. The flows live in src/wizard;
// this wires them to the real terminal and refuses to run without one.
import { define } from "./index.js";
import { FLOWS, inquirerPrompter, NO_TTY_MESSAGE, runWizard } from "../../wizard/index.js";
import { CliError } from "../errors.js";
import { releaseOf } from "../release.js";
const FLOW_CHOICES = Object.keys(FLOWS);
/** Runs the wizard; streams are injected by tests, else the terminal is required. */
export async function wizard(o = {}) {
    if (!o.streams && !(process.stdin.isTTY && process.stdout.isTTY))
        throw new CliError(NO_TTY_MESSAGE);
    const env = { prompter: inquirerPrompter(o.streams), cwd: o.cwd ?? process.cwd(), ...(o.release ? { release: o.release } : {}) };
    try {
        await runWizard(env, o.flow);
    }
    catch (e) {
        // Ctrl-C: inquirer's ExitPromptError; nothing has been written before the last confirmation
        if (e instanceof Error && e.name === "ExitPromptError")
            throw new CliError("cancelled, nothing was written");
        throw e;
    }
}
export function register(y) {
    return y.command(define("wizard", (b) => b.positional("flow", { choices: FLOW_CHOICES, describe: "go straight to one task" }), (argv) => wizard({ flow: argv.flow, release: releaseOf(argv) })));
}
//# sourceMappingURL=wizard.js.map