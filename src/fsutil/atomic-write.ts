import { randomBytes } from "node:crypto";
import { link, open, readdir, rename, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

import { errorCode, errorMessage, FileError } from "./errors.js";

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

async function writeTemporary(path: string, data: string | Uint8Array, mode: number): Promise<string> {
  // the writer's pid in the name lets a later run tell a killed writer's leftovers from a live one's
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
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

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === "EPERM";
  }
}

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
    return m !== null && !running(Number(m[1]));
  });
  await Promise.all(stale.map((n) => unlink(join(directory, n)).catch(() => undefined)));
  return stale;
}
