// `inspect`: what a file holds — a certificate, a chain, a certificate
// request, a key (public half only) or an Albatross state dump — told apart
// by PEM label or, for DER, by which reading succeeds.
import * as pkijs from "pkijs";
import { readTlv } from "../asn1/der.js";
import { acceptingReleases, decodeDump, decodeExtension } from "../codec/index.js";
import { tooLargeForAlbatross } from "../model/limits.js";
import { DEFAULT_RELEASE } from "../model/release.js";
import { X509Error, decodePem, parseCsr } from "../x509/index.js";
import { parseWhole } from "./ber.js";
import { viewCertificate } from "./certificate.js";
import { looksLikePem } from "./chain.js";
import { endpointVerdict } from "./endpoint.js";
import { describePublicKey, publicHalfOfPrivateKey, readPublicKey } from "./key.js";
import { formatName } from "./names.js";
import { classifyProfile } from "./profile.js";
import { validityAt } from "./validity.js";
export class InspectError extends Error {
    name = "InspectError";
}
function extensionFacts(value, critical, release) {
    const acceptedBy = acceptingReleases("extension", value);
    try {
        return { critical, value: decodeExtension(value, release), release, acceptedBy };
    }
    catch (e) {
        return { critical, error: e.message, release, acceptedBy };
    }
}
function certificateFacts(c, at, release) {
    const extension = c.albatrossExtension && extensionFacts(c.albatrossExtension.value, c.albatrossExtension.critical, release);
    return {
        kind: "certificate",
        subject: c.subject,
        issuer: c.issuer,
        commonName: c.subjectCn,
        serialHex: c.serialHex,
        notBefore: c.notBefore,
        notAfter: c.notAfter,
        validity: validityAt(c, at),
        at,
        key: describePublicKey(c.publicKey),
        profile: classifyProfile(c, extension !== null && "value" in extension ? extension.value : null),
        sha256: c.fingerprintSha256,
        extension,
    };
}
function certificatesFacts(ders, at, release) {
    const views = ders.map((der, i) => {
        try {
            return viewCertificate(der);
        }
        catch (e) {
            throw ders.length === 1 ? e : new X509Error(`certificate ${i + 1}: ${e.message}`);
        }
    });
    if (views.length === 1)
        return certificateFacts(views[0], at, release);
    return {
        kind: "chain",
        certificates: views.map((v) => certificateFacts(v, at, release)),
        endpoint: endpointVerdict(views, release),
    };
}
async function requestFacts(der, release) {
    const csr = await parseCsr(der);
    // parseCsr has checked the DER and the signature; pkijs gives the full subject.
    const request = new pkijs.CertificationRequest({ schema: parseWhole(csr.der) });
    return {
        kind: "csr",
        subject: formatName(request.subject),
        commonName: csr.subjectCn,
        key: describePublicKey(csr.publicKey),
        extension: csr.albatrossExtension && extensionFacts(csr.albatrossExtension, null, release),
    };
}
function keyPairFacts(der) {
    const spki = publicHalfOfPrivateKey(der);
    if (spki === null)
        throw new InspectError("unreadable key (expected PKCS#8, PKCS#1 or SEC1, unencrypted)");
    return { kind: "key-pair", key: describePublicKey(spki) };
}
function publicKeyFacts(der) {
    const spki = readPublicKey(der);
    if (spki === null)
        throw new InspectError("unreadable public key");
    return { kind: "public-key", key: describePublicKey(spki) };
}
const REQUEST_LABELS = ["CERTIFICATE REQUEST", "NEW CERTIFICATE REQUEST"];
const KEY_LABELS = ["PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY"];
async function inspectPem(text, at, release) {
    const blocks = decodePem(text);
    if (blocks.length === 0)
        throw new InspectError("no PEM block found");
    if (blocks.every((b) => b.label === "CERTIFICATE"))
        return certificatesFacts(blocks.map((b) => b.der), at, release);
    const labels = blocks.map((b) => b.label);
    if (blocks.length > 1) {
        throw new InspectError(`holds ${labels.join(", ")}: give certificates, a request or a key in separate files`);
    }
    const { label, der } = blocks[0];
    if (REQUEST_LABELS.includes(label))
        return requestFacts(der, release);
    if (KEY_LABELS.includes(label))
        return keyPairFacts(der);
    if (label === "PUBLIC KEY")
        return publicKeyFacts(der);
    if (label === "ENCRYPTED PRIVATE KEY")
        throw new InspectError("the key is encrypted: decrypt it first (openssl pkey)");
    throw new InspectError(`unsupported PEM block "${label}"`);
}
/** Whether `der` is one TLV spanning it (our reader: no objects, no copies). */
function oneValue(der) {
    try {
        return readTlv(der, 0, der.length).end === der.length;
    }
    catch {
        return false;
    }
}
/** Whether pkijs reads `der` as this structure: decides what a DER file is, before its full check. */
function parsesAs(der, read) {
    const schema = parseWhole(der);
    if (schema === null)
        return false;
    try {
        read(schema);
        return true;
    }
    catch {
        return false;
    }
}
const NOTHING_KNOWN = "not a certificate, certificate chain, certificate request, key or Albatross state dump";
async function inspectDer(der, at, release) {
    let dumpError;
    try {
        return { kind: "dump", dump: decodeDump(der, release), release, acceptedBy: acceptingReleases("dump", der) };
    }
    catch (e) {
        dumpError = e.message;
    }
    // what is not one DER value from the first byte to the last is none of the rest: said before asn1js reads it
    // (random bytes of 100 MB took asn1js seconds and gigabytes to refuse)
    if (!oneValue(der)) {
        throw new InspectError(`${NOTHING_KNOWN} (read as a dump: ${dumpError})`);
    }
    if (parsesAs(der, (schema) => new pkijs.Certificate({ schema })))
        return certificatesFacts([der], at, release);
    if (parsesAs(der, (schema) => new pkijs.CertificationRequest({ schema })))
        return requestFacts(der, release);
    if (publicHalfOfPrivateKey(der) !== null)
        return keyPairFacts(der);
    if (readPublicKey(der) !== null)
        return publicKeyFacts(der);
    throw new InspectError(`${NOTHING_KNOWN} (read as a dump: ${dumpError})`);
}
/** What `input` (a file's bytes, or PEM text) holds. Unrecognised or malformed input throws. */
export async function inspect(input, options = {}) {
    const tooLarge = tooLargeForAlbatross(input.length);
    if (tooLarge !== null)
        throw new InspectError(tooLarge);
    const at = options.at ?? new Date();
    const release = options.release ?? DEFAULT_RELEASE;
    if (looksLikePem(input)) {
        return inspectPem(typeof input === "string" ? input : Buffer.from(input).toString("latin1"), at, release);
    }
    return inspectDer(input, at, release);
}
//# sourceMappingURL=inspect.js.map