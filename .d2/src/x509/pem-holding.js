// What a PEM file holds, when it was given where Albatross DER was expected
// (`decode`): a certificate or request and its Albatross extension, or
// something else, described in words.
import { parseCertificate } from "./certificate.js";
import { parseCsr } from "./csr.js";
import { decodePem } from "./pem.js";
const REQUEST_LABELS = ["CERTIFICATE REQUEST", "NEW CERTIFICATE REQUEST"];
/** null when the bytes are not PEM text; throws X509Error when the PEM framing is broken. */
export async function pemHolding(bytes) {
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
    if (!text.trimStart().startsWith("-----BEGIN "))
        return null;
    const blocks = decodePem(text);
    const [first] = blocks;
    if (first === undefined)
        return { kind: "other", what: "text without a complete PEM block" };
    if (blocks.length > 1) {
        const certificates = blocks.every((b) => b.label === "CERTIFICATE");
        return { kind: "other", what: certificates ? `a PEM chain of ${blocks.length} certificates` : `${blocks.length} PEM blocks` };
    }
    // the X.509 layer's reasons (pkijs schema talk) are inspect's to explain
    if (first.label === "CERTIFICATE") {
        try {
            const c = parseCertificate(first.der);
            return { kind: "certificate", subjectCn: c.subjectCn, extension: c.albatrossExtension?.value ?? null };
        }
        catch {
            return { kind: "other", what: "a PEM certificate that does not parse" };
        }
    }
    if (REQUEST_LABELS.includes(first.label)) {
        try {
            const r = await parseCsr(first.der);
            return { kind: "certificate request", subjectCn: r.subjectCn, extension: r.albatrossExtension };
        }
        catch {
            return { kind: "other", what: "a PEM certificate request that does not parse or verify" };
        }
    }
    return { kind: "other", what: `a PEM "${first.label}" block` };
}
//# sourceMappingURL=pem-holding.js.map