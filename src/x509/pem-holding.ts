// What a PEM file holds, when it was given where Albatross DER was expected
// (`decode`): a certificate or request and its Albatross extension, or
// something else, described in words.

import { parseCertificate } from "./certificate.js";
import { parseCsr } from "./csr.js";
import { decodePem } from "./pem.js";
import { isSpace } from "./pem-stream.js";

export type PemHolding =
  | { kind: "certificate" | "certificate request"; subjectCn: string | null; extension: Uint8Array | null }
  | { kind: "other"; what: string };

const REQUEST_LABELS = ["CERTIFICATE REQUEST", "NEW CERTIFICATE REQUEST"];

const BEGIN = Buffer.from("-----BEGIN ", "latin1");

/**
 * null when the bytes are not PEM text; throws X509Error when the PEM framing
 * is broken. Read from the bytes, never as one string: a create
 * certificate's PEM holds a whole image.
 */
export async function pemHolding(bytes: Uint8Array): Promise<PemHolding | null> {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let start = 0;
  while (start < b.length && isSpace(b[start]!)) start++;
  if (!b.subarray(start, start + BEGIN.length).equals(BEGIN)) return null;
  const blocks = decodePem(b);
  const [first] = blocks;
  if (first === undefined) return { kind: "other", what: "text without a complete PEM block" };
  if (blocks.length > 1) {
    const certificates = blocks.every((b) => b.label === "CERTIFICATE");
    return { kind: "other", what: certificates ? `a PEM chain of ${blocks.length} certificates` : `${blocks.length} PEM blocks` };
  }
  // the X.509 layer's reasons (pkijs schema talk) are inspect's to explain
  if (first.label === "CERTIFICATE") {
    try {
      const c = parseCertificate(first.der);
      return { kind: "certificate", subjectCn: c.subjectCn, extension: c.albatrossExtension?.value ?? null };
    } catch {
      return { kind: "other", what: "a PEM certificate that does not parse" };
    }
  }
  if (REQUEST_LABELS.includes(first.label)) {
    try {
      const r = await parseCsr(first.der);
      return { kind: "certificate request", subjectCn: r.subjectCn, extension: r.albatrossExtension };
    } catch {
      return { kind: "other", what: "a PEM certificate request that does not parse or verify" };
    }
  }
  return { kind: "other", what: `a PEM "${first.label}" block` };
}
