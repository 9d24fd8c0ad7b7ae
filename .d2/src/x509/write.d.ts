import { type Encoded } from "../asn1/der.js";
import { type KeyType, type SigningKey } from "./keys.js";
export declare const sequence: (...inner: Encoded[]) => Encoded;
export declare const set: (...inner: Encoded[]) => Encoded;
export declare const octetString: (bytes: Uint8Array | Encoded) => Encoded;
export declare const explicit: (num: number, inner: Encoded) => Encoded;
export declare const primitive: (num: number, bytes: Uint8Array) => Encoded;
export declare const TRUE: Encoded;
/** A positive INTEGER from its minimal two's-complement content octets. */
export declare const integer: (content: Uint8Array) => Encoded;
/** The content octets of an OBJECT IDENTIFIER (X.690 8.19). */
export declare function oidContent(dotted: string): Uint8Array;
export declare const oid: (dotted: string) => Encoded;
/** BIT STRING with `unusedBits` unused bits in its last octet. */
export declare const bitString: (bytes: Uint8Array, unusedBits?: number) => Encoded;
/** `CN=<name>` and nothing else, as a UTF8String like Albatross writes it. */
export declare function commonNameName(commonName: string): Encoded;
/** Extension ::= SEQUENCE { extnID, critical BOOLEAN DEFAULT FALSE, extnValue OCTET STRING } */
export declare function extension(id: string, critical: boolean, value: Uint8Array | Encoded): Encoded;
export declare const signatureAlgorithm: (keyType: KeyType) => Encoded;
/**
 * `SEQUENCE { tbs, signatureAlgorithm, BIT STRING signature }` (a certificate
 * or a request). The result is the only copy of the signed bytes: Ed25519
 * signs the TBS inside it, the digest schemes hash it part by part first.
 * A key that brings its own engine (a token's) signs through it.
 */
export declare function signed(tbs: Encoded, key: SigningKey): Promise<Uint8Array>;
