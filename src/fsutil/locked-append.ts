import { open, unlink } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";

import { errorCode, errorMessage, FileError } from "./errors.js";

/** About two seconds in all: another `sign` holds the lock for one append and fsync. */
const LOCK_ATTEMPTS = 50;
const LOCK_RETRY_MS = 40;

/**
 * Append one line to the CA database (`<serial-hex> <CN>` lines). Two
 * concurrent `sign` runs must not interleave their writes, so the append
 * happens while holding `<db>.lock`, created with O_EXCL and always removed.
 */
export async function appendLineLocked(dbPath: string, line: string): Promise<void> {
  if (/[\r\n]/.test(line)) {
    throw new FileError(`refusing to append a line containing a line break to ${dbPath}`);
  }
  const lockPath = `${dbPath}.lock`;
  await acquireLock(lockPath, dbPath);
  try {
    const database = await open(dbPath, "a", 0o644);
    try {
      await database.appendFile(`${line}\n`);
      await database.sync();
    } finally {
      await database.close();
    }
  } catch (error) {
    throw new FileError(`cannot append to ${dbPath}: ${errorMessage(error)}`);
  } finally {
    await unlink(lockPath);
  }
}

/** The lock is the existence of the file; O_EXCL makes creating it a test-and-set. */
async function acquireLock(lockPath: string, dbPath: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await (await open(lockPath, "wx", 0o600)).close();
      return;
    } catch (error) {
      if (errorCode(error) !== "EEXIST") {
        throw new FileError(`cannot create lock file ${lockPath}: ${errorMessage(error)}`);
      }
      if (attempt === LOCK_ATTEMPTS) {
        throw new FileError(
          `${dbPath} is locked: ${lockPath} exists (remove it if no other albatross-ca process is running)`,
        );
      }
      // Jitter, so that waiters do not retry in lockstep.
      await sleep(LOCK_RETRY_MS * (0.5 + Math.random()));
    }
  }
}
