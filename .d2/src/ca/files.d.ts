import { type KeyPair, type KeyType } from "../x509/index.js";
import type { PlannedWrite } from "./plan.js";
/** `data.req`: the block set request that follows a 2.7 block add (create-block --data) */
export type FileKind = "key" | "req" | "pem" | "data.req";
/**
 * `<dir>/<CN>.<kind>`. A CN read from a request or certificate was chosen by
 * whoever wrote it, so only an Albatross label may name a file: no `/`, no
 * leading `-`. Even the labels "." and ".." (the CN "." stands for "no
 * unikernel name") give plain file names here: "..req", "...pem".
 */
export declare function fileFor(dir: string, commonName: string, kind: FileKind): string;
/** Checked before anything is written, so a missing output directory leaves no file behind. */
export declare function assertDirectory(dir: string): Promise<void>;
/** A file's bytes; a missing or unreadable file is one clear error naming what it should have held. */
export declare function readInputFile(file: string, what: string): Promise<Buffer>;
/**
 * The key in `file`, or a new one of `keyType` planned for it — albatross-client
 * reuses a key it finds, whatever its type.
 */
export declare function keyForFile(file: string, keyType: KeyType, o?: {
    passphrase?: Passphrase;
    encryptWith?: Passphrase;
}): Promise<{
    key: KeyPair;
    planned: PlannedWrite[];
}>;
/** Where a key's passphrase comes from, asked only when a key turns out to be encrypted. */
export type Passphrase = () => Promise<string | Uint8Array>;
/** The passphrase of a new key, typed twice (without echo): neither empty nor mistyped. */
export declare function newPassphraseTyped(ask: (message: string) => Promise<string>): Promise<string>;
export declare function readKey(pem: Uint8Array, file: string, passphrase?: Passphrase): Promise<KeyPair>;
/** The files a CA lives on; nothing derived from a request may replace them. */
export interface CaFiles {
    readonly caCertificateFile: string;
    readonly caKeyFile: string;
    readonly databaseFile: string;
}
/**
 * A CN chosen by whoever wrote the request must not name one of the CA's
 * own files (`cacert`, the CA key, the database and what lives beside it,
 * a server's certificate unless it is the one being renewed): refused even
 * with --force.
 */
export declare function assertNotCaFile(file: string, commonName: string, ca: CaFiles, renewing?: boolean): Promise<void>;
