import * as asn1js from "asn1js";
import { children, content, readTlv } from "../asn1/der.js";
import { X509Error } from "./errors.js";
import { oidContent } from "./write.js";
export const COMMON_NAME_OID = "2.5.4.3";
/** The first common name of a distinguished name, or null when it has none. */
export function commonNameOf(name) {
    const attribute = name.typesAndValues.find((candidate) => candidate.type === COMMON_NAME_OID);
    if (attribute === undefined) {
        return null;
    }
    if (!(attribute.value instanceof asn1js.BaseStringBlock)) {
        throw new X509Error("the common name is not a character string");
    }
    return attribute.value.getValue();
}
const utf8 = new TextDecoder();
const utf16be = (c) => String.fromCharCode(...Array.from({ length: c.length >> 1 }, (_, i) => (c[2 * i] << 8) | c[2 * i + 1]));
const ucs4 = (c) => String.fromCodePoint(...Array.from({ length: c.length >> 2 }, (_, i) => Buffer.from(c.subarray(4 * i, 4 * i + 4)).readUInt32BE()));
/** The character strings a name may hold, by universal tag number, as pkijs reads them. */
const STRINGS = {
    12: (c) => utf8.decode(c),
    18: (c) => Buffer.from(c).toString("latin1"),
    19: (c) => Buffer.from(c).toString("latin1"),
    20: (c) => Buffer.from(c).toString("latin1"),
    22: (c) => Buffer.from(c).toString("latin1"),
    26: (c) => Buffer.from(c).toString("latin1"),
    28: ucs4,
    30: utf16be,
};
/**
 * `commonNameOf` over a Name's DER (SEQUENCE OF SET OF SEQUENCE { type, value })
 * with our TLV reader: issuing reads one per request, pkijs objects cost more than the signature.
 */
export function commonNameOfDer(name) {
    const cn = oidContent(COMMON_NAME_OID);
    const outer = readTlv(name, 0, name.length);
    for (const rdn of children(name, outer.start, outer.end)) {
        for (const attribute of children(name, rdn.start, rdn.end)) {
            const [type, value] = children(name, attribute.start, attribute.end);
            if (type === undefined || value === undefined || type.num !== 6 || !Buffer.from(content(type)).equals(cn))
                continue;
            const decode = value.cls === 0 /* Cls.Universal */ && !value.constructed ? STRINGS[value.num] : undefined;
            if (decode === undefined)
                throw new X509Error("the common name is not a character string");
            return decode(content(value));
        }
    }
    return null;
}
//# sourceMappingURL=names.js.map