import * as pkijs from "pkijs";
import { type Encoded } from "../asn1/der.js";
/** Albatross's private extension: `SEQUENCE { version INTEGER, command }`, always non-critical. */
export declare const ALBATROSS_EXTENSION_OID = "1.3.6.1.4.1.49836.42";
/** PKCS#9 extensionRequest, the CSR attribute that carries requested extensions. */
export declare const EXTENSION_REQUEST_OID = "1.2.840.113549.1.9.14";
export declare const SUBJECT_KEY_IDENTIFIER_OID = "2.5.29.14";
export declare const KEY_USAGE_OID = "2.5.29.15";
export declare const BASIC_CONSTRAINTS_OID = "2.5.29.19";
export declare const AUTHORITY_KEY_IDENTIFIER_OID = "2.5.29.35";
export declare const EXTENDED_KEY_USAGE_OID = "2.5.29.37";
/**
 * ```asn1
 * KeyUsage ::= BIT STRING { digitalSignature (0), contentCommitment (1), keyEncipherment (2),
 *   dataEncipherment (3), keyAgreement (4), keyCertSign (5), cRLSign (6), encipherOnly (7), decipherOnly (8) }
 * ```
 * The array index is the bit number.
 */
export declare const KEY_USAGES: readonly ["digitalSignature", "contentCommitment", "keyEncipherment", "dataEncipherment", "keyAgreement", "keyCertSign", "cRLSign", "encipherOnly", "decipherOnly"];
export type KeyUsageName = (typeof KEY_USAGES)[number];
export declare const EXTENDED_KEY_USAGES: {
    readonly serverAuth: "1.3.6.1.5.5.7.3.1";
    readonly clientAuth: "1.3.6.1.5.5.7.3.2";
    readonly codeSigning: "1.3.6.1.5.5.7.3.3";
    readonly emailProtection: "1.3.6.1.5.5.7.3.4";
    readonly timeStamping: "1.3.6.1.5.5.7.3.8";
    readonly OCSPSigning: "1.3.6.1.5.5.7.3.9";
};
export type ExtendedKeyUsageName = keyof typeof EXTENDED_KEY_USAGES;
export declare function isKeyUsageName(value: string): value is KeyUsageName;
export declare function isExtendedKeyUsageName(value: string): value is ExtendedKeyUsageName;
/**
 * Our extension, always non-critical: Albatross's X.509 validation rejects
 * critical extensions it does not handle itself. The value is opaque here,
 * but it must at least be one complete TLV.
 */
export declare function albatrossExtension(value: Uint8Array | Encoded): Encoded;
/** DER named BIT STRING: trailing zero bits are dropped (X.690 11.2.2). */
export declare function encodeKeyUsage(usages: readonly KeyUsageName[]): Encoded;
export declare function encodeExtendedKeyUsage(purposes: readonly ExtendedKeyUsageName[]): Encoded;
/** cA is DEFAULT FALSE, so only a CA's says anything; no path length. */
export declare function encodeBasicConstraints(ca: boolean): Encoded;
/** keyIdentifier [0] IMPLICIT OCTET STRING, alone. */
export declare function encodeAuthorityKeyIdentifier(keyId: Uint8Array): Encoded;
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
    readonly albatrossExtension: {
        readonly value: Uint8Array;
        readonly critical: boolean;
    } | null;
}
export declare function decodeExtensions(extensions: readonly pkijs.Extension[]): DecodedExtensions;
