// One-shot certificates: what albatross-client mints when it talks to a
// remote Albatross directly (--destination) — a fresh key and a five-minute
// leaf for one command, signed by a CA or sub-CA key without any request.
import path from "node:path";
import { BUILTIN_PROFILES, DEFAULT_KEY_TYPE, generateKey, issueCertificate, ONE_SHOT_LEAF_SECONDS, privateKeyToPem, withValidity, } from "../x509/index.js";
import { DEFAULT_RELEASE } from "../model/release.js";
import { chainPem, checkAgainstAuthority, withAuthority } from "./authority.js";
import { commonNameFor, requestedName, warnIfEndpointRefuses } from "./common-name.js";
import { ignoreWarnings } from "./errors.js";
import { assertDirectory, fileFor } from "./files.js";
import { executePlan } from "./plan.js";
import { commandExtensionParts } from "./request.js";
export async function issueLeaf(authority, command, name, o = {}) {
    const commonName = commonNameFor(command, name);
    const release = o.release ?? DEFAULT_RELEASE;
    checkAgainstAuthority(command, authority.policy, release);
    warnIfEndpointRefuses(command, o.warn ?? ignoreWarnings, release);
    const albatrossExtension = commandExtensionParts(command, release);
    const key = await generateKey(o.keyType ?? DEFAULT_KEY_TYPE);
    const certificate = await issueCertificate({
        issuer: { kind: "ca", certificate: authority.certificates[0], key: authority.key },
        subjectCn: commonName,
        subjectPublicKey: key.spki,
        profile: withValidity(BUILTIN_PROFILES.leaf, ONE_SHOT_LEAF_SECONDS),
        albatrossExtension,
        ...(o.now === undefined ? {} : { now: o.now }),
    });
    return { commonName, key, certificate, chainPem: chainPem(certificate.pem, authority) };
}
/** Checked before a CA key is read: the name, and where the files go. */
async function leafName(given, command, o) {
    const name = requestedName(given, o.release ?? DEFAULT_RELEASE, o.warn ?? ignoreWarnings);
    fileFor(o.outDir ?? ".", commonNameFor(command, name), "key");
    await assertDirectory(o.outDir ?? ".");
    return name;
}
/**
 * A one-shot key is disposable: each issue writes a fresh one, named after
 * the CN and the certificate's serial (`<CN>-<serial>.key` and `.pem`), so
 * issuing again never meets — nor replaces — an earlier key.
 */
export async function planLeafFiles(authority, command, given, o = {}) {
    const name = await leafName(given, command, o);
    const issued = await issueLeaf(authority, command, name, o);
    const base = path.join(o.outDir ?? ".", `${issued.commonName}-${issued.certificate.serialHex.slice(0, 12)}`);
    const keyFile = `${base}.key`;
    const certificateFile = `${base}.pem`;
    const plan = [
        { kind: "key", file: keyFile, pem: privateKeyToPem(issued.key) },
        { kind: "file", file: certificateFile, data: issued.chainPem, replace: false },
    ];
    return { ...issued, keyFile, certificateFile, plan };
}
export async function issueLeafFiles(command, given, o) {
    const name = await leafName(given, command, o);
    const { plan, ...files } = await withAuthority(o.caCertificateFile, o.caKeyFile, o.release ?? DEFAULT_RELEASE, o, (authority) => planLeafFiles(authority, command, name, o));
    await executePlan(plan);
    return files;
}
//# sourceMappingURL=issue.js.map