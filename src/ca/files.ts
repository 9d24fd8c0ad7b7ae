// The files the CA layer reads and writes, named as albatross-client names
// them: `<CN>.key`, `<CN>.req`, `<CN>.pem`.

import { statSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { isValidLabel } from "../model/name.js";
import {
  EncryptedKeyError,
  generateKey,
  type KeyPair,
  type KeyType,
  parseCertificate,
  privateKeyToEncryptedPem,
  privateKeyToPem,
  readDerFile,
  readPrivateKey,
  X509Error,
} from "../x509/index.js";
import { CaError } from "./errors.js";
import type { PlannedWrite } from "./plan.js";

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
    throw unreadable(e, file, what);
  }
}

function unreadable(e: unknown, file: string, what: string): CaError {
  const code = (e as NodeJS.ErrnoException).code;
  const reason = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : (e as Error).message;
  return new CaError(`${what} ${file}: ${reason}`);
}

/**
 * The DER of a certificate file's certificate (its chain may follow it),
 * decoded as it is read (a create certificate carries a whole image), in
 * memory handed over to the writer: renewing it writes the new certificate
 * around the image, over the rest of the old one.
 */
export async function readCertificateFile(file: string, progress?: (read: number, size: number) => void): Promise<Uint8Array> {
  try {
    return await readDerFile(file, "CERTIFICATE", progress, true, true);
  } catch (e) {
    if (e instanceof X509Error) throw new CaError(`${file}: ${e.message}`);
    throw unreadable(e, file, "certificate");
  }
}

/**
 * A request file's DER, decoded as it is read (a request may carry a whole
 * image), in memory handed over to the writer: signing it writes the
 * certificate around the image, over the rest of the request.
 */
export async function readRequestFile(file: string, progress?: (read: number, size: number) => void): Promise<Uint8Array> {
  try {
    return await readDerFile(file, "CERTIFICATE REQUEST", progress, true);
  } catch (e) {
    if (e instanceof X509Error) throw e;
    throw unreadable(e, file, "certificate request");
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
 * The key in `file`, or a new one of `keyType` planned for it — albatross-client
 * reuses a key it finds, whatever its type.
 */
export async function keyForFile(
  file: string,
  keyType: KeyType,
  o: { passphrase?: Passphrase; encryptWith?: Passphrase } = {},
): Promise<{ key: KeyPair; planned: PlannedWrite[] }> {
  const existing = await readKeyFile(file);
  if (existing !== null) return { key: await readKey(existing, file, o.passphrase), planned: [] };
  const key = await generateKey(keyType);
  const pem = o.encryptWith === undefined ? privateKeyToPem(key) : privateKeyToEncryptedPem(key, await o.encryptWith());
  return { key, planned: [{ kind: "key", file, pem }] };
}

/** Where a key's passphrase comes from, asked only when a key turns out to be encrypted. */
export type Passphrase = () => Promise<string | Uint8Array>;

/** The passphrase of a new key, typed twice (without echo): neither empty nor mistyped. */
export async function newPassphraseTyped(ask: (message: string) => Promise<string>): Promise<string> {
  const first = await ask("passphrase for the new CA key");
  if (first === "") throw new CaError("an empty passphrase protects nothing");
  if ((await ask("the same passphrase again")) !== first) throw new CaError("the passphrases differ");
  return first;
}

export async function readKey(pem: Uint8Array, file: string, passphrase?: Passphrase): Promise<KeyPair> {
  try {
    try {
      return await readPrivateKey(pem);
    } catch (e) {
      if (!(e instanceof EncryptedKeyError)) throw e;
      if (passphrase === undefined) {
        throw new CaError(`${file}: the private key is encrypted: give --passphrase-file FILE, or run on a terminal to be asked`);
      }
      return await readPrivateKey(pem, await passphrase());
    }
  } catch (e) {
    throw e instanceof CaError ? e : new CaError(`${file}: ${(e as Error).message}`);
  }
}


/** The files a CA lives on; nothing derived from a request may replace them. */
export interface CaFiles {
  readonly caCertificateFile: string;
  readonly caKeyFile: string;
  readonly databaseFile: string;
}

/** The CA's and a server's certificates carry no image: a larger file is neither (and is not read whole to say so). */
const OWN_CERTIFICATE_BYTES = 1 << 20;

/** What the existing file at `file` is to the CA, if it is one of its own. */
async function ownRole(file: string): Promise<string | null> {
  let pem: Buffer;
  try {
    // most targets do not exist yet: a synchronous look, not a thread-pool round trip per certificate
    const found = statSync(file);
    if (!found.isFile() || found.size > OWN_CERTIFICATE_BYTES) return null;
    pem = await readFile(file);
  } catch {
    return null;
  }
  try {
    const c = parseCertificate(pem.toString("latin1").split("-----END CERTIFICATE-----")[0] + "-----END CERTIFICATE-----\n");
    if (c.basicConstraints?.ca === true && c.selfIssued) return "the root CA's certificate";
    if (c.albatrossExtension === null && c.basicConstraints?.ca !== true) return "a server certificate";
  } catch {
    return null;
  }
  return null;
}

/**
 * A CN chosen by whoever wrote the request must not name one of the CA's
 * own files (`cacert`, the CA key, the database and what lives beside it,
 * a server's certificate unless it is the one being renewed): refused even
 * with --force.
 */
export async function assertNotCaFile(file: string, commonName: string, ca: CaFiles, renewing = false): Promise<void> {
  const target = path.resolve(file);
  const db = path.resolve(ca.databaseFile);
  const own: [string, string][] = [
    [path.resolve(ca.caCertificateFile), "the CA's certificate"],
    [path.resolve(ca.caKeyFile), "the CA's private key"],
    [path.resolve(path.dirname(file), CA_CERTIFICATE), "the CA's certificate"],
    [db, "the CA database"],
  ];
  const hit = own.find(([f]) => f === target) ?? (target.startsWith(`${db}.`) ? [db, "a file of the CA database"] : undefined);
  // renewing a server certificate replaces it: that file is the one being renewed
  const role = hit?.[1] ?? (renewing ? null : await ownRole(file));
  if (role !== null && role !== undefined) {
    throw new CaError(`the common name ${JSON.stringify(commonName)} would write ${file}, ${role}: refused`);
  }
}

const CA_CERTIFICATE = "cacert.pem";
