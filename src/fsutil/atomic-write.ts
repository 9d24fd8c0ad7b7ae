import { randomBytes } from "node:crypto";
import { link, open, rename, unlink } from "node:fs/promises";
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
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
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
