import { createHash } from "node:crypto";

import * as pkijs from "pkijs";

import { parseDer, sameBytes, toHex } from "./der.js";
import { ensureEngine } from "./engine.js";
import { errorMessage, X509Error } from "./errors.js";
import { decodeExtensions, type DecodedExtensions } from "./extensions.js";
import { type KeyType, keyTypeOfSpki } from "./keys.js";
import { commonNameOf } from "./names.js";
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
  const subject = decodeCertificate(derFromInput(certificate, "CERTIFICATE"));
  const signer = decodeCertificate(derFromInput(issuer, "CERTIFICATE"));
  try {
    return await subject.verify(signer, ensureEngine());
  } catch (error) {
    throw new X509Error(`cannot verify the signature of ${describeSubject(subject)}: ${errorMessage(error)}`);
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
