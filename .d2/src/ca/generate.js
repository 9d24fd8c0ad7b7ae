// `generate`: a new certificate authority, as albatross-client's: the CA key
// `<name>.key` and self-signed `cacert.pem`, then a server key `<server>.key`
// and certificate `<server>.pem` for the Albatross TLS endpoint, recorded in
// the database. Existing keys are reused, as albatross-client does; a failed
// generate leaves no file behind (the plan is written only once complete).
import path from "node:path";
import { generateTokenKey } from "../pkcs11/index.js";
import { DEFAULT_KEY_TYPE, generateCa, issueCertificate, weakPublicKey, } from "../x509/index.js";
import { CaError } from "./errors.js";
import { pickProfile } from "./profiles.js";
import { assertDirectory, fileFor, keyForFile } from "./files.js";
import { executePlan } from "./plan.js";
import { loadSigningKey } from "./signing-key.js";
export const DEFAULT_CA_DAYS = 3650;
export const DEFAULT_SERVER_NAME = "server";
export const DEFAULT_SERVER_DAYS = 365;
/** albatross-client's fixed name for the root certificate */
export const CA_CERTIFICATE_FILE = "cacert.pem";
function positiveDays(days, what) {
    if (!Number.isSafeInteger(days) || days <= 0)
        throw new CaError(`${what} must be a positive number of days, not ${days}`);
    return days;
}
/** `generate` makes two kinds of certificate: each picks from the profiles given for it. */
function subset(profiles, kind) {
    if (!profiles)
        return undefined;
    const other = Object.values(profiles).find((p) => p.kind !== "root-ca" && p.kind !== "server");
    if (other)
        throw new CaError(`generate takes root-ca and server profiles, not ${other.kind} (${other.source})`);
    return profiles[kind] ? { [kind]: profiles[kind] } : undefined;
}
/** Every key and certificate of a new CA, made in memory: nothing is written yet (a key new in a token excepted). */
export async function planAuthority(o) {
    const outDir = o.outDir ?? ".";
    const keyType = o.keyType ?? DEFAULT_KEY_TYPE;
    const serverName = o.serverName ?? DEFAULT_SERVER_NAME;
    const caDays = positiveDays(o.days ?? DEFAULT_CA_DAYS, "the CA's validity");
    const serverDays = positiveDays(o.serverDays ?? DEFAULT_SERVER_DAYS, "the server certificate's validity");
    const serverProfile = pickProfile("server", subset(o.profiles, "server"), o.serverDays === undefined ? undefined : serverDays);
    const caProfile = pickProfile("root-ca", subset(o.profiles, "root-ca"), o.days === undefined ? undefined : caDays);
    const caKeyFile = fileFor(outDir, o.name, "key");
    const serverKeyFile = fileFor(outDir, serverName, "key");
    const serverCertificateFile = fileFor(outDir, serverName, "pem");
    const caCertificateFile = path.join(outDir, CA_CERTIFICATE_FILE);
    if (serverCertificateFile === caCertificateFile ||
        serverKeyFile === caKeyFile ||
        path.resolve(serverCertificateFile) === path.resolve(o.databaseFile)) {
        throw new CaError(`the server must be named differently from the CA (${o.name}) and from "cacert"`);
    }
    await assertDirectory(outDir);
    const now = o.now ?? new Date();
    const ca = await caKeyFor(o.caKey ?? { kind: "file" }, caKeyFile, keyType, o);
    try {
        return await planWith(ca, o, { caCertificateFile, serverKeyFile, serverCertificateFile, serverName, keyType, caProfile, serverProfile, now });
    }
    finally {
        ca.key.close?.();
    }
}
export async function caKeyFor(source, caKeyFile, keyType, o) {
    switch (source.kind) {
        case "file": {
            const { key, planned } = await keyForFile(caKeyFile, keyType, {
                ...(o.passphrase === undefined ? {} : { passphrase: o.passphrase }),
                ...(o.encryptKey === undefined ? {} : { encryptWith: o.encryptKey }),
            });
            return { key, where: caKeyFile, planned, created: planned.length > 0 };
        }
        case "existing": {
            const key = await loadSigningKey(source.spec, o);
            // a key brought along must be strong enough to sign for years
            const weak = weakPublicKey(key.spki);
            if (weak !== null) {
                key.close?.();
                throw new CaError(`${source.spec}: ${weak}`);
            }
            return { key, where: source.spec, planned: [], created: false };
        }
        case "new-in-token": {
            const key = await generateTokenKey(source.uri, keyType, o.token);
            return { key, where: key.uri, planned: [], created: true };
        }
    }
}
async function planWith(ca, o, p) {
    const { caCertificateFile, serverKeyFile, serverCertificateFile, serverName, keyType, now } = p;
    const { certificate: caCertificate } = await generateCa(o.name, ca.key, p.caProfile, now);
    const server = await keyForFile(serverKeyFile, keyType);
    const serverCertificate = await issueCertificate({
        issuer: { kind: "ca", certificate: caCertificate.der, key: ca.key },
        subjectCn: serverName,
        subjectPublicKey: server.key.spki,
        profile: p.serverProfile,
        now,
    });
    const replace = o.force ?? false;
    const plan = [
        ...ca.planned,
        ...server.planned,
        { kind: "file", file: caCertificateFile, data: caCertificate.pem, replace },
        { kind: "file", file: serverCertificateFile, data: serverCertificate.pem, replace },
        {
            kind: "record",
            database: o.databaseFile,
            serialHex: serverCertificate.serialHex,
            commonName: serverName,
            certificatePem: serverCertificate.pem,
        },
    ];
    return {
        caKeyFile: ca.where,
        caKeyCreated: ca.created,
        caCertificateFile,
        serverKeyFile,
        serverKeyCreated: server.planned.length > 0,
        serverCertificateFile,
        serverSerialHex: serverCertificate.serialHex,
        plan,
    };
}
export async function generateAuthorityFiles(o) {
    const { plan, ...files } = await planAuthority(o);
    await executePlan(plan, o);
    return files;
}
//# sourceMappingURL=generate.js.map