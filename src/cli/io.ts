// Reading inputs and writing outputs for the CLI.

import fs from "node:fs";
import { readFileInto } from "../fsutil/read.js";
import { writeJson } from "../json/text.js";
import { tooLargeForAlbatross } from "../model/limits.js";
import { CliError, oneLine } from "./errors.js";

/**
 * All of standard input. A pipe whose writer has not written yet may answer
 * EAGAIN to a synchronous read: wait a moment and read again.
 */
export function readStdin(): Buffer {
  const chunks: Buffer[] = [];
  const buf = Buffer.alloc(1 << 16);
  const pause = new Int32Array(new SharedArrayBuffer(4));
  let read = 0;
  for (;;) {
    let n: number;
    try {
      n = fs.readSync(0, buf, 0, buf.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "EAGAIN") {
        Atomics.wait(pause, 0, 0, 10);
        continue;
      }
      if (code === "EOF") break;
      throw new CliError(`cannot read standard input: ${(e as Error).message}`);
    }
    if (n === 0) break;
    chunks.push(Buffer.from(buf.subarray(0, n)));
    read += n;
    const tooLarge = tooLargeForAlbatross(read);
    if (tooLarge !== null) throw new CliError(`standard input: ${tooLarge}`);
  }
  return Buffer.concat(chunks);
}

/**
 * A file's bytes, or standard input for "-" (which yargs hands over as "").
 * A file larger than any Albatross object can be is refused before it is read.
 * A file is read into `memory` of its size when given.
 */
export function readInput(file: string, memory?: (size: number) => Buffer): Buffer {
  if (file === "-" || file === "") return readStdin();
  try {
    const { size } = fs.statSync(file);
    const tooLarge = tooLargeForAlbatross(size);
    if (tooLarge !== null) throw new CliError(`${file}: ${tooLarge}`);
    return memory === undefined ? fs.readFileSync(file) : readFileInto(file, memory);
  } catch (e) {
    if (e instanceof CliError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(code === "ENOENT" ? `${file}: no such file` : `${file}: ${(e as Error).message}`);
  }
}

export function parseHex(hex: string, what = "hex input"): Uint8Array {
  const clean = hex.replace(/\s+/g, "");
  if (!/^([0-9a-fA-F]{2})*$/.test(clean)) throw new CliError(`${what} is not valid hex`);
  return new Uint8Array(Buffer.from(clean, "hex"));
}

export function parseBase64(b64: string, what = "base64 input"): Uint8Array {
  const clean = b64.replace(/\s+/g, "");
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 !== 0) throw new CliError(`${what} is not valid base64`);
  return new Uint8Array(Buffer.from(clean, "base64"));
}

export function parseJsonText(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new CliError(`${what} is not valid JSON: ${(e as Error).message}`);
  }
}

/**
 * JSON on stdout, indented, and a newline; written in pieces (writeJson), as
 * an image in it is too large to hold as one string. No bigints: the JSON
 * forms turn them into numbers or strings.
 */
export function printJson(x: unknown): Promise<void> {
  return writeJson(process.stdout, x, 2);
}

/** Every line of standard input, trimmed, as it arrives — blank ones too. */
export async function* stdinLines(): AsyncGenerator<string> {
  const { createInterface } = await import("node:readline");
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) yield line.trim();
}

export interface BulkOptions {
  /** name each result by its input line (`"file": ...`), for inputs that are file names */
  named?: boolean;
  /** the fields of a failed line, when a command's results have a shape of their own */
  failure?: (error: string) => Record<string, unknown>;
}

/**
 * Bulk mode: `f` for every line of standard input, as it arrives; exactly one
 * JSON object per input line out — `{"ok": true, ...}` or `{"ok": false,
 * "error": ...}`, a blank line being `"error": "empty line"` — so that the
 * output stays aligned with the input (paste, cut). A bad line never stops
 * the run; the counts of lines and of lines not ok are returned.
 */
export async function jsonLines(
  f: (line: string) => Record<string, unknown> | Promise<Record<string, unknown>>,
  options: BulkOptions = {},
): Promise<{ lines: number; failed: number }> {
  const failure = options.failure ?? ((error: string) => ({ ok: false, error }));
  const counts = { lines: 0, failed: 0 };
  for await (const line of stdinLines()) {
    let out: Record<string, unknown>;
    try {
      if (line === "") throw new CliError("empty line");
      out = { ok: true, ...(await f(line)) };
    } catch (e) {
      out = failure(oneLine(e));
    }
    counts.lines++;
    if (out.ok !== true) counts.failed++;
    await writeJson(process.stdout, options.named ? { file: line, ...out } : out);
  }
  return counts;
}

/** A file named on a bulk-mode line: standard input is the list itself. */
export function bulkFile(line: string): string {
  if (line === "-") throw new CliError("-: standard input holds the list of files");
  return line;
}
