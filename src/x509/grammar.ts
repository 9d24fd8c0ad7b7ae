// The X.509 structures inspect and audit read (RFC 5280, RFC 2986, RFC 4055),
// each declared once with our combinators, so that a certificate is read by
// our strict DER layer where it lies: a create certificate's image stays a
// view into the input, never copied (asn1js and pkijs held it several times
// over). Extension values are declared here too, and decoded from the
// extnValue octets by whoever needs them.

import type { Tlv } from "../asn1/der.js";
import {
  type Asn,
  any,
  type BitString,
  bitString,
  boolean,
  choice,
  explicit,
  generalizedTime,
  implicit,
  integer,
  integerOctets,
  keepingDer,
  map,
  octetString,
  oid,
  optional,
  type Read,
  required,
  sequence,
  sequenceOf,
  setOf,
  utcTime,
} from "../asn1/schema.js";
import { type Time, toCivil } from "../model/time.js";

/** AlgorithmIdentifier ::= SEQUENCE { algorithm OBJECT IDENTIFIER, parameters ANY DEFINED BY algorithm OPTIONAL } */
export interface AlgorithmIdentifier {
  readonly algorithm: string;
  readonly parameters: Tlv | undefined;
}

export const algorithmIdentifier: Asn<AlgorithmIdentifier> = sequence({
  algorithm: required(oid, "algorithm"),
  parameters: optional(any),
});

/** AttributeTypeAndValue ::= SEQUENCE { type AttributeType, value AttributeValue }; the value is any type, a DirectoryString mostly. */
export interface AttributeTypeAndValue {
  readonly type: string;
  readonly value: Tlv;
}

/** Name ::= SEQUENCE OF RelativeDistinguishedName; RelativeDistinguishedName ::= SET OF AttributeTypeAndValue */
export type Name = readonly (readonly AttributeTypeAndValue[])[];

export const name: Asn<Name> = sequenceOf(setOf(sequence({ type: required(oid, "type"), value: required(any, "value") })));

/** Time ::= CHOICE { utcTime UTCTime, generalTime GeneralizedTime }: UTCTime through 2049 (RFC 5280 4.1.2.5). */
const time: Asn<Time> = choice([utcTime, generalizedTime], (t) => {
  const year = toCivil(t).year;
  return year >= 1950 && year < 2050 ? 0 : 1;
});

/** Validity ::= SEQUENCE { notBefore Time, notAfter Time } */
export interface Validity {
  readonly notBefore: Time;
  readonly notAfter: Time;
}

const validity: Asn<Validity> = sequence({ notBefore: required(time, "notBefore"), notAfter: required(time, "notAfter") });

/** SubjectPublicKeyInfo ::= SEQUENCE { algorithm AlgorithmIdentifier, subjectPublicKey BIT STRING } */
export interface SubjectPublicKeyInfo {
  readonly algorithm: AlgorithmIdentifier;
  readonly subjectPublicKey: BitString;
}

const subjectPublicKeyInfo: Asn<SubjectPublicKeyInfo> = sequence({
  algorithm: required(algorithmIdentifier, "algorithm"),
  subjectPublicKey: required(bitString, "subjectPublicKey"),
});

/** Extension ::= SEQUENCE { extnID OBJECT IDENTIFIER, critical BOOLEAN DEFAULT FALSE, extnValue OCTET STRING } */
export interface Extension {
  readonly extnID: string;
  readonly critical: boolean;
  /** the DER of the extension's own value: a view into the certificate */
  readonly extnValue: Uint8Array;
}

const extension: Asn<Extension> = map(
  sequence({ extnID: required(oid, "extnID"), critical: optional(boolean), extnValue: required(octetString, "extnValue") }),
  (e) => ({ extnID: e.extnID, critical: e.critical ?? false, extnValue: e.extnValue }),
  (e) => ({ extnID: e.extnID, critical: e.critical ? true : undefined, extnValue: e.extnValue }),
);

