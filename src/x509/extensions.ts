import { Cls, type Encoded, encodedBytes, firstPart, readTlv, type Tlv, wrap } from "../asn1/der.js";
import { type Asn, decodeStrict } from "../asn1/schema.js";
import { toHex } from "./der.js";
import { errorMessage, X509Error } from "./errors.js";
import {
  authorityKeyIdentifier,
  basicConstraints,
  certificatePolicies,
  type Extension,
  extKeyUsage,
  keyUsage,
  subjectKeyIdentifier,
} from "./grammar.js";
import { bitString, extension, oid, sequence, TRUE } from "./write.js";

/** Albatross's private extension: `SEQUENCE { version INTEGER, command }`, always non-critical. */
export const ALBATROSS_EXTENSION_OID = "1.3.6.1.4.1.49836.42";
/** PKCS#9 extensionRequest, the CSR attribute that carries requested extensions. */
export const EXTENSION_REQUEST_OID = "1.2.840.113549.1.9.14";

export const SUBJECT_KEY_IDENTIFIER_OID = "2.5.29.14";
export const KEY_USAGE_OID = "2.5.29.15";
export const BASIC_CONSTRAINTS_OID = "2.5.29.19";
export const AUTHORITY_KEY_IDENTIFIER_OID = "2.5.29.35";
export const EXTENDED_KEY_USAGE_OID = "2.5.29.37";
export const CERTIFICATE_POLICIES_OID = "2.5.29.32";

/**
 * ```asn1
 * KeyUsage ::= BIT STRING { digitalSignature (0), contentCommitment (1), keyEncipherment (2),
 *   dataEncipherment (3), keyAgreement (4), keyCertSign (5), cRLSign (6), encipherOnly (7), decipherOnly (8) }
 * ```
 * The array index is the bit number.
 */
export const KEY_USAGES = [
  "digitalSignature",
  "contentCommitment",
  "keyEncipherment",
  "dataEncipherment",
  "keyAgreement",
  "keyCertSign",
  "cRLSign",
  "encipherOnly",
  "decipherOnly",
] as const;
export type KeyUsageName = (typeof KEY_USAGES)[number];

export const EXTENDED_KEY_USAGES = {
  serverAuth: "1.3.6.1.5.5.7.3.1",
  clientAuth: "1.3.6.1.5.5.7.3.2",
  codeSigning: "1.3.6.1.5.5.7.3.3",
  emailProtection: "1.3.6.1.5.5.7.3.4",
  timeStamping: "1.3.6.1.5.5.7.3.8",
  OCSPSigning: "1.3.6.1.5.5.7.3.9",
} as const;
export type ExtendedKeyUsageName = keyof typeof EXTENDED_KEY_USAGES;

export function isKeyUsageName(value: string): value is KeyUsageName {
  return (KEY_USAGES as readonly string[]).includes(value);
}

export function isExtendedKeyUsageName(value: string): value is ExtendedKeyUsageName {
  return Object.hasOwn(EXTENDED_KEY_USAGES, value);
}

/**
 * Our extension, always non-critical: Albatross's X.509 validation rejects
 * critical extensions it does not handle itself. The value is opaque here,
 * but it must at least be one complete TLV.
 */
export function albatrossExtension(value: Uint8Array | Encoded): Encoded {
  const first = value instanceof Uint8Array ? value : firstPart(value)!;
  const length = value.length;
  let end: number;
  try {
    end = readTlv(first, 0, first.length === length ? length : Number.MAX_SAFE_INTEGER).end;
  } catch (error) {
    throw new X509Error(`Albatross extension value: ${errorMessage(error)}`);
  }
  if (end !== length) throw new X509Error(`Albatross extension value: ${length - end} trailing bytes after the ASN.1 value`);
  return extension(ALBATROSS_EXTENSION_OID, false, value);
}

/** DER named BIT STRING: trailing zero bits are dropped (X.690 11.2.2). */
export function encodeKeyUsage(usages: readonly KeyUsageName[]): Encoded {
  const bitNumbers = usages.map((usage) => KEY_USAGES.indexOf(usage));
  const highest = Math.max(...bitNumbers);
  const bytes = new Uint8Array((highest >> 3) + 1);
  for (const bit of bitNumbers) {
    bytes[bit >> 3]! |= 0x80 >> (bit & 7);
  }
  return bitString(bytes, 7 - (highest & 7));
}

export function encodeExtendedKeyUsage(purposes: readonly ExtendedKeyUsageName[]): Encoded {
  return sequence(...purposes.map((purpose) => oid(EXTENDED_KEY_USAGES[purpose])));
}

/** cA is DEFAULT FALSE, so only a CA's says anything; no path length. */
export function encodeBasicConstraints(ca: boolean): Encoded {
  return ca ? sequence(TRUE) : sequence();
}

