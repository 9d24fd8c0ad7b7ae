// Distinguished names as people read them ("CN=sub, O=robur"). The x509
// layer keeps only the common name; audits and listings show the whole name.
import * as asn1js from "asn1js";
import * as pkijs from "pkijs";
const SHORT_NAMES = {
    "2.5.4.3": "CN",
    "2.5.4.5": "serialNumber",
    "2.5.4.6": "C",
    "2.5.4.7": "L",
    "2.5.4.8": "ST",
    "2.5.4.10": "O",
    "2.5.4.11": "OU",
    "1.2.840.113549.1.9.1": "emailAddress",
    "0.9.2342.19200300.100.1.25": "DC",
};
export function attributeValue(v) {
    if (v instanceof asn1js.BaseStringBlock)
        return v.getValue();
    if (v instanceof asn1js.BaseBlock)
        return `#${Buffer.from(v.toBER(false)).toString("hex")}`;
    return String(v);
}
/** The RDNs in certificate order joined by ", ", a multi-valued one's "TYPE=value"s by "+"; "(empty)" for an empty name. */
export function formatName(name) {
    const rdns = relativeNames(new Uint8Array(name.toSchema().toBER(false)));
    const parts = rdns.map((rdn) => rdn.map((a) => `${SHORT_NAMES[a.type] ?? a.type}=${a.value}`).join("+"));
    return parts.length ? parts.join(", ") : "(empty)";
}
/**
 * The relative names of a DER Name, each a set of attributes. pkijs flattens
 * them; ocaml-x509 compares names RDN by RDN, so "CN=a+O=b" (one RDN) is not
 * "CN=a, O=b" (two).
 */
export function relativeNames(encoded) {
    const name = asn1js.fromBER(encoded).result;
    return name.valueBlock.value.map((rdn) => rdn.valueBlock.value.map((atv) => {
        const tv = new pkijs.AttributeTypeAndValue({ schema: atv });
        return { type: tv.type, value: attributeValue(tv.value) };
    }));
}
//# sourceMappingURL=names.js.map