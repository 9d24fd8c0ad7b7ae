import { hostname } from "node:os";
import { open, readFile, stat, unlink } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";

import { errorCode, errorMessage, FileError, processAlive } from "./errors.js";

/** Generous: a slow disk's fsync under 40 concurrent signers takes seconds, not milliseconds. */
export const DEFAULT_LOCK_TIMEOUT_MS = 30_000;
const FIRST_RETRY_MS = 5;
const LONGEST_RETRY_MS = 250;
/** A lock file still empty after this long was left by a holder killed between creating and filling it. */
const EMPTY_LOCK_GRACE_MS = 5_000;

export interface LockOptions {
  /** how long to wait for another holder, in milliseconds (default 30 s) */
  readonly timeoutMs?: number;
}


interface Holder {
  readonly pid: number;
  readonly host: string;
}

function parseHolder(text: string): Holder | null {
  const m = /^(\d+) (\S+)\n$/.exec(text);
  return m === null ? null : { pid: Number(m[1]), host: m[2]! };
}

const describeHolder = (h: Holder | null) => (h === null ? "an unknown process" : `process ${h.pid} on ${h.host}`);

/**
 * The lock's holder is gone: a process of this host that no longer runs, or
 * an empty lock file older than the grace period. A holder on another host
 * (a CA folder on a network file system) is never judged dead.
 */
async function staleHolder(lockPath: string): Promise<{ stale: boolean; holder: Holder | null; text: string }> {
  let text: string;
  try {
    text = await readFile(lockPath, "latin1");
  } catch (error) {
    if (errorCode(error) === "ENOENT") return { stale: false, holder: null, text: "" };
    throw error;
  }
  const holder = parseHolder(text);
  if (holder !== null) return { stale: holder.host === hostname() && !processAlive(holder.pid), holder, text };
  const age = Date.now() - (await stat(lockPath).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs;
  return { stale: text === "" && age > EMPTY_LOCK_GRACE_MS, holder: null, text };
}

/**
 * Remove a dead holder's lock. Breakers take turns through `<lock>.break`
 * and look again while holding it, so that no one removes a lock another
 * breaker has just taken afresh.
 */
async function breakStaleLock(lockPath: string, seen: string): Promise<void> {
  const breakPath = `${lockPath}.break`;
  let handle;
  try {
    handle = await open(breakPath, "wx", 0o600);
  } catch (error) {
    if (errorCode(error) !== "EEXIST") throw error;
    // a breaker killed in these few lines: its turn is long over
    const age = Date.now() - (await stat(breakPath).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs;
    if (age > EMPTY_LOCK_GRACE_MS) await unlink(breakPath).catch(() => undefined);
    return;
  }
  try {
    const now = await readFile(lockPath, "latin1").catch(() => null);
    if (now === seen) await unlink(lockPath).catch(() => undefined);
  } finally {
    await handle.close();
    await unlink(breakPath).catch(() => undefined);
  }
}

/** The lock is the existence of the file, created with O_EXCL; it names its holder. */
async function acquireLock(lockPath: string, dbPath: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let delay = FIRST_RETRY_MS;
  for (;;) {
    try {
      const handle = await open(lockPath, "wx", 0o600);
      try {
        await handle.writeFile(`${process.pid} ${hostname()}\n`);
      } finally {
        await handle.close();
      }
      return;
    } catch (error) {
      if (errorCode(error) !== "EEXIST") {
        throw new FileError(`cannot create lock file ${lockPath}: ${errorMessage(error)}`);
      }
    }
    const { stale, holder, text } = await staleHolder(lockPath);
    if (stale) {
      await breakStaleLock(lockPath, text);
      continue;
    }
    if (Date.now() >= deadline) {
      throw new FileError(
        `${dbPath} is locked by ${describeHolder(holder)} (${lockPath}); gave up after ${Math.round(timeoutMs / 1000)} s ` +
          "(remove the lock file if no albatross-ca runs)",
      );
    }
    // Exponential backoff with jitter, so that waiters do not retry in lockstep.
    await sleep(Math.min(delay, Math.max(1, deadline - Date.now())) * (0.5 + Math.random()));
    delay = Math.min(delay * 2, LONGEST_RETRY_MS);
  }
}

/** Runs `f` while holding `<db>.lock`; the lock is always released. */
export async function withDatabaseLock<T>(dbPath: string, f: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const lockPath = `${dbPath}.lock`;
  await acquireLock(lockPath, dbPath, options.timeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS);
  try {
    return await f();
  } finally {
    await unlink(lockPath).catch(() => undefined);
  }
}

/**
 * Append lines to a file the caller holds the lock of, first ending a last
 * line that lacks its newline (a DB edited by hand), so that two records
 * never share a line. All of them go in one write and one flush.
 */
export async function appendLines(dbPath: string, lines: readonly string[]): Promise<void> {
  if (lines.some((line) => /[\r\n]/.test(line))) {
    throw new FileError(`refusing to append a line containing a line break to ${dbPath}`);
  }
  if (lines.length === 0) return;
  try {
    const database = await open(dbPath, "a+", 0o644);
    try {
      const { size } = await database.stat();
      let prefix = "";
      if (size > 0) {
        const last = Buffer.alloc(1);
        await database.read(last, 0, 1, size - 1);
        if (last[0] !== 0x0a) prefix = "\n";
      }
      await database.appendFile(`${prefix}${lines.join("\n")}\n`);
      await database.sync();
    } finally {
      await database.close();
    }
  } catch (error) {
    throw new FileError(`cannot append to ${dbPath}: ${errorMessage(error)}`);
  }
}

/** One line: `appendLines` of one. */
export async function appendLine(dbPath: string, line: string): Promise<void> {
  await appendLines(dbPath, [line]);
}

/** Append one line to the CA database (`<serial-hex> <CN>` lines) under its lock. */
export async function appendLineLocked(dbPath: string, line: string, options: LockOptions = {}): Promise<void> {
  await withDatabaseLock(dbPath, () => appendLine(dbPath, line), options);
}
