import * as asn1js from "asn1js";
/**
 * asn1js refuses values over 16 MiB (and 10,000 nodes) by default, and looks
 * for ASN.1 inside every OCTET STRING. A create certificate carries a whole
 * unikernel image in its extension: images are opaque bytes, and they may be
 * large (Albatross itself has no limit below its 64-bit lengths).
 */
export declare const BER_OPTIONS: {
    readonly maxContentLength: number;
    readonly maxNodes: 1000000;
    readonly parseEmbedded: false;
};
/**
 * Parse one complete BER/DER value. asn1js's `fromBER` silently ignores
 * trailing bytes, so a certificate with garbage appended would be accepted;
 * we insist that the value spans the whole input.
 */
export declare function parseDer(bytes: Uint8Array, what: string): asn1js.AsnType;
/**
 * An ArrayBuffer holding exactly these bytes. Node Buffers are views into a
 * shared pool, so handing `bytes.buffer` to pkijs would hand it foreign data.
 */
export declare function exactArrayBuffer(bytes: Uint8Array): ArrayBuffer;
export declare function toHex(bytes: Uint8Array): string;
export declare function sameBytes(a: Uint8Array, b: Uint8Array): boolean;
/** The dotted form of an OBJECT IDENTIFIER's content octets, for messages and tables. */
export declare function dottedOid(c: Uint8Array): string;
