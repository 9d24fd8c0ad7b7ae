import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { link, open, readdir, rename, unlink } from "node:fs/promises";
import { promisify } from "node:util";
import { basename, dirname, join } from "node:path";

import { errorCode, errorMessage, FileError, processAlive } from "./errors.js";

/**
 * Replace `path` with `data` so that readers see either the old or the new
 * content, never a partial file: write a temporary file next to it (same
 * file system, so rename is atomic), flush it to disk, rename it over.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array, mode = 0o644): Promise<void> {
  const temporary = await writeTemporary(path, data, mode);
  try {
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw new FileError(`cannot write ${path}: ${errorMessage(error)}`);
  }
  await syncDirectory(dirname(path));
}

/**
 * Write `path` whole, refusing to replace a file that exists unless `force`:
 * a certificate or request overwritten by mistake may be the only copy.
 */
export async function writeNewFile(path: string, data: string | Uint8Array, force: boolean, mode = 0o644): Promise<void> {
  if (force) return writeFileAtomic(path, data, mode);
  const temporary = await writeTemporary(path, data, mode);
  try {
    await link(temporary, path);
  } catch (error) {
    throw errorCode(error) === "EEXIST"
      ? new FileError(`${path} exists (--force replaces it)`)
      : new FileError(`cannot write ${path}: ${errorMessage(error)}`);
  } finally {
    await unlink(temporary).catch(() => undefined);
  }
  await syncDirectory(dirname(path));
}

/** Contents written piece by piece (a certificate with a whole image is never one string); a piece may be reused for the next. */
export interface Chunked {
  chunks(): Iterable<Uint8Array>;
}

export interface FileWrite {
  readonly path: string;
  readonly data: string | Uint8Array | Chunked;
  /** replace an existing file (writeFileAtomic) rather than refuse it (writeNewFile) */
  readonly replace: boolean;
  readonly mode?: number;
}

/** Files flushed at once when each is flushed on its own. */
const WINDOW = 256;

/** From this many files on, a batch commits its file systems whole (syncfs) rather than file by file. */
const SYNCFS_BATCH = 32;

const execFileAsync = promisify(execFile);

/**
 * Commit the file systems holding `directories` to disk: Linux's syncfs(2),
 * through coreutils' `sync -f`. One journal commit for a whole batch, where
 * flushing each file costs one (or a share of one) apiece: for a thousand
 * certificates, most of the time. False where it is not available (then
 * each file is flushed on its own).
 */
async function syncFileSystems(directories: readonly string[]): Promise<boolean> {
  try {
    await execFileAsync("sync", ["-f", ...directories], { timeout: 120_000 });
    return true;
  } catch {
    return false;
  }
}

/** Flush each file on its own, WINDOW at a time (their flushes run together). */
async function fsyncEach(paths: readonly string[], names: readonly string[]): Promise<void> {
  for (let at = 0; at < paths.length; at += WINDOW) {
    await Promise.all(
      paths.slice(at, at + WINDOW).map(async (file, i) => {
        const handle = await open(file, "r+");
        try {
          await handle.sync();
        } catch (error) {
          throw new FileError(`cannot write ${names[at + i]!}: ${errorMessage(error)}`);
        } finally {
          await handle.close();
        }
      }),
    );
  }
}

/**
 * Many files, each as `writeNewFile` or `writeFileAtomic` writes it alone,
 * for a fraction of the cost: the temporaries are written, then flushed
 * together (a large batch commits its file systems once), put in place one
 * by one, and their directories flushed. The small steps are synchronous
 * (page cache, microseconds); only the flushes wait for the disk. A file that
 * may not be replaced but exists fails the whole batch, and the files the
 * batch created are removed again. Returns the files created (not replaced),
 * in order.
 */
export async function writeFiles(writes: readonly FileWrite[]): Promise<string[]> {
  const temporaries: (string | undefined)[] = new Array(writes.length);
  const created: string[] = [];
  const modes = new ModeCheck();
  const directories = [...new Set(writes.map((w) => dirname(w.path)))];
  // a large content written twice (a certificate and its kept copy) is copied by the kernel the second time, not encoded again
  const written = new Map<Chunked, { temporary: string; mode: number; bytes: number }>();
  try {
    for (const [i, w] of writes.entries()) {
      const temporary = temporaryName(w.path);
      const mode = w.mode ?? 0o644;
      const chunked = typeof w.data === "object" && !(w.data instanceof Uint8Array) ? w.data : undefined;
      const same = chunked === undefined ? undefined : written.get(chunked);
      if (same !== undefined && same.mode === mode && same.bytes >= COPY_BYTES) {
        copyTemporary(same.temporary, temporary, w.path);
        temporaries[i] = temporary;
        continue;
      }
      const fd = openTemporary(temporary, w.path, mode, modes);
      temporaries[i] = temporary;
      try {
        const bytes = writeAll(fd, w.data, w.path);
        if (chunked !== undefined) written.set(chunked, { temporary, mode, bytes });
      } finally {
        fs.closeSync(fd);
      }
    }
    const whole = writes.length >= SYNCFS_BATCH && (await syncFileSystems(directories));
    if (!whole) await fsyncEach(temporaries as string[], writes.map((w) => w.path));
    for (const [i, w] of writes.entries()) {
      const temporary = temporaries[i]!;
      try {
        if (w.replace) {
          const isNew = !present(w.path);
          fs.renameSync(temporary, w.path);
          temporaries[i] = undefined;
          if (isNew) created.push(w.path);
        } else {
          fs.linkSync(temporary, w.path);
          created.push(w.path);
        }
      } catch (error) {
        if (errorCode(error) === "EEXIST") throw new FileError(`${w.path} exists (--force replaces it)`);
        throw error instanceof FileError ? error : new FileError(`cannot write ${w.path}: ${errorMessage(error)}`);
      }
    }
    for (const t of temporaries) if (t !== undefined) fs.rmSync(t, { force: true });
    temporaries.fill(undefined);
    if (!(whole && (await syncFileSystems(directories)))) for (const directory of directories) await syncDirectory(directory);
    return created;
  } catch (error) {
    for (const file of created) fs.rmSync(file, { force: true });
    throw error;
  } finally {
    for (const t of temporaries) if (t !== undefined) fs.rmSync(t, { force: true });
  }
}

