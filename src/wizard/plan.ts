// What a flow will write, kept in memory until the user confirms: answering
// "no" or pressing Ctrl-C leaves no file behind.

import { access } from "node:fs/promises";
import path from "node:path";
import { appendLineLocked, writeFileAtomic, writePrivateKey } from "../fsutil/index.js";

export type PlannedFile =
  | { kind: "key"; file: string; pem: string }
  | { kind: "file"; file: string; data: string | Uint8Array }
  | { kind: "append"; file: string; line: string };

export function describePlan(plan: readonly PlannedFile[], cwd: string): string {
  return plan
    .map((p) => {
      const rel = path.relative(cwd, p.file) || p.file;
      if (p.kind === "key") return `  ${rel}  (new private key, mode 0400)`;
      if (p.kind === "append") return `  ${rel}  (append: ${p.line})`;
      return `  ${rel}`;
    })
    .join("\n");
}

export async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

export async function writePlan(plan: readonly PlannedFile[]): Promise<void> {
  for (const p of plan) {
    if (p.kind === "key") await writePrivateKey(p.file, p.pem);
    else if (p.kind === "append") await appendLineLocked(p.file, p.line);
    else await writeFileAtomic(p.file, p.data);
  }
}

/** One shell word, quoted only when it needs to be. */
export function shellWord(s: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

export function commandLine(argv: readonly string[]): string {
  return ["albatross-ca", ...argv].map(shellWord).join(" ");
}
