// Reading inputs and writing outputs for the CLI.

import fs from "node:fs";
import { readFileInto } from "../fsutil/read.js";
import { writeJson } from "../json/text.js";
import { tooLargeForAlbatross } from "../model/limits.js";
import { CliError, oneLine } from "./errors.js";

/**
 * Standard input in pieces as it arrives (each a view of one buffer, read
 * again for the next). A pipe whose writer has not written yet may answer
 * EAGAIN to a synchronous read: wait a moment and read again.
 */
function* stdinPieces(): Generator<Buffer> {
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
      if (code === "EOF") return;
      throw new CliError(`cannot read standard input: ${(e as Error).message}`);
    }
    if (n === 0) return;
    read += n;
    const tooLarge = tooLargeForAlbatross(read);
    if (tooLarge !== null) throw new CliError(`standard input: ${tooLarge}`);
    yield buf.subarray(0, n);
  }
}

/** All of standard input. */
export function readStdin(): Buffer {
  const chunks: Buffer[] = [];
  for (const piece of stdinPieces()) chunks.push(Buffer.from(piece));
  return Buffer.concat(chunks);
}

const isStdin = (file: string): boolean => file === "-" || file === "";

function inputError(file: string, e: unknown): CliError {
  if (e instanceof CliError) return e;
  const code = (e as NodeJS.ErrnoException).code;
  return new CliError(code === "ENOENT" ? `${file}: no such file` : `${file}: ${(e as Error).message}`);
}

/** A file's size, refused when larger than any Albatross object can be. */
function inputSize(file: string, size: number): number {
  const tooLarge = tooLargeForAlbatross(size);
  if (tooLarge !== null) throw new CliError(`${file}: ${tooLarge}`);
  return size;
}

/**
 * A file's bytes, or standard input for "-" (which yargs hands over as "").
 * A file larger than any Albatross object can be is refused before it is read.
 * A file is read into `memory` of its size when given.
 */
export function readInput(file: string, memory?: (size: number) => Buffer): Buffer {
  if (isStdin(file)) return readStdin();
  try {
    inputSize(file, fs.statSync(file).size);
    return memory === undefined ? fs.readFileSync(file) : readFileInto(file, memory);
  } catch (e) {
    throw inputError(file, e);
  }
}

/** An open file in pieces, each a view of one buffer, read again for the next. */
function* filePieces(file: string, fd: number): Generator<Buffer> {
  const buf = Buffer.alloc(1 << 16);
  try {
    for (;;) {
      let n: number;
      try {
        n = fs.readSync(fd, buf, 0, buf.length, null);
      } catch (e) {
        throw inputError(file, e);
      }
      if (n === 0) return;
      yield buf.subarray(0, n);
    }
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * The JSON text of a file, or of standard input for "-", read in pieces as
 * readJson reads it: the base64 of bytes (an image) decoded as it comes, into
 * `memory` (bytesToWriteAround, for an image a request is written around).
 * Loaded when used: the streaming parser is for the commands that read JSON.
 */
export async function readJsonInput(file: string, memory?: (size: number) => Buffer): Promise<unknown> {
  const { JsonTextError, readJson } = await import("../json/read.js");
  let pieces: Iterable<Buffer>;
  let size: number | undefined;
  if (isStdin(file)) pieces = stdinPieces();
  else {
    let fd: number;
    try {
      fd = fs.openSync(file, "r");
    } catch (e) {
      throw inputError(file, e);
    }
    try {
      size = inputSize(file, fs.fstatSync(fd).size);
    } catch (e) {
      fs.closeSync(fd);
      throw inputError(file, e);
    }
    pieces = filePieces(file, fd);
  }
  try {
    return readJson(pieces, { ...(memory === undefined ? {} : { memory }), ...(size === undefined ? {} : { maxBytes: Math.floor((size * 3) / 4) }) });
  } catch (e) {
    if (e instanceof JsonTextError) throw new CliError(`${isStdin(file) ? "standard input" : file} is not valid JSON: ${e.message}`);
    throw e;
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
