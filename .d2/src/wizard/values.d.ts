import { parseBlock, parseNet } from "../ca/arguments.js";
import type { Time } from "../model/time.js";
import type { Validate } from "./prompter.js";
export declare class ValueError extends Error {
    name: string;
}
export declare function validator<T>(parse: (s: string) => T): Validate;
export declare function parseLabel(s: string, what?: string): string;
export declare const parseCount: (what: string, min?: bigint, max?: bigint) => (s: string) => bigint;
/** Every list the wizard asks for is written one way: items separated by commas (blanks around them allowed); empty = none. */
export declare function listItems(s: string): string[];
/** Whole numbers and ranges, "0-3,5"; empty = none. */
export declare function parseIntList(what: string): (s: string) => bigint[];
/** A comma-separated list of labels; empty = none. */
export declare function parseLabelList(what: string): (s: string) => string[];
export { parseBlock, parseNet };
/** Several values separated by commas; empty = none; names must form a set. */
export declare function parseMany<T extends {
    name: string;
}>(parse: (s: string) => T, setMessage: string): (s: string) => T[];
/** RFC 3339; a bare date means midnight UTC. */
export declare function parseSince(s: string): Time;
/**
 * Boot arguments as a shell splits them: blanks separate, quotes and
 * backslashes keep them (`--hello="Hi there"` is one argument). Nothing is
 * expanded: `$NAME` stays as written; operators, globs and comments are refused.
 */
export declare function parseArgv(s: string): string[];
