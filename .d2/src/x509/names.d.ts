import * as pkijs from "pkijs";
export declare const COMMON_NAME_OID = "2.5.4.3";
/** The first common name of a distinguished name, or null when it has none. */
export declare function commonNameOf(name: pkijs.RelativeDistinguishedNames): string | null;
/**
 * `commonNameOf` over a Name's DER (SEQUENCE OF SET OF SEQUENCE { type, value })
 * with our TLV reader: issuing reads one per request, pkijs objects cost more than the signature.
 */
export declare function commonNameOfDer(name: Uint8Array): string | null;
