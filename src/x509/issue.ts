import * as asn1js from "asn1js";
import * as pkijs from "pkijs";

import { certificateToPem, decodeCertificate, parseCertificate } from "./certificate.js";
import { sameBytes, toHex } from "./der.js";
import { ensureEngine } from "./engine.js";
import { X509Error } from "./errors.js";
import {
  albatrossExtension,
  AUTHORITY_KEY_IDENTIFIER_OID,
  BASIC_CONSTRAINTS_OID,
  encodeAuthorityKeyIdentifier,
  encodeBasicConstraints,
  encodeExtendedKeyUsage,
  encodeKeyUsage,
  EXTENDED_KEY_USAGE_OID,
  extension,
  KEY_USAGE_OID,
  SUBJECT_KEY_IDENTIFIER_OID,
} from "./extensions.js";
import {
  decodePublicKeyInfo,
  DEFAULT_KEY_TYPE,
  generateKey,
  type KeyPair,
  type KeyType,
  keyIdentifier,
  signatureHash,
  type SigningKey,
} from "./keys.js";
import { commonNameSubject } from "./names.js";
import { derFromInput } from "./pem.js";
import { BUILTIN_PROFILES, type CertificateProfile, SECONDS_PER_DAY, withValidity } from "./profiles.js";

/** Who signs: a CA (its certificate and key) or the subject itself. */
export type Issuer =
  | { readonly kind: "ca"; readonly certificate: string | Uint8Array; readonly key: SigningKey }
  | { readonly kind: "self-signed"; readonly key: SigningKey };

export interface IssueRequest {
  readonly issuer: Issuer;
  readonly subjectCn: string;
  /** SubjectPublicKeyInfo DER; for a self-signed certificate, the issuer key's own. */
  readonly subjectPublicKey: Uint8Array;
  readonly profile: CertificateProfile;
  /** Value of the Albatross extension: required by the sub-CA and leaf profiles, refused by the others. */
  readonly albatrossExtension?: Uint8Array;
  readonly now?: Date;
}

export interface IssuedCertificate {
  readonly der: Uint8Array;
  readonly pem: string;
  readonly serialHex: string;
}

/** Tolerate clocks a little behind ours, as Albatross does. */
const BACKDATE_SECONDS = 10;

export async function issueCertificate(request: IssueRequest): Promise<IssuedCertificate> {
  const { issuer, profile } = request;
  const engine = issuer.key.engine ?? ensureEngine();
  checkAlbatrossExtension(profile, request.albatrossExtension);
  const subjectKeyInfo = decodePublicKeyInfo(request.subjectPublicKey);
  const subject = commonNameSubject(request.subjectCn);

  let issuerName: pkijs.RelativeDistinguishedNames;
  let issuerKeyId: Uint8Array;
  if (issuer.kind === "ca") {
    const caDer = derFromInput(issuer.certificate, "CERTIFICATE");
    const ca = parseCertificate(caDer);
    const caName = ca.subjectCn === null ? "without common name" : `"${ca.subjectCn}"`;
    if (!sameBytes(ca.publicKey, issuer.key.spki)) {
      throw new X509Error(`the public key of CA certificate ${caName} does not match the CA private key`);
    }
    if (ca.basicConstraints?.ca !== true) {
      throw new X509Error(`certificate ${caName} is not a CA (basicConstraints CA:TRUE missing)`);
    }
    if (ca.keyUsage !== null && !ca.keyUsage.usages.includes("keyCertSign")) {
      throw new X509Error(`certificate ${caName} may not sign certificates (keyUsage lacks keyCertSign)`);
    }
    issuerName = decodeCertificate(caDer).subject;
    issuerKeyId = ca.subjectKeyIdentifier === null ? keyIdentifier(ca.publicKey) : Buffer.from(ca.subjectKeyIdentifier, "hex");
  } else {
    if (!sameBytes(request.subjectPublicKey, issuer.key.spki)) {
      throw new X509Error("a self-signed certificate must certify the public key of its own signing key");
    }
    issuerName = subject;
    issuerKeyId = keyIdentifier(issuer.key.spki);
  }

  const now = wholeSeconds(request.now ?? new Date());
  const certificate = new pkijs.Certificate({
    version: 2,
    serialNumber: new asn1js.Integer({ valueHex: randomSerial() }),
    issuer: issuerName,
    subject,
    notBefore: certificateTime(new Date(now - BACKDATE_SECONDS * 1000)),
    notAfter: certificateTime(new Date(now + profile.validitySeconds * 1000)),
    subjectPublicKeyInfo: subjectKeyInfo,
    extensions: profileExtensions(profile, request.subjectPublicKey, issuerKeyId, request.albatrossExtension),
  });
  await certificate.sign(issuer.key.privateKey, signatureHash(issuer.key.keyType), engine);
  // encode the signed fields again: toSchema(false) re-parses them with asn1js's default limits
  const der = new Uint8Array(certificate.toSchema(true).toBER(false));
  return { der, pem: certificateToPem(der), serialHex: toHex(certificate.serialNumber.valueBlock.valueHexView) };
}

