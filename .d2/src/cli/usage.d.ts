import { UsageError } from "./errors.js";
/** The closest candidate, if it is close enough to be what was meant. */
export declare function suggestion(word: string, candidates: readonly string[]): string | undefined;
export declare function usageLine(usage: string): string;
/**
 * yargs' validation message in our words. `options` are the command's
 * option names (without dashes), for suggestions.
 */
export declare function explain(message: string, command: string | undefined, usage: string, options: readonly string[], args?: readonly string[]): UsageError;
export declare function unknownCommand(word: string, commands: readonly string[]): UsageError;
