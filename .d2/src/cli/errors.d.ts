export declare class CliError extends Error {
    name: string;
}
/** An error's message folded onto one line (library messages may quote data). */
export declare function oneLine(e: unknown): string;
/** A mistake in how the command was called: the error line is followed by the usage line. */
export declare class UsageError extends CliError {
    readonly usage: string;
    name: string;
    constructor(message: string, usage: string);
}
/** yargs refused the arguments: explained in our words (src/cli/usage.ts) before it is shown. */
export declare class ArgumentsRefused extends CliError {
    readonly command: {
        name: string;
        usage: string;
    } | undefined;
    readonly options: readonly string[];
    readonly args: readonly string[];
    name: string;
    constructor(message: string, command: {
        name: string;
        usage: string;
    } | undefined, options: readonly string[], args: readonly string[]);
}
