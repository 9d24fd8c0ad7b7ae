// The wizard's helpers around the CA layer's plans (src/ca/plan.ts): whether
// a file exists, and the command line that does the same without questions.

import { access } from "node:fs/promises";

export async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

/** One shell word, quoted only when it needs to be. */
export function shellWord(s: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

export function commandLine(argv: readonly string[]): string {
  return ["albatross-ca", ...argv].map(shellWord).join(" ");
}
