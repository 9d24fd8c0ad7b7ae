// Answers → domain values, with the command line's rules and messages. Each
// parser throws an Error whose message is what the wizard shows under the
// answer; `validator` turns a parser into an inquirer validate function.

import { isValidLabel } from "../model/name.js";
import { parseBlock, parseInteger, parseNet, parseTimestamp } from "../ca/arguments.js";
import type { Time } from "../model/time.js";
import type { Validate } from "./prompter.js";

export class ValueError extends Error {
  override name = "ValueError";
}

export function validator<T>(parse: (s: string) => T): Validate {
  return (s) => {
    try {
      parse(s);
      return true;
    } catch (e) {
      return e instanceof Error ? e.message : String(e);
    }
  };
}

export function parseLabel(s: string, what = "name"): string {
  if (!isValidLabel(s)) {
    throw new ValueError(`invalid ${what} ${JSON.stringify(s)}: 1 to 63 of a-z A-Z 0-9 - ., not starting with -`);
  }
  return s;
}

function integer(s: string, what: string, min: bigint, max?: bigint): bigint {
  const n = parseInteger(s.trim(), what);
  if (n < min) throw new ValueError(`${what} must be at least ${min}`);
  if (max !== undefined && n > max) throw new ValueError(`${what} must be at most ${max}`);
  return n;
}

const INT63 = (1n << 62n) - 1n;
export const parseCount = (what: string, min = 0n, max = INT63) => (s: string) => integer(s, what, min, max);

/** A comma-separated set of whole numbers ("0,1"); empty = none. */
export function parseIntList(what: string) {
  return (s: string): bigint[] =>
    s.trim() === "" ? [] : s.split(",").map((x) => integer(x.trim(), what, 0n, INT63));
}

/** A comma- or blank-separated list of labels; empty = none. */
export function parseLabelList(what: string) {
  return (s: string): string[] =>
    s.trim() === "" ? [] : s.split(/[\s,]+/).filter(Boolean).map((x) => parseLabel(x, what));
}

export { parseBlock, parseNet };

/** Several values separated by blanks or commas; empty = none; names must form a set. */
export function parseMany<T extends { name: string }>(parse: (s: string) => T, setMessage: string) {
  return (s: string): T[] => {
    const items = s.trim() === "" ? [] : s.split(/[\s,]+/).filter(Boolean).map((x) => parse(x));
    const names = items.map((i) => i.name);
    const dup = names.find((n, i) => names.indexOf(n) !== i);
    if (dup !== undefined) throw new ValueError(`${setMessage} (${JSON.stringify(dup)} given twice)`);
    return items;
  };
}

/** RFC 3339; a bare date means midnight UTC. */
export function parseSince(s: string): Time {
  return parseTimestamp(s.trim());
}

/** Boot arguments, blank-separated; "quote marks" keep blanks inside one argument. */
export function parseArgv(s: string): string[] {
  const out: string[] = [];
  const re = /"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) out.push(m[1] !== undefined ? m[1].replace(/\\(.)/g, "$1") : (m[2] ?? m[3]!));
  return out;
}
