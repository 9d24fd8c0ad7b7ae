import { randomBytes } from "node:crypto";

import { children, Cls, type Encoded, encodedBytes, readTlv } from "../asn1/der.js";
import { certificateToPem, parseCertificate } from "./certificate.js";
import { sameBytes, toHex } from "./der.js";
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
  KEY_USAGE_OID,
  SUBJECT_KEY_IDENTIFIER_OID,
} from "./extensions.js";
import { checkPublicKeyInfo, DEFAULT_KEY_TYPE, generateKey, type KeyPair, type KeyType, keyIdentifier, type SigningKey } from "./keys.js";
import { derFromInput } from "./pem.js";
import { BUILTIN_PROFILES, type CertificateProfile, SECONDS_PER_DAY, withValidity } from "./profiles.js";
import {
  commonNameName,
  explicit,
  extension,
  integer,
  octetString,
  primitive,
  sequence,
  signatureAlgorithm,
  signed,
} from "./write.js";

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
  /** Value of the Albatross extension (or its parts): required by the sub-CA and leaf profiles, refused by the others. */
  readonly albatrossExtension?: Uint8Array | Encoded;
  readonly now?: Date;
}

export interface IssuedCertificate {
  readonly der: Uint8Array;
  /** made each time it is read: a certificate with a whole image is not held twice (`pemText` writes it in pieces); not carried by a spread */
  readonly pem: string;
  readonly serialHex: string;
}

/** [0] EXPLICIT version v3 (2), the same in every certificate (an Encoded is never changed). */
const VERSION_3 = explicit(0, integer(Uint8Array.of(2)));

/** Tolerate clocks a little behind ours, as Albatross does. */
const BACKDATE_SECONDS = 10;

export async function issueCertificate(request: IssueRequest): Promise<IssuedCertificate> {
  const { issuer, profile } = request;
  checkAlbatrossExtension(profile, request.albatrossExtension);
  checkPublicKeyInfo(request.subjectPublicKey);
  const subject = commonNameName(request.subjectCn);

  let issuerName: Encoded;
  let issuerKeyId: Uint8Array;
  if (issuer.kind === "ca") {
    ({ name: issuerName, keyId: issuerKeyId } = signingCa(issuer.certificate, issuer.key));
  } else {
    if (!sameBytes(request.subjectPublicKey, issuer.key.spki)) {
      throw new X509Error("a self-signed certificate must certify the public key of its own signing key");
    }
    issuerName = subject;
    issuerKeyId = keyIdentifier(issuer.key.spki);
  }

  const now = wholeSeconds(request.now ?? new Date());
  const serial = randomSerial();
  const tbs = sequence(
    VERSION_3,
    integer(serial),
    signatureAlgorithm(issuer.key.keyType),
    issuerName,
    sequence(certificateTime(new Date(now - BACKDATE_SECONDS * 1000)), certificateTime(new Date(now + profile.validitySeconds * 1000))),
    subject,
    encodedBytes(request.subjectPublicKey),
    explicit(3, sequence(...profileExtensions(profile, request.subjectPublicKey, issuerKeyId, request.albatrossExtension))),
  );
  return new Issued(await signed(tbs, issuer.key), toHex(serial));
}

/**
 * `pem` is a getter of the class, not of each certificate: an object literal
 * with a getter of its own is a slow dictionary each time, in V8. Spreading
 * one does not make the text either.
 */
class Issued implements IssuedCertificate {
  constructor(
    readonly der: Uint8Array,
    readonly serialHex: string,
  ) {}

  get pem(): string {
    return certificateToPem(this.der);
  }
}

interface SigningCa {
  readonly certificate: string | Uint8Array;
  /** the CA's subject, as the exact bytes an issuer field repeats */
  readonly name: Encoded;
  readonly keyId: Uint8Array;
}

/** The last CA each key signed for: a batch of leaves parses and checks its CA certificate once. */
const signingCas = new WeakMap<SigningKey, SigningCa>();

function signingCa(certificate: string | Uint8Array, key: SigningKey): SigningCa {
  const known = signingCas.get(key);
  if (known !== undefined && known.certificate === certificate) return known;
  const caDer = derFromInput(certificate, "CERTIFICATE");
  const ca = parseCertificate(caDer);
  const caName = ca.subjectCn === null ? "without common name" : `"${ca.subjectCn}"`;
  if (!sameBytes(ca.publicKey, key.spki)) {
    throw new X509Error(`the public key of CA certificate ${caName} does not match the CA private key`);
  }
  if (ca.basicConstraints?.ca !== true) {
    throw new X509Error(`certificate ${caName} is not a CA (basicConstraints CA:TRUE missing)`);
  }
  if (ca.keyUsage !== null && !ca.keyUsage.usages.includes("keyCertSign")) {
    throw new X509Error(`certificate ${caName} may not sign certificates (keyUsage lacks keyCertSign)`);
  }
  const keyId = ca.subjectKeyIdentifier === null ? keyIdentifier(ca.publicKey) : Buffer.from(ca.subjectKeyIdentifier, "hex");
  const signing = { certificate, name: encodedBytes(subjectNameOf(caDer)), keyId };
  signingCas.set(key, signing);
  return signing;
}

