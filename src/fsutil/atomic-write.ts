import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { link, open, readdir, rename, unlink } from "node:fs/promises";
import { promisify } from "node:util";
import { basename, dirname, join } from "node:path";

import { errorCode, errorMessage, FileError, processAlive } from "./errors.js";

const fsync = promisify(fs.fsync);

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

/** Temporaries open at once: their flushes run together (the file system commits them in one go). */
const WINDOW = 256;

/**
 * Many files, each as `writeNewFile` or `writeFileAtomic` writes it alone,
 * for a fraction of the cost: the temporaries are written, then flushed all
 * at once, put in place one by one, and each directory is flushed once. The
 * small steps are synchronous (page cache, microseconds); only the flushes
 * wait for the disk. A file that may not be replaced but exists fails the
 * whole batch, and the files the batch created are removed again. Returns
 * the files created (not replaced), in order.
 */
export async function writeFiles(writes: readonly FileWrite[]): Promise<string[]> {
  const temporaries: (string | undefined)[] = new Array(writes.length);
  const created: string[] = [];
  try {
    for (let at = 0; at < writes.length; at += WINDOW) {
      const window = writes.slice(at, at + WINDOW);
      const handles: number[] = [];
      try {
        for (const [i, w] of window.entries()) {
          const temporary = temporaryName(w.path);
          handles.push(openTemporary(temporary, w.path, w.mode ?? 0o644));
          temporaries[at + i] = temporary;
          writeAll(handles[i]!, w.data, w.path);
        }
        await Promise.all(
          handles.map((fd, i) =>
            fsync(fd).catch((error: unknown) => {
              throw new FileError(`cannot write ${window[i]!.path}: ${errorMessage(error)}`);
            }),
          ),
        );
      } finally {
        for (const fd of handles) fs.closeSync(fd);
      }
    }
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
    for (const directory of new Set(writes.map((w) => dirname(w.path)))) await syncDirectory(directory);
    return created;
  } catch (error) {
    for (const file of created) fs.rmSync(file, { force: true });
    throw error;
  } finally {
    for (const t of temporaries) if (t !== undefined) fs.rmSync(t, { force: true });
  }
}

function openTemporary(temporary: string, path: string, mode: number): number {
  let fd: number;
  try {
    fd = fs.openSync(temporary, "wx", mode);
  } catch (error) {
    throw new FileError(`cannot create a temporary file next to ${path}: ${errorMessage(error)}`);
  }
  // open() filters `mode` through the umask; the caller asked for exactly this mode (fchmod costs a journal write: only when needed)
  if ((fs.fstatSync(fd).mode & 0o7777) !== mode) fs.fchmodSync(fd, mode);
  return fd;
}

function writeAll(fd: number, data: string | Uint8Array | Chunked, path: string): void {
  try {
    const pieces = typeof data === "string" ? [Buffer.from(data, "utf8")] : data instanceof Uint8Array ? [data] : data.chunks();
    for (const bytes of pieces) {
      for (let at = 0; at < bytes.length; ) at += fs.writeSync(fd, bytes, at, bytes.length - at);
    }
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