/** keyIdentifier [0] IMPLICIT OCTET STRING, alone. */
export function encodeAuthorityKeyIdentifier(keyId: Uint8Array): Encoded {
  return sequence(wrap(Cls.Context, false, 0, [encodedBytes(keyId)]));
}

export interface BasicConstraintsInfo {
  readonly critical: boolean;
  readonly ca: boolean;
  readonly pathLength: number | null;
}

export interface KeyUsageInfo {
  readonly critical: boolean;
  readonly usages: readonly KeyUsageName[];
}

export interface ExtendedKeyUsageInfo {
  readonly critical: boolean;
  /** Known purposes by name, others as dotted OIDs. */
  readonly purposes: readonly string[];
}

/** What the extensions of a certificate say, decoded strictly: a malformed standard extension is an error. */
export interface DecodedExtensions {
  readonly basicConstraints: BasicConstraintsInfo | null;
  readonly keyUsage: KeyUsageInfo | null;
  readonly extendedKeyUsage: ExtendedKeyUsageInfo | null;
  /** Lowercase hex. */
  readonly subjectKeyIdentifier: string | null;
  /** The keyIdentifier field, lowercase hex. */
  readonly authorityKeyIdentifier: string | null;
  /** Raw value (the DER inside the OCTET STRING); decoding it is the codec's job. */
  readonly albatrossExtension: { readonly value: Uint8Array; readonly critical: boolean } | null;
}

export function decodeExtensions(extensions: readonly Extension[]): DecodedExtensions {
  const seen = new Set<string>();
  const decoded: {
    -readonly [K in keyof DecodedExtensions]: DecodedExtensions[K];
  } = {
    basicConstraints: null,
    keyUsage: null,
    extendedKeyUsage: null,
    subjectKeyIdentifier: null,
    authorityKeyIdentifier: null,
    albatrossExtension: null,
  };
  for (const { extnID, critical, extnValue: value } of extensions) {
    if (seen.has(extnID)) {
      throw new X509Error(`extension ${extnID} appears more than once`);
    }
    seen.add(extnID);
    switch (extnID) {
      case BASIC_CONSTRAINTS_OID: {
        const { cA, pathLenConstraint } = decodeValue(basicConstraints, value, "basicConstraints");
        decoded.basicConstraints = { critical, ca: cA ?? false, pathLength: pathLenConstraint === undefined ? null : Number(pathLenConstraint) };
        break;
      }
      case KEY_USAGE_OID: {
        const { bytes } = decodeValue(keyUsage, value, "keyUsage");
        decoded.keyUsage = { critical, usages: KEY_USAGES.filter((_, bit) => ((bytes[bit >> 3] ?? 0) & (0x80 >> (bit & 7))) !== 0) };
        break;
      }
      case EXTENDED_KEY_USAGE_OID: {
        const names = Object.entries(EXTENDED_KEY_USAGES);
        const purposes = decodeValue(extKeyUsage, value, "extendedKeyUsage");
        decoded.extendedKeyUsage = { critical, purposes: purposes.map((oid) => names.find(([, known]) => known === oid)?.[0] ?? oid) };
        break;
      }
      case SUBJECT_KEY_IDENTIFIER_OID:
        decoded.subjectKeyIdentifier = toHex(decodeValue(subjectKeyIdentifier, value, "subjectKeyIdentifier"));
        break;
      case AUTHORITY_KEY_IDENTIFIER_OID: {
        const { keyIdentifier } = decodeValue(authorityKeyIdentifier, value, "authorityKeyIdentifier");
        decoded.authorityKeyIdentifier = keyIdentifier === undefined ? null : toHex(keyIdentifier);
        break;
      }
      case ALBATROSS_EXTENSION_OID:
        // a view into the certificate: a create certificate's value is a whole image
        decoded.albatrossExtension = { value, critical };
        break;
    }
  }
  return decoded;
}

/** The policy identifiers of a certificatePolicies extension; none when it is absent or malformed (it only matters to an audit's leaf check). */
export function policyIdentifiers(extensions: readonly Extension[]): string[] {
  const ext = extensions.find((e) => e.extnID === CERTIFICATE_POLICIES_OID);
  if (ext === undefined) return [];
  try {
    return decodeStrict(certificatePolicies, ext.extnValue).map((p) => p.policyIdentifier);
  } catch {
    return [];
  }
}

/** An extension's value read whole as `asn`; what is not is an error naming the extension. */
function decodeValue<T>(asn: Asn<T>, value: Uint8Array, what: string): T {
  let t: Tlv;
  try {
    t = readTlv(value, 0, value.length);
  } catch (error) {
    throw new X509Error(`${what}: malformed ASN.1 (${errorMessage(error)})`);
  }
  if (t.end !== value.length) throw new X509Error(`${what}: ${value.length - t.end} trailing bytes after the ASN.1 value`);
  try {
    return asn.decode(t);
  } catch (error) {
    throw new X509Error(`${what}: malformed (${errorMessage(error)})`);
  }
}
