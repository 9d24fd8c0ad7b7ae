import * as asn1js from "asn1js";
/** The ASN.1 value spanning all of `der`, or null (asn1js throws on some malformed contents). */
export declare function parseWhole(der: Uint8Array): asn1js.AsnType | null;