/**
 * open() filters a file's mode through the umask; the caller asked for
 * exactly that mode. Checked on the first file of each mode in a batch
 * (fchmod costs a journal write: only when the umask took bits away).
 */
class ModeCheck {
  private readonly granted = new Map<number, boolean>();

  apply(fd: number, mode: number): void {
    let granted = this.granted.get(mode);
    if (granted === undefined) {
      granted = (fs.fstatSync(fd).mode & 0o7777) === mode;
      this.granted.set(mode, granted);
    }
    if (!granted) fs.fchmodSync(fd, mode);
  }
}

function openTemporary(temporary: string, path: string, mode: number, modes: ModeCheck): number {
  let fd: number;
  try {
    fd = fs.openSync(temporary, "wx", mode);
  } catch (error) {
    throw new FileError(`cannot create a temporary file next to ${path}: ${errorMessage(error)}`);
  }
  modes.apply(fd, mode);
  return fd;
}

/** The bytes written. */
function writeAll(fd: number, data: string | Uint8Array | Chunked, path: string): number {
  let written = 0;
  try {
    const pieces = typeof data === "string" ? [Buffer.from(data, "utf8")] : data instanceof Uint8Array ? [data] : data.chunks();
    for (const bytes of pieces) {
      for (let at = 0; at < bytes.length; ) at += fs.writeSync(fd, bytes, at, bytes.length - at);
      written += bytes.length;
    }
  } catch (error) {
    throw new FileError(`cannot write ${path}: ${errorMessage(error)}`);
  }
  return written;
}

/** From this size on, a content written twice is copied the second time (below it, a copy's system calls cost more than writing). */
const COPY_BYTES = 1 << 20;

/** A new temporary as a copy of another of this batch (created exclusively; the kernel copies the bytes and the mode). */
function copyTemporary(from: string, temporary: string, path: string): void {
  try {
    fs.copyFileSync(from, temporary, fs.constants.COPYFILE_EXCL);
  } catch (error) {
    throw new FileError(`cannot write ${path}: ${errorMessage(error)}`);
  }
}

function present(path: string): boolean {
  try {
    fs.lstatSync(path);
    return true;
  } catch (error) {
    if (errorCode(error) === "ENOENT") return false;
    throw new FileError(`cannot write ${path}: ${errorMessage(error)}`);
  }
}

/**
 * Create a private key file readable only by its owner, never replacing an
 * existing one (a lost CA key cannot be recovered). `link` fails with EEXIST
 * exactly like O_EXCL does, and unlike O_EXCL it publishes a complete file.
 */
export async function writePrivateKey(path: string, pem: string): Promise<void> {
  const temporary = await writeTemporary(path, pem, 0o400);
  try {
    await link(temporary, path);
  } catch (error) {
    throw errorCode(error) === "EEXIST"
      ? new FileError(`refusing to overwrite the existing private key ${path}`)
      : new FileError(`cannot write private key ${path}: ${errorMessage(error)}`);
  } finally {
    await unlink(temporary).catch(() => undefined);
  }
  await syncDirectory(dirname(path));
}

// the writer's pid in the name lets a later run tell a killed writer's leftovers from a live one's
const temporaryName = (path: string) => join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);

async function writeTemporary(path: string, data: string | Uint8Array, mode: number): Promise<string> {
  const temporary = temporaryName(path);
  let handle;
  try {
    handle = await open(temporary, "wx", mode);
  } catch (error) {
    throw new FileError(`cannot create a temporary file next to ${path}: ${errorMessage(error)}`);
  }
  try {
    // open() filters `mode` through the umask; the caller asked for exactly this mode.
    await handle.chmod(mode);
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlink(temporary).catch(() => undefined);
    throw new FileError(`cannot write ${path}: ${errorMessage(error)}`);
  }
  await handle.close();
  return temporary;
}

/** Make the new directory entry itself durable. */
async function syncDirectory(directory: string): Promise<void> {
  const handle = await open(directory, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

const TEMPORARY = /^\..+\.(\d+)\.[0-9a-f]{12}\.tmp$/;

/** Remove the temporary files that writers killed mid-write left in `directory`. */
export async function removeStaleTemporaries(directory: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(directory);
  } catch {
    return [];
  }
  const stale = names.filter((n) => {
    const m = TEMPORARY.exec(n);
    return m !== null && !processAlive(Number(m[1]));
  });
  await Promise.all(stale.map((n) => unlink(join(directory, n)).catch(() => undefined)));
  return stale;
}
