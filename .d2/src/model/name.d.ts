export interface Name {
    readonly path: readonly string[];
    readonly name: string | null;
}
import type { Release } from "./release.js";
export declare class NameError extends Error {
    name: string;
}
/** 1..63 characters of a-z A-Z 0-9 - ., not starting with '-'. */
export declare function isValidLabel(s: string): boolean;
export declare const root: Name;
/**
 * How a release reads a label: 2.5 and later normalise it to lowercase
 * (Name.Label.of_string) and say which rule an invalid path broke.
 */
export interface LabelReading {
    normal(label: string): string;
    invalidPath: string;
}
export declare const LABEL_READING: Record<Release, LabelReading>;
/** The name as a release reads it (2.7: every label lowercased). */
export declare function readAs(n: Name, reading: LabelReading): Name;
/** 2.7's Name.Label.of_string: a valid label, lowercased. */
export declare function labelOfString27(s: string): string;
export declare function pathOfString(s: string, reading?: LabelReading): string[];
/** Name.of_string, with Albatross's error messages (2.4.1's reading unless another is given). */
export declare function nameOfString(s: string, reading?: LabelReading): Name;
/** Name.to_string: "a:b:name", ":name" at the root, "a:b:" for a path. */
export declare function nameToString(n: Name): string;
/** Name.pp: "[unikernel: a:b:name]". */
export declare function ppName(n: Name): string;
/** Name.to_list: the labels, the unikernel name last. */
export declare function nameToList(n: Name): string[];
/** The path in to_string form without the trailing colon ("sub:subsub"). */
export declare function pathToString(path: readonly string[]): string;
export declare function createName(path: readonly string[], name: string): Name;
export declare function appendPath(path: readonly string[], label: string): string[];
