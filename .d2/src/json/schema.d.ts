import { type Name } from "../model/name.js";
import { type Time } from "../model/time.js";
export declare class JsonFormError extends Error {
    name: string;
}
export interface J<T> {
    toJson(v: T): unknown;
    fromJson(x: unknown, path: string): T;
}
/** Integers: JSON numbers while exact, decimal strings beyond 2^53. */
export declare const int: J<bigint>;
export declare const int32: J<number>;
export declare const str: J<string>;
export declare const bool: J<boolean>;
export declare function literal<T extends string>(value: T): J<T>;
/** Bytes as {"length": n, "base64": "..."}: the length is what people read. */
export declare const bytes: J<Uint8Array>;
/** Hex strings, for digests. */
export declare const hexBytes: J<Uint8Array>;
export declare const name: J<Name>;
export declare const time: J<Time>;
export declare function refine<T>(base: J<T>, check: (v: T) => string | null): J<T>;
export declare function nullable<T>(j: J<T>): J<T | null>;
/** A field that may be left out of the JSON, read as `dflt` then (always written). */
export declare function withDefault<T>(j: J<T>, dflt: T): J<T>;
/** One of several strings. */
export declare function oneOf<T extends string>(values: readonly T[]): J<T>;
/** A field that may be left out (it is then absent from the JSON too). */
export declare function maybe<T>(j: J<T>): J<T | undefined>;
export declare function array<T>(j: J<T>): J<T[]>;
type Fields = Record<string, J<any>>;
export type ObjectOf<F extends Fields> = {
    [K in keyof F]: F[K] extends J<infer T> ? T : never;
};
/**
 * The one naming style of all JSON output: snake_case (`fail_behaviour`,
 * `not_after`), whatever the TypeScript field is called.
 */
export declare const jsonKey: (field: string) => string;
/** An object with exactly these fields (unknown fields are refused: typos). */
export declare function object<F extends Fields>(fields: F): J<ObjectOf<F>>;
type Variants = Record<string, Fields>;
export type UnionOf<V extends Variants> = {
    [K in keyof V]: {
        kind: K;
    } & ObjectOf<V[K]>;
}[keyof V];
/** A discriminated union on "kind". */
export declare function union<V extends Variants>(variants: V): J<UnionOf<V>>;
export {};