export interface GeneratedCa<K extends SigningKey = KeyPair> {
  readonly key: K;
  readonly certificate: IssuedCertificate;
}

/**
 * A self-signed root certificate (Albatross's `cacert`) by the root-ca
 * profile, for a fresh key of the given type or, as `albatross-client
 * generate` does when the key file exists, for an existing key.
 */
export async function generateCa(
  name: string,
  keyOrType?: KeyType | KeyPair,
  daysOrProfile?: number | CertificateProfile,
  now?: Date,
): Promise<GeneratedCa>;
export async function generateCa<K extends SigningKey>(
  name: string,
  key: K,
  daysOrProfile?: number | CertificateProfile,
  now?: Date,
): Promise<GeneratedCa<K>>;
export async function generateCa<K extends SigningKey>(
  name: string,
  keyOrType: KeyType | K = DEFAULT_KEY_TYPE,
  daysOrProfile?: number | CertificateProfile,
  now?: Date,
): Promise<GeneratedCa<K>> {
  const root = BUILTIN_PROFILES["root-ca"];
  const profile =
    daysOrProfile === undefined ? root : typeof daysOrProfile === "number" ? withValidity(root, daysOrProfile * SECONDS_PER_DAY) : daysOrProfile;
  if (profile.kind !== "root-ca") throw new X509Error(`a CA certificate needs a root-ca profile, not ${profile.kind} (${profile.source})`);
  const key = (typeof keyOrType === "string" ? await generateKey(keyOrType) : keyOrType) as K;
  const certificate = await issueCertificate({
    issuer: { kind: "self-signed", key },
    subjectCn: name,
    subjectPublicKey: key.spki,
    profile,
    ...(now === undefined ? {} : { now }),
  });
  return { key, certificate };
}

function checkAlbatrossExtension(profile: CertificateProfile, value: Uint8Array | undefined): void {
  if (profile.albatross && value === undefined) {
    throw new X509Error(`the ${profile.kind} profile (${profile.source}) requires an Albatross extension value`);
  }
  if (!profile.albatross && value !== undefined) {
    throw new X509Error(`the ${profile.kind} profile (${profile.source}) does not carry the Albatross extension`);
  }
}

/** In the order Albatross's certificates list them, so ours read the same in `openssl x509 -text`. */
function profileExtensions(
  profile: CertificateProfile,
  subjectPublicKey: Uint8Array,
  issuerKeyId: Uint8Array,
  albatrossValue: Uint8Array | undefined,
): pkijs.Extension[] {
  const extensions: pkijs.Extension[] = [];
  if (albatrossValue !== undefined) {
    extensions.push(albatrossExtension(albatrossValue));
  }
  if (profile.subjectKeyIdentifier) {
    const keyId = new asn1js.OctetString({ valueHex: keyIdentifier(subjectPublicKey) });
    extensions.push(extension(SUBJECT_KEY_IDENTIFIER_OID, false, keyId));
  }
  extensions.push(extension(KEY_USAGE_OID, profile.keyUsage.critical, encodeKeyUsage(profile.keyUsage.usages)));
  extensions.push(
    extension(BASIC_CONSTRAINTS_OID, profile.basicConstraints.critical, encodeBasicConstraints(profile.basicConstraints.ca)),
  );
  if (profile.authorityKeyIdentifier) {
    extensions.push(extension(AUTHORITY_KEY_IDENTIFIER_OID, false, encodeAuthorityKeyIdentifier(issuerKeyId)));
  }
  if (profile.extendedKeyUsage !== null) {
    const { critical, purposes } = profile.extendedKeyUsage;
    extensions.push(extension(EXTENDED_KEY_USAGE_OID, critical, encodeExtendedKeyUsage(purposes)));
  }
  return extensions;
}

/**
 * 16 random bytes as a positive, minimally encoded INTEGER: the top bit is
 * cleared (positive) and the first byte is never zero (no redundant leading octet).
 */
function randomSerial(): Uint8Array {
  const serial = globalThis.crypto.getRandomValues(new Uint8Array(16));
  serial[0] = serial[0]! & 0x7f || 0x01;
  return serial;
}

/**
 * RFC 5280 4.1.2.5: UTCTime through 2049, GeneralizedTime from 2050 (and
 * before 1950). pkijs would always pick UTCTime, and asn1js would write
 * milliseconds into a GeneralizedTime; the caller passes whole seconds.
 */
function certificateTime(date: Date): pkijs.Time {
  const year = date.getUTCFullYear();
  const type = year >= 1950 && year < 2050 ? pkijs.TimeType.UTCTime : pkijs.TimeType.GeneralizedTime;
  return new pkijs.Time({ type, value: date });
}

function wholeSeconds(date: Date): number {
  return Math.floor(date.getTime() / 1000) * 1000;
}
