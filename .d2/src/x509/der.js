import * as asn1js from "asn1js";
import { X509Error } from "./errors.js";
/**
 * asn1js refuses values over 16 MiB (and 10,000 nodes) by default, and looks
 * for ASN.1 inside every OCTET STRING. A create certificate carries a whole
 * unikernel image in its extension: images are opaque bytes, and they may be
 * large (Albatross itself has no limit below its 64-bit lengths).
 */
export const BER_OPTIONS = { maxContentLength: 2 ** 31, maxNodes: 1_000_000, parseEmbedded: false };
/**
 * Parse one complete BER/DER value. asn1js's `fromBER` silently ignores
 * trailing bytes, so a certificate with garbage appended would be accepted;
 * we insist that the value spans the whole input.
 */
export function parseDer(bytes, what) {
    let parsed;
    try {
        parsed = asn1js.fromBER(bytes, BER_OPTIONS);
    }
    catch (e) {
        // asn1js throws on some malformed contents (a GeneralizedTime that is no
        // time, a UniversalString of 5 bytes) instead of reporting them
        throw new X509Error(`${what}: malformed ASN.1 (${e.message})`);
    }
    if (parsed.offset === -1) {
        throw new X509Error(`${what}: malformed ASN.1 (${parsed.result.error})`);
    }
    if (parsed.offset !== bytes.byteLength) {
        throw new X509Error(`${what}: ${bytes.byteLength - parsed.offset} trailing bytes after the ASN.1 value`);
    }
    return parsed.result;
}
/**
 * An ArrayBuffer holding exactly these bytes. Node Buffers are views into a
 * shared pool, so handing `bytes.buffer` to pkijs would hand it foreign data.
 */
export function exactArrayBuffer(bytes) {
    const copy = new Uint8Array(bytes.byteLength);
    copy.set(bytes);
    return copy.buffer;
}
export function toHex(bytes) {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("hex");
}
export function sameBytes(a, b) {
    return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);
}
/** The dotted form of an OBJECT IDENTIFIER's content octets, for messages and tables. */
export function dottedOid(c) {
    const arcs = [];
    let arc = 0;
    for (const b of c) {
        arc = arc * 128 + (b & 0x7f);
        if ((b & 0x80) === 0) {
            if (arcs.length === 0)
                arcs.push(Math.min(2, Math.floor(arc / 40)), arc - Math.min(2, Math.floor(arc / 40)) * 40);
            else
                arcs.push(arc);
            arc = 0;
        }
    }
    return arcs.join(".");
}
//# sourceMappingURL=der.js.map