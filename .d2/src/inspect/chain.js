// Reading a certificate chain file: PEM with one or more CERTIFICATE blocks
// (leaf first), or a single DER certificate.
import { X509Error, splitPem } from "../x509/index.js";
import { viewCertificate } from "./certificate.js";
export function looksLikePem(input) {
    return typeof input === "string" || Buffer.from(input.buffer, input.byteOffset, input.byteLength).includes("-----BEGIN ");
}
export function readChain(input) {
    if (!looksLikePem(input))
        return [viewCertificate(input)];
    const text = typeof input === "string" ? input : Buffer.from(input).toString("latin1");
    const ders = splitPem(text);
    return ders.map((der, i) => {
        try {
            return viewCertificate(der);
        }
        catch (e) {
            throw ders.length === 1 ? e : new X509Error(`certificate ${i + 1}: ${e.message}`);
        }
    });
}
/** A file meant to hold one certificate, the CA's. */
export function readOneCertificate(input, what) {
    const certs = readChain(input);
    if (certs.length !== 1)
        throw new X509Error(`${what} must hold exactly one certificate, it holds ${certs.length}`);
    return certs[0];
}
/**
 * How many certificates a chain file holds, without decoding any: PEM
 * CERTIFICATE blocks, or one DER certificate.
 */
export function chainLength(input) {
    if (!looksLikePem(input))
        return 1;
    const text = typeof input === "string" ? input : Buffer.from(input.buffer, input.byteOffset, input.byteLength).toString("latin1");
    let count = 0;
    for (let at = text.indexOf(BEGIN_CERTIFICATE); at !== -1; at = text.indexOf(BEGIN_CERTIFICATE, at + 1))
        count++;
    return count;
}
const BEGIN_CERTIFICATE = "-----BEGIN CERTIFICATE-----";
//# sourceMappingURL=chain.js.map