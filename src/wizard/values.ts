// Answers → domain values, with the command line's rules and messages. Each
// parser throws an Error whose message is what the wizard shows under the
// answer; `validator` turns a parser into an inquirer validate function.

import { isValidLabel, type Name, nameOfString } from "../model/name.js";
import { parseRfc3339, type Time } from "../model/time.js";
import type { BlockDevice, Bridge } from "../model/unikernel.js";
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

export function parseName(s: string): Name {
  return nameOfString(s);
}

function integer(s: string, what: string, min: bigint, max?: bigint): bigint {
  if (!/^[0-9]+$/.test(s.trim())) throw new ValueError(`${what} must be a whole number, not ${JSON.stringify(s)}`);
  const n = BigInt(s.trim());
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

function sector(s: string): bigint {
  const n = integer(s, "sector size", 512n, INT63);
  if ((n & (n - 1n)) !== 0n) throw new ValueError(`sector size ${n} is not a power of two (>= 512)`);
  return n;
}

/** `--block name[@sector]` or `name:device[@sector]`. */
export function parseBlock(s: string): BlockDevice {
  const at = s.lastIndexOf("@");
  const main = at >= 0 ? s.slice(0, at) : s;
  const sectorSize = at >= 0 ? sector(s.slice(at + 1)) : null;
  const colon = main.indexOf(":");
  const name = colon >= 0 ? main.slice(0, colon) : main;
  const device = colon >= 0 ? main.slice(colon + 1) : null;
  parseLabel(name, "block device name");
  if (device !== null) parseLabel(device, "host block device");
  return { name, device, sectorSize };
}

const MAC = /^[0-9a-fA-F]{2}(:[0-9a-fA-F]{2}){5}$/;

/** `--net [name:]bridge[@mac]`. */
export function parseNet(s: string): Bridge {
  const at = s.indexOf("@");
  const main = at >= 0 ? s.slice(0, at) : s;
  const macText = at >= 0 ? s.slice(at + 1) : null;
  if (macText !== null && !MAC.test(macText)) throw new ValueError(`invalid MAC address ${JSON.stringify(macText)} (expected aa:bb:cc:dd:ee:ff)`);
  const colon = main.indexOf(":");
  const name = colon >= 0 ? main.slice(0, colon) : main;
  const bridge = colon >= 0 ? main.slice(colon + 1) : null;
  parseLabel(name, "network device name");
  if (bridge !== null) parseLabel(bridge, "bridge");
  return { name, bridge, mac: macText === null ? null : macText.toLowerCase() };
}

/** Several values separated by blanks or commas; empty = none; names must form a set. */
export function parseMany<T extends { name: string }>(parse: (s: string) => T, setMessage: string) {
  return (s: string): T[] => {
    const items = s.trim() === "" ? [] : s.split(/[\s,]+/).filter(Boolean).map(parse);
    const names = items.map((i) => i.name);
    const dup = names.find((n, i) => names.indexOf(n) !== i);
    if (dup !== undefined) throw new ValueError(`${setMessage} (${JSON.stringify(dup)} given twice)`);
    return items;
  };
}

/** RFC 3339; a bare date means midnight UTC. */
export function parseSince(s: string): Time {
  const t = s.trim();
  return parseRfc3339(/^\d{4}-\d{2}-\d{2}$/.test(t) ? `${t}T00:00:00Z` : t);
}

/** Boot arguments, blank-separated; "quote marks" keep blanks inside one argument. */
export function parseArgv(s: string): string[] {
  const out: string[] = [];
  const re = /"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) out.push(m[1] !== undefined ? m[1].replace(/\\(.)/g, "$1") : (m[2] ?? m[3]!));
  return out;
}
