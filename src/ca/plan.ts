// What a CA operation will write, computed in full (every check passed, every
// signature made) before anything touches the disk. The CLI executes a plan
// at once, the wizard after showing it; the rules of writing live here once:
// keys are never replaced, other files only when asked, the serial goes into
// the database only with the certificate kept beside it, and a failure
// leaves nothing of the run behind.

import { lstatSync } from "node:fs";
import { mkdir, unlink } from "node:fs/promises";
import path from "node:path";
import {
  appendLines,
  type Chunked,
  type LockOptions,
  removeStaleTemporaries,
  withDatabaseLock,
  writeFiles,
  writePrivateKey,
} from "../fsutil/index.js";
import { CaError } from "./errors.js";

export type PlannedWrite =
  /** a new private key, mode 0400; an existing file is never replaced */
  | { readonly kind: "key"; readonly file: string; readonly pem: string }
  /** a request, certificate or CA file; an existing one only with `replace` (--force) */
  | { readonly kind: "file"; readonly file: string; readonly data: string | Chunked; readonly replace: boolean }
  /** `<serial> <CN>` in the database, with the certificate kept as `<db>.certs/<serial>.pem` */
  | {
      readonly kind: "record";
      readonly database: string;
      readonly serialHex: string;
      readonly commonName: string;
      readonly certificatePem: string | Chunked;
    };

export type Plan = readonly PlannedWrite[];

/** Where the certificates a database records are kept. */
export const certificatesDirectory = (database: string) => `${database}.certs`;
export const keptCertificateFile = (database: string, serialHex: string) =>
  path.join(certificatesDirectory(database), `${serialHex}.pem`);

/** Synchronous: a plan of thousands of files checks them in microseconds each, not a thread-pool round trip each. */
function exists(file: string): boolean {
  try {
    lstatSync(file);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return false;
    throw new CaError(`${file}: ${(e as Error).message}`);
  }
}

const relative = (file: string, cwd: string) => path.relative(cwd, file) || file;

/** One line per write, as the wizard shows it before asking. */
export function describePlan(plan: Plan, cwd: string): string {
  return plan
    .map((p) => {
      if (p.kind === "key") return `  ${relative(p.file, cwd)}  (new private key, mode 0400)`;
      if (p.kind === "record") {
        return `  ${relative(p.database, cwd)}  (append: ${p.serialHex} ${p.commonName}; kept as ${relative(keptCertificateFile(p.database, p.serialHex), cwd)})`;
      }
      return `  ${relative(p.file, cwd)}${p.replace ? "  (replaced if present)" : ""}`;
    })
    .join("\n");
}

/** The files a plan creates or replaces, for reports. */
export function plannedFiles(plan: Plan): string[] {
  return plan.flatMap((p) => (p.kind === "record" ? [p.database, keptCertificateFile(p.database, p.serialHex)] : [p.file]));
}

/** Refuse what would replace a file, before anything is written. */
function checkPlan(plan: Plan): void {
  for (const p of plan) {
    if (p.kind === "key" && exists(p.file)) throw new CaError(`refusing to overwrite the existing private key ${p.file}`);
    if (p.kind === "file" && !p.replace && exists(p.file)) throw new CaError(`${p.file} exists (--force replaces it)`);
    if (p.kind === "record" && exists(keptCertificateFile(p.database, p.serialHex))) {
      throw new CaError(`serial ${p.serialHex} is already kept in ${certificatesDirectory(p.database)}`);
    }
  }
}

/** `f` under the locks of `databases`, taken in order (every writer takes them in the same order). */
async function underLocks<T>(databases: readonly string[], lock: LockOptions, f: () => Promise<T>): Promise<T> {
  const [first, ...rest] = databases;
  return first === undefined ? f() : withDatabaseLock(first, () => underLocks(rest, lock, f), lock);
}

export interface ExecuteOptions extends LockOptions {}

/**
 * Write a plan: keys, then, under the databases' locks, the files and the
 * certificates the records keep, all together (many at the cost of about
 * one: see writeFiles), then the records' lines, one append per database.
 * A failure removes what this run created (keys included), so a failed
 * `generate` leaves no CA key without its certificate.
 */
export async function executePlan(plan: Plan, o: ExecuteOptions = {}): Promise<void> {
  const directories = new Set(plan.map((p) => path.dirname(p.kind === "record" ? p.database : p.file)));
  for (const d of directories) await removeStaleTemporaries(d);
  checkPlan(plan);
  const created: string[] = [];
  try {
    for (const p of plan) {
      if (p.kind !== "key") continue;
      await writePrivateKey(p.file, p.pem);
      created.push(p.file);
    }
    const files = plan.filter((p) => p.kind === "file");
    const records = plan.filter((p) => p.kind === "record");
    const databases = [...new Set(records.map((p) => p.database))].sort();
    await underLocks(databases, o, async () => {
      for (const database of databases) {
        await mkdir(certificatesDirectory(database), { recursive: true, mode: 0o755 });
        await removeStaleTemporaries(certificatesDirectory(database));
      }
      const kept = records.map((p) => ({ path: keptCertificateFile(p.database, p.serialHex), data: p.certificatePem, replace: true }));
      created.push(...(await writeFiles([...files.map((p) => ({ path: p.file, data: p.data, replace: p.replace })), ...kept])));
      for (const database of databases) {
        await appendLines(database, records.filter((p) => p.database === database).map((p) => `${p.serialHex} ${p.commonName}`));
      }
    });
  } catch (e) {
    for (const file of created.reverse()) await unlink(file).catch(() => undefined);
    throw e;
  }
}