/**
 * ```asn1
 * TBSCertificate ::= SEQUENCE {
 *   version         [0] EXPLICIT Version DEFAULT v1,   -- v1(0), v2(1), v3(2)
 *   serialNumber         CertificateSerialNumber,       -- INTEGER, up to 20 octets
 *   signature            AlgorithmIdentifier,
 *   issuer               Name,
 *   validity             Validity,
 *   subject              Name,
 *   subjectPublicKeyInfo SubjectPublicKeyInfo,
 *   issuerUniqueID  [1] IMPLICIT UniqueIdentifier OPTIONAL,
 *   subjectUniqueID [2] IMPLICIT UniqueIdentifier OPTIONAL,
 *   extensions      [3] EXPLICIT Extensions OPTIONAL }  -- SEQUENCE SIZE (1..MAX) OF Extension
 * ```
 * Names, key and algorithm keep their bytes: a chain links names byte for
 * byte, and the algorithm must be the outer one (RFC 5280 4.1.1.2).
 */
export interface TbsCertificate {
  /** 0 for v1 (absent), 2 for v3 */
  readonly version: number;
  /** the INTEGER's content octets */
  readonly serialNumber: Uint8Array;
  readonly signature: Read<AlgorithmIdentifier>;
  readonly issuer: Read<Name>;
  readonly validity: Validity;
  readonly subject: Read<Name>;
  readonly subjectPublicKeyInfo: Read<SubjectPublicKeyInfo>;
  readonly issuerUniqueID: BitString | undefined;
  readonly subjectUniqueID: BitString | undefined;
  readonly extensions: readonly Extension[] | undefined;
}

/**
 * A TBSCertificate's fields with `version` as one side or the other has it,
 * as one literal in the grammar's order (not { ...t, version }: a hidden
 * class of its own for each certificate).
 */
const withVersion = <V>(t: Omit<TbsCertificate, "version">, version: V) => ({
  version,
  serialNumber: t.serialNumber,
  signature: t.signature,
  issuer: t.issuer,
  validity: t.validity,
  subject: t.subject,
  subjectPublicKeyInfo: t.subjectPublicKeyInfo,
  issuerUniqueID: t.issuerUniqueID,
  subjectUniqueID: t.subjectUniqueID,
  // the grammar's value has a mutable list; neither side writes to it
  extensions: t.extensions as Extension[] | undefined,
});

const tbsCertificate: Asn<TbsCertificate> = map(
  sequence({
    version: optional(explicit(0, integer)),
    serialNumber: required(integerOctets, "serialNumber"),
    signature: required(keepingDer(algorithmIdentifier), "signature"),
    issuer: required(keepingDer(name), "issuer"),
    validity: required(validity, "validity"),
    subject: required(keepingDer(name), "subject"),
    subjectPublicKeyInfo: required(keepingDer(subjectPublicKeyInfo), "subjectPublicKeyInfo"),
    issuerUniqueID: optional(implicit(1, bitString)),
    subjectUniqueID: optional(implicit(2, bitString)),
    extensions: optional(explicit(3, sequenceOf(extension))),
  }),
  (t) => withVersion(t, Number(t.version ?? 0n)),
  (t) => withVersion(t, t.version === 0 ? undefined : BigInt(t.version)),
);

/** Certificate ::= SEQUENCE { tbsCertificate TBSCertificate, signatureAlgorithm AlgorithmIdentifier, signatureValue BIT STRING } */
export interface Certificate {
  /** with its bytes: what the signature covers */
  readonly tbsCertificate: Read<TbsCertificate>;
  readonly signatureAlgorithm: Read<AlgorithmIdentifier>;
  readonly signatureValue: BitString;
}

export const certificate: Asn<Certificate> = sequence({
  tbsCertificate: required(keepingDer(tbsCertificate), "tbsCertificate"),
  signatureAlgorithm: required(keepingDer(algorithmIdentifier), "signatureAlgorithm"),
  signatureValue: required(bitString, "signatureValue"),
});

