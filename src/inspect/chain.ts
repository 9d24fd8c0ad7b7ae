// Reading a certificate chain file: PEM with one or more CERTIFICATE blocks
// (leaf first), or a single DER certificate.

import { X509Error } from "../x509/errors.js";
import { splitPem } from "../x509/pem.js";
import { looksLikePem as bytesLookLikePem, notBlank } from "../x509/pem-stream.js";
import { type CertificateView, viewCertificate } from "./certificate.js";

/** Text, or bytes that look like PEM rather than DER (see the x509 layer's looksLikePem). */
export function looksLikePem(input: string | Uint8Array): boolean {
  return typeof input === "string" || bytesLookLikePem(input);
}

export function readChain(input: string | Uint8Array): CertificateView[] {
  if (!looksLikePem(input)) return [viewCertificate(notBlank(input as Uint8Array, "CERTIFICATE"))];
  const ders = splitPem(input);
  return ders.map((der, i) => {
    try {
      return viewCertificate(der);
    } catch (e) {
      throw ders.length === 1 ? e : new X509Error(`certificate ${i + 1}: ${(e as Error).message}`);
    }
  });
}

/** A file meant to hold one certificate, the CA's. */
export function readOneCertificate(input: string | Uint8Array, what: string): CertificateView {
  const certs = readChain(input);
  if (certs.length !== 1) throw new X509Error(`${what} must hold exactly one certificate, it holds ${certs.length}`);
  return certs[0]!;
}

/**
 * How many certificates a chain file holds, without decoding any: PEM
 * CERTIFICATE blocks, or one DER certificate.
 */
export function chainLength(input: string | Uint8Array): number {
  if (!looksLikePem(input)) return 1;
  const text = typeof input === "string" ? input : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  let count = 0;
  for (let at = text.indexOf(BEGIN_CERTIFICATE); at !== -1; at = text.indexOf(BEGIN_CERTIFICATE, at + 1)) count++;
  return count;
}

const BEGIN_CERTIFICATE = "-----BEGIN CERTIFICATE-----";
