// JSON forms, declared once per domain type: each declaration turns a value
// into readable JSON and reads it back (validating, with the path of a bad
// field in the message), so the two directions cannot drift apart.

import { type Name, nameOfString, nameToString } from "../model/name.js";
import { type Time, parseRfc3339, toRfc3339 } from "../model/time.js";
import { decodeBase64 } from "./base64.js";
import { base64Field, heldBytes } from "./text.js";

export class JsonFormError extends Error {
  override name = "JsonFormError";
}

export interface J<T> {
  toJson(v: T): unknown;
  fromJson(x: unknown, path: string): T;
}

const fail = (path: string, msg: string): never => {
  throw new JsonFormError(`${path || "value"}: ${msg}`);
};

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);

/**
 * A field of a JSON object as written: its own property only, so that names
 * inherited from Object.prototype ("constructor", "toString", "__proto__")
 * are neither known fields nor values.
 */
const own = (x: Record<string, unknown>, key: string): unknown => (Object.hasOwn(x, key) ? x[key] : undefined);

function refuseUnknown(x: Record<string, unknown>, known: readonly string[], path: string): void {
  for (const key of Object.keys(x)) if (!known.includes(key)) fail(path, `unknown field ${JSON.stringify(key)}`);
}

/** Integers: JSON numbers while exact, decimal strings beyond 2^53. */
export const int: J<bigint> = {
  toJson: (v) => (v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v.toString()),
  fromJson: (x, path) => {
    if (typeof x === "number" && Number.isSafeInteger(x)) return BigInt(x);
    if (typeof x === "string" && /^-?\d+$/.test(x)) return BigInt(x);
    return fail(path, "expected an integer");
  },
};

export const int32: J<number> = {
  toJson: (v) => v,
  fromJson: (x, path) =>
    typeof x === "number" && Number.isInteger(x) && x >= -(2 ** 31) && x < 2 ** 32 ? x | 0 : fail(path, "expected a 32-bit integer"),
};

export const str: J<string> = {
  toJson: (v) => v,
  fromJson: (x, path) => (typeof x === "string" ? x : fail(path, "expected a string")),
};

export const bool: J<boolean> = {
  toJson: (v) => v,
  fromJson: (x, path) => (typeof x === "boolean" ? x : fail(path, "expected true or false")),
};

export function literal<T extends string>(value: T): J<T> {
  return {
    toJson: (v) => v,
    fromJson: (x, path) => (x === value ? value : fail(path, `expected ${JSON.stringify(value)}`)),
  };
}

/**
 * Bytes as {"length": n, "base64": "..."}: the length is what people read.
 * The base64 is made when read, or written in pieces by writeJson (an image);
 * readJson hands over a field's bytes decoded as they were read.
 */
export const bytes: J<Uint8Array> = {
  toJson: base64Field,
  fromJson: (x, path) => {
    const held = heldBytes(x);
    const base64 = held === undefined && isObject(x) ? own(x, "base64") : undefined;
    if (!isObject(x) || (held === undefined && typeof base64 !== "string")) return fail(path, 'expected {"base64": ...}');
    refuseUnknown(x, ["length", "base64"], path);
    const b = held ?? base64Bytes(base64 as string, `${path}.base64`);
    const length = own(x, "length");
    if (length !== undefined && length !== b.length) return fail(`${path}.length`, `is ${String(length)}, but the data has ${b.length} bytes`);
    return b;
  },
};

const base64Bytes = (s: string, path: string): Uint8Array => decodeBase64(s) ?? fail(path, "invalid base64");

/** Hex strings, for digests. */
export const hexBytes: J<Uint8Array> = {
  toJson: (v) => Buffer.from(v).toString("hex"),
  fromJson: (x, path) =>
    typeof x === "string" && /^([0-9a-fA-F]{2})*$/.test(x) ? new Uint8Array(Buffer.from(x, "hex")) : fail(path, "expected hex"),
};

export const name: J<Name> = {
  toJson: nameToString,
  fromJson: (x, path) => {
    if (typeof x !== "string") return fail(path, "expected a name");
    try {
      return nameOfString(x);
    } catch (e) {
      return fail(path, (e as Error).message);
    }
  },
};

export const time: J<Time> = {
  toJson: toRfc3339,
  fromJson: (x, path) => {
    if (typeof x !== "string") return fail(path, "expected an RFC 3339 timestamp");
    try {
      return parseRfc3339(x);
    } catch (e) {
      return fail(path, (e as Error).message);
    }
  },
};

export function refine<T>(base: J<T>, check: (v: T) => string | null): J<T> {
  return {
    toJson: base.toJson,
    fromJson: (x, path) => {
      const v = base.fromJson(x, path);
      const problem = check(v);
      return problem === null ? v : fail(path, problem);
    },
  };
}

