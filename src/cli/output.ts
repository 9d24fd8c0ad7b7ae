// What commands that write files print: one line per file, or with
// `--format json` one JSON object (snake_case fields, as all our JSON).

import fs from "node:fs";
import path from "node:path";
import type { Options } from "yargs";
import { command as commandForm } from "../json/forms.js";
import type { Command } from "../model/command.js";
import { type Name, nameToString } from "../model/name.js";
import { parseCertificate } from "../x509/index.js";
import { printJson } from "./io.js";

export type Format = "text" | "json";

export const FORMAT_OPTION = {
  choices: ["text", "json"] as const,
  default: "text" as const,
  describe: "output: one line per file written, or JSON (snake_case fields: files, serial, common_name, not_after, command)",
} satisfies Options;

/**
 * `write`, with `--out-dir` made when missing (with its parents): the user is
 * told once it holds what was written. A failure leaves no folder behind.
 */
export async function inOutDir<T>(dir: string | undefined, write: () => Promise<T>): Promise<T> {
  if (dir === undefined || fs.existsSync(dir)) return write();
  const first = fs.mkdirSync(dir, { recursive: true })!;
  let result: T;
  try {
    result = await write();
  } catch (e) {
    removeEmptyUpTo(path.resolve(dir), path.resolve(first));
    throw e;
  }
  process.stderr.write(`created folder ${dir}\n`);
  return result;
}

/** The folders made for a failed command, innermost first, as long as they are empty. */
function removeEmptyUpTo(dir: string, first: string): void {
  for (let d = dir; ; d = path.dirname(d)) {
    try {
      fs.rmdirSync(d);
    } catch {
      return;
    }
    if (d === first) return;
  }
}

const isoSeconds = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, "Z");

/** Serial and validity end of a certificate we just wrote (PEM, or DER: a certificate with an image is not made PEM again to be read). */
export function certificateFacts(certificate: string | Uint8Array): { serial: string; not_after: string } {
  const c = parseCertificate(certificate);
  return { serial: c.serialHex, not_after: isoSeconds(c.notAfter) };
}

export const commandJson = (command: Command) => commandForm.toJson(command);
export const nameJson = (name: Name) => nameToString(name);

/** Text lines or the JSON object, on stdout; `json` may be made only when asked for (a command's JSON form holds its whole image). */
export async function report(format: Format, lines: readonly string[], json: Record<string, unknown> | (() => Record<string, unknown>)): Promise<void> {
  if (format === "json") await printJson(typeof json === "function" ? json() : json);
  else process.stdout.write(lines.map((l) => l + "\n").join(""));
}
