// How the CLI fails: one line on stderr starting with "error:", exit status 1,
// never a stack trace.
export class CliError extends Error {
    name = "CliError";
}
/** An error's message folded onto one line (library messages may quote data). */
export function oneLine(e) {
    const msg = e instanceof Error ? e.message : String(e);
    return msg.split("\n").map((l) => l.trim()).filter(Boolean).join(" ") || "unknown error";
}
/** A mistake in how the command was called: the error line is followed by the usage line. */
export class UsageError extends CliError {
    usage;
    name = "UsageError";
    constructor(message, usage) {
        super(message);
        this.usage = usage;
    }
}
/** yargs refused the arguments: explained in our words (src/cli/usage.ts) before it is shown. */
export class ArgumentsRefused extends CliError {
    command;
    options;
    args;
    name = "ArgumentsRefused";
    constructor(message, command, options, args) {
        super(message);
        this.command = command;
        this.options = options;
        this.args = args;
    }
}
//# sourceMappingURL=errors.js.map