import { createHash } from "node:crypto";

import { readTlv, type Tlv } from "../asn1/der.js";
import type { Time } from "../model/time.js";
import { sameBytes, toHex } from "./der.js";
import { verifySignature } from "./verify.js";
import { errorMessage, X509Error } from "./errors.js";
import { decodeExtensions, type DecodedExtensions } from "./extensions.js";
import { type Certificate, certificate } from "./grammar.js";
import { type KeyType, keyTypeOfSpki, publicKeyObject } from "./keys.js";
import { commonNameOfDer } from "./names.js";
import { derFromInput, encodePem } from "./pem.js";

export interface CertificateInfo extends DecodedExtensions {
  readonly der: Uint8Array;
  readonly subjectCn: string | null;
  readonly issuerCn: string | null;
  /** Subject and issuer names are identical: a root, whose file Albatross does not append to a chain. */
  readonly selfIssued: boolean;
  /** Lowercase hex of the INTEGER content octets, as Albatross writes it to its database. */
  readonly serialHex: string;
  readonly notBefore: Date;
  readonly notAfter: Date;
  /** SubjectPublicKeyInfo DER. */
  readonly publicKey: Uint8Array;
  readonly publicKeyType: KeyType | null;
  /** Lowercase hex SHA-256 of the DER. */
  readonly fingerprintSha256: string;
}

export function certificateToPem(der: Uint8Array): string {
  return encodePem("CERTIFICATE", der);
}

const dateOf = (t: Time): Date => new Date(Number(t.seconds) * 1000 + Number(t.frac.padEnd(3, "0").slice(0, 3)));

/** Parse one certificate given as PEM (exactly one block) or DER. */
export function parseCertificate(input: string | Uint8Array): CertificateInfo {
  const der = derFromInput(input, "CERTIFICATE");
  const { tbsCertificate: { value: tbs } } = readCertificate(der);
  let extensions: DecodedExtensions;
  try {
    extensions = decodeExtensions(tbs.extensions ?? []);
  } catch (error) {
    throw new X509Error(`certificate ${describeName(tbs.subject.der)}: ${errorMessage(error)}`);
  }
  const publicKey = tbs.subjectPublicKeyInfo.der.slice();
  return {
    der,
    subjectCn: commonNameOfDer(tbs.subject.der),
    issuerCn: commonNameOfDer(tbs.issuer.der),
    selfIssued: sameBytes(tbs.subject.der, tbs.issuer.der),
    serialHex: toHex(tbs.serialNumber),
    notBefore: dateOf(tbs.validity.notBefore),
    notAfter: dateOf(tbs.validity.notAfter),
    publicKey,
    publicKeyType: keyTypeOfSpki(publicKey),
    fingerprintSha256: createHash("sha256").update(der).digest("hex"),
    ...extensions,
  };
}

/**
 * A DER certificate's structure, read by our DER layer where it lies (its
 * extensions' values, a whole image, are views into `der`). The signature
 * algorithm must be the same inside and outside the signed part (RFC 5280 4.1.1.2).
 */
export function readCertificate(der: Uint8Array): Certificate {
  let t: Tlv;
  try {
    t = readTlv(der, 0, der.length);
  } catch (error) {
    throw new X509Error(`certificate: malformed ASN.1 (${errorMessage(error)})`);
  }
  if (t.end !== der.length) throw new X509Error(`certificate: ${der.length - t.end} trailing bytes after the ASN.1 value`);
  let read: Certificate;
  try {
    read = certificate.decode(t);
  } catch (error) {
    throw new X509Error(`not a valid X.509 certificate: ${errorMessage(error)}`);
  }
  const { signature, subject } = read.tbsCertificate.value;
  if (!sameBytes(signature.der, read.signatureAlgorithm.der)) {
    throw new X509Error(`certificate ${describeName(subject.der)}: signature algorithm differs inside and outside the signed part`);
  }
  return read;
}

/** Whether `certificate` carries a valid signature by the key of `issuer` (names are not compared). */
export async function verifyCertificateSignature(
  certificate: string | Uint8Array,
  issuer: string | Uint8Array,
): Promise<boolean> {
  const der = derFromInput(certificate, "CERTIFICATE");
  const signer = parseCertificate(derFromInput(issuer, "CERTIFICATE"));
  // the signed part is checked where it lies, by node:crypto (pkijs copied a 64 MB image's TBS
  // several times over and verified through a JavaScript Ed25519: minutes and gigabytes)
  const { tbsCertificate, signatureAlgorithm, signatureValue } = readCertificate(der);
  const subject = tbsCertificate.value.subject.der;
  if (signatureValue.unusedBits !== 0) throw new X509Error("not a valid X.509 certificate: the signature BIT STRING has unused bits");
  try {
    return verifySignature(signatureAlgorithm.value, publicKeyObject(signer.publicKey), tbsCertificate.der, signatureValue.bytes);
  } catch (error) {
    throw new X509Error(`cannot verify the signature of ${describeName(subject)}: ${errorMessage(error)}`);
  }
}

function describeName(name: Uint8Array): string {
  try {
    const cn = commonNameOfDer(name);
    return cn === null ? "without common name" : `"${cn}"`;
  } catch {
    return "with an unreadable common name";
  }
}
