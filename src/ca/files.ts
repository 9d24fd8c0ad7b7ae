// The files the CA layer reads and writes, named as albatross-client names
// them: `<CN>.key`, `<CN>.req`, `<CN>.pem`.

import { lstat, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { isValidLabel } from "../model/name.js";
import { writePrivateKey } from "../fsutil/index.js";
import { generateKey, type KeyPair, type KeyType, privateKeyToPem, readPrivateKey } from "../x509/index.js";
import { CaError } from "./errors.js";

/** `data.req`: the block set request that follows a 2.7 block add (create-block --data) */
export type FileKind = "key" | "req" | "pem" | "data.req";

/**
 * `<dir>/<CN>.<kind>`. A CN read from a request or certificate was chosen by
 * whoever wrote it, so only an Albatross label may name a file: no `/`, no
 * leading `-`. Even the labels "." and ".." (the CN "." stands for "no
 * unikernel name") give plain file names here: "..req", "...pem".
 */
export function fileFor(dir: string, commonName: string, kind: FileKind): string {
  if (!isValidLabel(commonName)) {
    throw new CaError(
      `the common name ${JSON.stringify(commonName)} cannot name a file ` +
        "(expected an Albatross label: 1 to 63 of a-z A-Z 0-9 - ., not starting with -)",
    );
  }
  return path.join(dir, `${commonName}.${kind}`);
}

/** Checked before anything is written, so a missing output directory leaves no file behind. */
export async function assertDirectory(dir: string): Promise<void> {
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(dir)).isDirectory();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CaError(`output directory ${dir}: ${code === "ENOENT" ? "no such directory" : (e as Error).message}`);
  }
  if (!isDirectory) throw new CaError(`output directory ${dir}: not a directory`);
}

/** A file's bytes; a missing or unreadable file is one clear error naming what it should have held. */
export async function readInputFile(file: string, what: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : (e as Error).message;
    throw new CaError(`${what} ${file}: ${reason}`);
  }
}

async function readKeyFile(file: string): Promise<Buffer | null> {
  try {
    return await readFile(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw new CaError(`private key ${file}: ${(e as Error).message}`);
  }
}

/**
 * The key in `file`, or a new one of `keyType` written there (mode 0400) —
 * albatross-client reuses a key it finds, whatever its type.
 */
export async function loadOrCreateKey(file: string, keyType: KeyType): Promise<{ key: KeyPair; created: boolean }> {
  const existing = await readKeyFile(file);
  if (existing !== null) return { key: await readKey(existing, file), created: false };
  const key = await generateKey(keyType);
  await writePrivateKey(file, privateKeyToPem(key));
  return { key, created: true };
}

export async function readKey(pem: Uint8Array, file: string): Promise<KeyPair> {
  try {
    return await readPrivateKey(pem);
  } catch (e) {
    throw new CaError(`${file}: ${(e as Error).message}`);
  }
}

/** A fresh key must not replace one that exists: say so before anything is issued for it. */
export async function assertNoKey(file: string): Promise<void> {
  try {
    await lstat(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return;
    throw new CaError(`private key ${file}: ${(e as Error).message}`);
  }
  throw new CaError(`refusing to overwrite the existing private key ${file}`);
}
