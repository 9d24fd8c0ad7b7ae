import * as pkijs from "pkijs";
export declare function attributeValue(v: unknown): string;
/** The RDNs in certificate order joined by ", ", a multi-valued one's "TYPE=value"s by "+"; "(empty)" for an empty name. */
export declare function formatName(name: pkijs.RelativeDistinguishedNames): string;
export interface NameAttribute {
    readonly type: string;
    readonly value: string;
}
/**
 * The relative names of a DER Name, each a set of attributes. pkijs flattens
 * them; ocaml-x509 compares names RDN by RDN, so "CN=a+O=b" (one RDN) is not
 * "CN=a, O=b" (two).
 */
export declare function relativeNames(encoded: Uint8Array): NameAttribute[][];