/**
 * ```asn1
 * CertificationRequest ::= SEQUENCE {
 *   certificationRequestInfo SEQUENCE {
 *     version       INTEGER { v1(0) },
 *     subject       Name,
 *     subjectPKInfo SubjectPublicKeyInfo,
 *     attributes    [0] IMPLICIT SET OF Attribute },  -- Attribute ::= SEQUENCE { type, values SET OF ANY }
 *   signatureAlgorithm AlgorithmIdentifier,
 *   signature          BIT STRING }
 * ```
 * Which structure a DER file holds is told by this; `parseCsr` reads and checks a request in full.
 */
export const certificationRequest = sequence({
  certificationRequestInfo: required(
    sequence({
      version: required(integer, "version"),
      subject: required(name, "subject"),
      subjectPKInfo: required(subjectPublicKeyInfo, "subjectPKInfo"),
      attributes: required(implicit(0, setOf(sequence({ type: required(oid, "type"), values: required(setOf(any), "values") }))), "attributes"),
    }),
    "certificationRequestInfo",
  ),
  signatureAlgorithm: required(algorithmIdentifier, "signatureAlgorithm"),
  signature: required(bitString, "signature"),
});

// Extension values (RFC 5280 4.2.1)

/** BasicConstraints ::= SEQUENCE { cA BOOLEAN DEFAULT FALSE, pathLenConstraint INTEGER (0..MAX) OPTIONAL } */
export const basicConstraints = sequence({ cA: optional(boolean), pathLenConstraint: optional(integer) });

/** KeyUsage ::= BIT STRING (named bits: KEY_USAGES) */
export const keyUsage: Asn<BitString> = bitString;

/** ExtKeyUsageSyntax ::= SEQUENCE SIZE (1..MAX) OF KeyPurposeId */
export const extKeyUsage: Asn<string[]> = sequenceOf(oid);

/** SubjectKeyIdentifier ::= KeyIdentifier (OCTET STRING) */
export const subjectKeyIdentifier: Asn<Uint8Array> = octetString;

/**
 * AuthorityKeyIdentifier ::= SEQUENCE {
 *   keyIdentifier             [0] IMPLICIT KeyIdentifier OPTIONAL,
 *   authorityCertIssuer       [1] IMPLICIT GeneralNames OPTIONAL,
 *   authorityCertSerialNumber [2] IMPLICIT CertificateSerialNumber OPTIONAL }
 */
export const authorityKeyIdentifier = sequence({
  keyIdentifier: optional(implicit(0, octetString)),
  authorityCertIssuer: optional(implicit(1, sequenceOf(any))),
  authorityCertSerialNumber: optional(implicit(2, integerOctets)),
});

/** certificatePolicies ::= SEQUENCE SIZE (1..MAX) OF PolicyInformation { policyIdentifier, policyQualifiers SEQUENCE OF ANY OPTIONAL } */
export const certificatePolicies = sequenceOf(
  sequence({ policyIdentifier: required(oid, "policyIdentifier"), policyQualifiers: optional(sequenceOf(any)) }),
);

/**
 * RSASSA-PSS-params ::= SEQUENCE {              (RFC 4055 3.1)
 *   hashAlgorithm    [0] HashAlgorithm    DEFAULT sha1,
 *   maskGenAlgorithm [1] MaskGenAlgorithm DEFAULT mgf1SHA1,
 *   saltLength       [2] INTEGER          DEFAULT 20,
 *   trailerField     [3] TrailerField     DEFAULT trailerFieldBC (1) }
 */
export const rsassaPssParams = sequence({
  hashAlgorithm: optional(explicit(0, algorithmIdentifier)),
  maskGenAlgorithm: optional(explicit(1, algorithmIdentifier)),
  saltLength: optional(explicit(2, integer)),
  trailerField: optional(explicit(3, integer)),
});
