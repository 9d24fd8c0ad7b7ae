// The files the CA layer reads and writes, named as albatross-client names
// them: `<CN>.key`, `<CN>.req`, `<CN>.pem`.
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { isValidLabel } from "../model/name.js";
import { EncryptedKeyError, generateKey, parseCertificate, privateKeyToEncryptedPem, privateKeyToPem, readPrivateKey, } from "../x509/index.js";
import { CaError } from "./errors.js";
/**
 * `<dir>/<CN>.<kind>`. A CN read from a request or certificate was chosen by
 * whoever wrote it, so only an Albatross label may name a file: no `/`, no
 * leading `-`. Even the labels "." and ".." (the CN "." stands for "no
 * unikernel name") give plain file names here: "..req", "...pem".
 */
export function fileFor(dir, commonName, kind) {
    if (!isValidLabel(commonName)) {
        throw new CaError(`the common name ${JSON.stringify(commonName)} cannot name a file ` +
            "(expected an Albatross label: 1 to 63 of a-z A-Z 0-9 - ., not starting with -)");
    }
    return path.join(dir, `${commonName}.${kind}`);
}
/** Checked before anything is written, so a missing output directory leaves no file behind. */
export async function assertDirectory(dir) {
    let isDirectory;
    try {
        isDirectory = (await stat(dir)).isDirectory();
    }
    catch (e) {
        const code = e.code;
        throw new CaError(`output directory ${dir}: ${code === "ENOENT" ? "no such directory" : e.message}`);
    }
    if (!isDirectory)
        throw new CaError(`output directory ${dir}: not a directory`);
}
/** A file's bytes; a missing or unreadable file is one clear error naming what it should have held. */
export async function readInputFile(file, what) {
    try {
        return await readFile(file);
    }
    catch (e) {
        const code = e.code;
        const reason = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : e.message;
        throw new CaError(`${what} ${file}: ${reason}`);
    }
}
async function readKeyFile(file) {
    try {
        return await readFile(file);
    }
    catch (e) {
        if (e.code === "ENOENT")
            return null;
        throw new CaError(`private key ${file}: ${e.message}`);
    }
}
/**
 * The key in `file`, or a new one of `keyType` planned for it — albatross-client
 * reuses a key it finds, whatever its type.
 */
export async function keyForFile(file, keyType, o = {}) {
    const existing = await readKeyFile(file);
    if (existing !== null)
        return { key: await readKey(existing, file, o.passphrase), planned: [] };
    const key = await generateKey(keyType);
    const pem = o.encryptWith === undefined ? privateKeyToPem(key) : privateKeyToEncryptedPem(key, await o.encryptWith());
    return { key, planned: [{ kind: "key", file, pem }] };
}
/** The passphrase of a new key, typed twice (without echo): neither empty nor mistyped. */
export async function newPassphraseTyped(ask) {
    const first = await ask("passphrase for the new CA key");
    if (first === "")
        throw new CaError("an empty passphrase protects nothing");
    if ((await ask("the same passphrase again")) !== first)
        throw new CaError("the passphrases differ");
    return first;
}
export async function readKey(pem, file, passphrase) {
    try {
        try {
            return await readPrivateKey(pem);
        }
        catch (e) {
            if (!(e instanceof EncryptedKeyError))
                throw e;
            if (passphrase === undefined) {
                throw new CaError(`${file}: the private key is encrypted: give --passphrase-file FILE, or run on a terminal to be asked`);
            }
            return await readPrivateKey(pem, await passphrase());
        }
    }
    catch (e) {
        throw e instanceof CaError ? e : new CaError(`${file}: ${e.message}`);
    }
}
/** What the existing file at `file` is to the CA, if it is one of its own. */
async function ownRole(file) {
    let pem;
    try {
        pem = await readFile(file);
    }
    catch {
        return null;
    }
    try {
        const c = parseCertificate(pem.toString("latin1").split("-----END CERTIFICATE-----")[0] + "-----END CERTIFICATE-----\n");
        if (c.basicConstraints?.ca === true && c.selfIssued)
            return "the root CA's certificate";
        if (c.albatrossExtension === null && c.basicConstraints?.ca !== true)
            return "a server certificate";
    }
    catch {
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
export async function assertNotCaFile(file, commonName, ca, renewing = false) {
    const target = path.resolve(file);
    const db = path.resolve(ca.databaseFile);
    const own = [
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
//# sourceMappingURL=files.js.map