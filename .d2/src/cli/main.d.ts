import type { Options } from "yargs";
/**
 * Options every command takes. A new one is one entry here; give it
 * `requiresArg` when it takes a value, so that the value before a command
 * word is not mistaken for the command.
 */
export declare const GLOBAL_OPTIONS: Record<string, Options>;
/** This package's version, from our own package.json (not the one of the current folder). */
export declare function packageVersion(): string;
/** The command word: the first argument that is neither an option nor a global option's value. */
export declare function commandWord(args: readonly string[]): string | undefined;
/**
 * `--` ends the options: yargs leaves the words after it out of the
 * command's positionals, so they move in front of it; one that starts with
 * "-" is a file or name of the current folder, made unambiguous as `./-x`.
 */
export declare function endOfOptions(args: readonly string[]): string[];
export declare function main(args: string[]): Promise<number>;