export function nullable<T>(j: J<T>): J<T | null> {
  return {
    toJson: (v) => (v === null ? null : j.toJson(v)),
    fromJson: (x, path) => (x === null || x === undefined ? null : j.fromJson(x, path)),
  };
}

/** A field that may be left out of the JSON, read as `dflt` then (always written). */
export function withDefault<T>(j: J<T>, dflt: T): J<T> {
  return {
    toJson: j.toJson,
    fromJson: (x, path) => (x === undefined ? dflt : j.fromJson(x, path)),
  };
}

/** One of several strings. */
export function oneOf<T extends string>(values: readonly T[]): J<T> {
  return {
    toJson: (v) => v,
    fromJson: (x, path) => ((values as readonly unknown[]).includes(x) ? (x as T) : fail(path, `expected one of ${values.map((v) => JSON.stringify(v)).join(", ")}`)),
  };
}

/** A field that may be left out (it is then absent from the JSON too). */
export function maybe<T>(j: J<T>): J<T | undefined> {
  return {
    toJson: (v) => (v === undefined ? undefined : j.toJson(v)),
    fromJson: (x, path) => (x === undefined ? undefined : j.fromJson(x, path)),
  };
}

export function array<T>(j: J<T>): J<T[]> {
  return {
    toJson: (vs) => vs.map((v) => j.toJson(v)),
    fromJson: (x, path) => (Array.isArray(x) ? x.map((e, i) => j.fromJson(e, `${path}[${i}]`)) : fail(path, "expected a list")),
  };
}

type Fields = Record<string, J<any>>;
export type ObjectOf<F extends Fields> = { [K in keyof F]: F[K] extends J<infer T> ? T : never };

/**
 * The one naming style of all JSON output: snake_case (`fail_behaviour`,
 * `not_after`), whatever the TypeScript field is called.
 */
export const jsonKey = (field: string): string => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** Earlier versions wrote the TypeScript field names (camelCase): still read, never written. */
function legacyKeys(fields: Fields): Map<string, string> {
  return new Map(Object.keys(fields).filter((k) => jsonKey(k) !== k).map((k) => [k, jsonKey(k)]));
}

function readFields<F extends Fields>(fields: F, x: Record<string, unknown>, path: string, skip: string[]): ObjectOf<F> {
  const known = Object.keys(fields).map(jsonKey);
  const legacy = legacyKeys(fields);
  refuseUnknown(x, [...known, ...legacy.keys(), ...skip], path);
  for (const [old, current] of legacy) {
    if (Object.hasOwn(x, old) && Object.hasOwn(x, current)) fail(path, `both ${JSON.stringify(current)} and its old name ${JSON.stringify(old)}`);
  }
  const out: Record<string, unknown> = {};
  for (const [field, j] of Object.entries(fields)) {
    const key = jsonKey(field);
    out[field] = j.fromJson(Object.hasOwn(x, key) ? own(x, key) : own(x, field), path ? `${path}.${key}` : key);
  }
  return out as ObjectOf<F>;
}

function writeFields<F extends Fields>(fields: F, v: ObjectOf<F>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [field, j] of Object.entries(fields)) {
    const x = j.toJson((v as Record<string, unknown>)[field]);
    if (x !== undefined) out[jsonKey(field)] = x;
  }
  return out;
}

/** An object with exactly these fields (unknown fields are refused: typos). */
export function object<F extends Fields>(fields: F): J<ObjectOf<F>> {
  return {
    toJson: (v) => writeFields(fields, v),
    fromJson: (x, path) => (isObject(x) ? readFields(fields, x, path, []) : fail(path, "expected an object")),
  };
}

type Variants = Record<string, Fields>;
export type UnionOf<V extends Variants> = { [K in keyof V]: { kind: K } & ObjectOf<V[K]> }[keyof V];

/** A discriminated union on "kind". */
export function union<V extends Variants>(variants: V): J<UnionOf<V>> {
  const kinds = Object.keys(variants);
  return {
    toJson: (v) => ({ kind: v.kind, ...writeFields(variants[v.kind as string]!, v as never) }),
    fromJson: (x, path) => {
      if (!isObject(x)) return fail(path, "expected an object");
      const kind = own(x, "kind");
      if (typeof kind !== "string" || !kinds.includes(kind)) {
        return fail(path ? `${path}.kind` : "kind", `expected one of ${kinds.join(", ")}`);
      }
      return { kind, ...readFields(variants[kind]!, x, path, ["kind"]) } as UnionOf<V>;
    },
  };
}
