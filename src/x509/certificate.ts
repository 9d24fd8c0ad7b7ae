import { createHash } from "node:crypto";

import * as pkijs from "pkijs";

import { children, Cls, content, readTlv, type Tlv } from "../asn1/der.js";
import { parseDer, sameBytes, toHex } from "./der.js";
import { knownSignatureAlgorithm, verifySignature } from "./verify.js";
import { ensureEngine } from "./engine.js";
import { errorMessage, X509Error } from "./errors.js";
import { decodeExtensions, type DecodedExtensions } from "./extensions.js";
import { type KeyType, keyTypeOfSpki, publicKeyObject } from "./keys.js";
import { commonNameOf, commonNameOfDer } from "./names.js";
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

/** Parse one certificate given as PEM (exactly one block) or DER. */
export function parseCertificate(input: string | Uint8Array): CertificateInfo {
  const der = derFromInput(input, "CERTIFICATE");
  const certificate = decodeCertificate(der);
  let extensions: DecodedExtensions;
  try {
    extensions = decodeExtensions(certificate.extensions ?? []);
  } catch (error) {
    throw new X509Error(`certificate ${describeSubject(certificate)}: ${errorMessage(error)}`);
  }
  const publicKey = new Uint8Array(certificate.subjectPublicKeyInfo.toSchema().toBER(false));
  return {
    der,
    subjectCn: commonNameOf(certificate.subject),
    issuerCn: commonNameOf(certificate.issuer),
    selfIssued: sameBytes(encodedName(certificate.subject), encodedName(certificate.issuer)),
    serialHex: toHex(certificate.serialNumber.valueBlock.valueHexView),
    notBefore: certificate.notBefore.value,
    notAfter: certificate.notAfter.value,
    publicKey,
    publicKeyType: keyTypeOfSpki(publicKey),
    fingerprintSha256: createHash("sha256").update(der).digest("hex"),
    ...extensions,
  };
}

/** Whether `certificate` carries a valid signature by the key of `issuer` (names are not compared). */
export async function verifyCertificateSignature(
  certificate: string | Uint8Array,
  issuer: string | Uint8Array,
): Promise<boolean> {
  const der = derFromInput(certificate, "CERTIFICATE");
  const signer = parseCertificate(derFromInput(issuer, "CERTIFICATE"));
  // our TLV reader and node:crypto: the signed part is checked where it lies (pkijs copied a 64 MB
  // image's TBS several times over and verified through a JavaScript Ed25519: minutes and gigabytes)
  let fields: { tbs: Tlv; algorithm: Tlv; signature: Uint8Array; subject: Tlv };
  try {
    fields = signedFields(der);
  } catch (error) {
    if (error instanceof X509Error) throw error;
    throw new X509Error(`not a valid X.509 certificate: ${errorMessage(error)}`);
  }
  const { tbs, algorithm, signature, subject } = fields;
  try {
    if (!knownSignatureAlgorithm(algorithm)) {
      // the rest (RSA-PSS and its parameters) through pkijs: certificates with such signatures carry no images
      return await decodeCertificate(der).verify(decodeCertificate(signer.der), ensureEngine());
    }
    return verifySignature(algorithm, publicKeyObject(signer.publicKey), der.subarray(tbs.at, tbs.end), signature);
  } catch (error) {
    throw new X509Error(`cannot verify the signature of ${describeName(der.subarray(subject.at, subject.end))}: ${errorMessage(error)}`);
  }
}

/** A certificate's signed part, its signature algorithm (the same inside and out, RFC 5280 4.1.1.2), signature and subject. */
function signedFields(der: Uint8Array): { tbs: Tlv; algorithm: Tlv; signature: Uint8Array; subject: Tlv } {
  const outer = readTlv(der, 0, der.length);
  if (outer.end !== der.length) throw new Error(`${der.length - outer.end} trailing bytes`);
  const [tbs, algorithm, signature] = children(der, outer.start, outer.end);
  if (tbs === undefined || algorithm === undefined || signature === undefined || signature.num !== 3) throw new Error("expected TBS, algorithm, signature");
  const inside = children(der, tbs.start, tbs.end);
  const at = inside[0]?.cls === Cls.Context ? 1 : 0;
  const [inner, subject] = [inside[at + 1], inside[at + 4]];
  if (inner === undefined || subject === undefined) throw new Error("the signed part is incomplete");
  if (!sameBytes(der.subarray(inner.at, inner.end), der.subarray(algorithm.at, algorithm.end))) {
    throw new X509Error(`certificate ${describeName(der.subarray(subject.at, subject.end))}: signature algorithm differs inside and outside the signed part`);
  }
  const bits = content(signature);
  if (bits[0] !== 0) throw new Error("the signature BIT STRING has unused bits");
  return { tbs, algorithm, signature: bits.subarray(1), subject };
}

function describeName(name: Uint8Array): string {
  try {
    const cn = commonNameOfDer(name);
    return cn === null ? "without common name" : `"${cn}"`;
  } catch {
    return "with an unreadable common name";
  }
}

/** The pkijs object, for issuing; the outer and inner signature algorithms must agree (RFC 5280 4.1.1.2). */
export function decodeCertificate(der: Uint8Array): pkijs.Certificate {
  const schema = parseDer(der, "certificate");
  let certificate: pkijs.Certificate;
  try {
    certificate = new pkijs.Certificate({ schema });
  } catch (error) {
    throw new X509Error(`not a valid X.509 certificate: ${errorMessage(error)}`);
  }
  const inner = new Uint8Array(certificate.signature.toSchema().toBER(false));
  const outer = new Uint8Array(certificate.signatureAlgorithm.toSchema().toBER(false));
  if (!sameBytes(inner, outer)) {
    throw new X509Error(`certificate ${describeSubject(certificate)}: signature algorithm differs inside and outside the signed part`);
  }
  return certificate;
}

/** The DER of a name: an issuer names its signer by these exact bytes. */
export function encodedName(name: pkijs.RelativeDistinguishedNames): Uint8Array {
  return new Uint8Array(name.toSchema().toBER(false));
}

function describeSubject(certificate: pkijs.Certificate): string {
  try {
    const cn = commonNameOf(certificate.subject);
    return cn === null ? "without common name" : `"${cn}"`;
  } catch {
    return "with an unreadable common name";
  }
}