/** The subject field of a certificate, as it is encoded there. */
function subjectNameOf(der: Uint8Array): Uint8Array {
  const certificate = readTlv(der, 0, der.length);
  const tbs = readTlv(der, certificate.start, certificate.end);
  const fields = children(der, tbs.start, tbs.end);
  // [0] version, serialNumber, signature, issuer, validity, subject
  const subject = fields[fields[0]?.cls === Cls.Context ? 5 : 4]!;
  return der.subarray(subject.at, subject.end);
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

function checkAlbatrossExtension(profile: CertificateProfile, value: Uint8Array | Encoded | undefined): void {
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
  albatrossValue: Uint8Array | Encoded | undefined,
): Encoded[] {
  const extensions: Encoded[] = [];
  if (albatrossValue !== undefined) {
    extensions.push(albatrossExtension(albatrossValue));
  }
  if (profile.subjectKeyIdentifier) {
    extensions.push(extension(SUBJECT_KEY_IDENTIFIER_OID, false, octetString(keyIdentifier(subjectPublicKey))));
  }
  const { keyUsage, basicConstraints, extendedKeyUsage } = profile;
  extensions.push(once(keyUsage, () => extension(KEY_USAGE_OID, keyUsage.critical, encodeKeyUsage(keyUsage.usages))));
  extensions.push(
    once(basicConstraints, () => extension(BASIC_CONSTRAINTS_OID, basicConstraints.critical, encodeBasicConstraints(basicConstraints.ca))),
  );
  if (profile.authorityKeyIdentifier) {
    extensions.push(once(issuerKeyId, () => extension(AUTHORITY_KEY_IDENTIFIER_OID, false, encodeAuthorityKeyIdentifier(issuerKeyId))));
  }
  if (extendedKeyUsage !== null) {
    extensions.push(once(extendedKeyUsage, () => extension(EXTENDED_KEY_USAGE_OID, extendedKeyUsage.critical, encodeExtendedKeyUsage(extendedKeyUsage.purposes))));
  }
  return extensions;
}

/**
 * The extensions a profile (and an issuer's key identifier) fixes, encoded
 * once: a profile with another validity shares its parts (withValidity), and
 * an Encoded is never changed, only copied into what holds it.
 */
const encodedExtensions = new WeakMap<object, Encoded>();

function once(key: object, encode: () => Encoded): Encoded {
  let encoded = encodedExtensions.get(key);
  if (encoded === undefined) {
    encoded = encode();
    encodedExtensions.set(key, encoded);
  }
  return encoded;
}

/**
 * 16 random bytes as a positive, minimally encoded INTEGER: the top bit is
 * cleared (positive) and the first byte is never zero (no redundant leading octet).
 */
function randomSerial(): Uint8Array {
  // drawn from a pool: one call into the random generator costs as much as hashing a certificate
  if (randomPool.length - randomUsed < 16) {
    randomPool = randomBytes(4096);
    randomUsed = 0;
  }
  const serial = Uint8Array.from(randomPool.subarray(randomUsed, (randomUsed += 16)));
  randomPool.fill(0, randomUsed - 16, randomUsed);
  serial[0] = serial[0]! & 0x7f || 0x01;
  return serial;
}

let randomPool = Buffer.alloc(0);
let randomUsed = 0;

/** RFC 5280 4.1.2.5: UTCTime through 2049, GeneralizedTime from 2050 (and before 1950); whole seconds, Z. */
function certificateTime(date: Date): Encoded {
  // a batch signs many certificates within one second: the same two times
  const known = recentTimes.get(date.getTime());
  if (known !== undefined) return known;
  const encoded = encodeTime(date);
  if (recentTimes.size >= 4) recentTimes.clear();
  recentTimes.set(date.getTime(), encoded);
  return encoded;
}

const recentTimes = new Map<number, Encoded>();

function encodeTime(date: Date): Encoded {
  const year = date.getUTCFullYear();
  const digits = date.toISOString().replace(/\.\d+Z$/, "").replace(/[-T:]/g, "");
  return year >= 1950 && year < 2050
    ? primitive(23, Buffer.from(`${digits.slice(2)}Z`, "latin1"))
    : primitive(24, Buffer.from(`${digits}Z`, "latin1"));
}

function wholeSeconds(date: Date): number {
  return Math.floor(date.getTime() / 1000) * 1000;
}
