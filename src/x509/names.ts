import { children, Cls, content, readTlv, type Tlv } from "../asn1/der.js";
import { sameBytes } from "./der.js";
import { X509Error } from "./errors.js";
import { oidContent } from "./write.js";

export const COMMON_NAME_OID = "2.5.4.3";

const utf8 = new TextDecoder();
const utf16be = (c: Uint8Array) => String.fromCharCode(...Array.from({ length: c.length >> 1 }, (_, i) => (c[2 * i]! << 8) | c[2 * i + 1]!));
/** A code point beyond Unicode (UCS-4 allows 2^31) is U+FFFD, as a non-fatal decoder makes it. */
const ucs4 = (c: Uint8Array) =>
  String.fromCodePoint(
    ...Array.from({ length: c.length >> 2 }, (_, i) => {
      const point = Buffer.from(c.subarray(4 * i, 4 * i + 4)).readUInt32BE();
      return point > 0x10ffff ? 0xfffd : point;
    }),
  );
const latin1 = (c: Uint8Array) => Buffer.from(c.buffer, c.byteOffset, c.byteLength).toString("latin1");

/** The character strings a name may hold, by universal tag number, read as asn1js reads them (one octet a character but for these three). */
const STRINGS: Readonly<Record<number, (c: Uint8Array) => string>> = {
  12: (c) => utf8.decode(c),
  18: latin1,
  19: latin1,
  20: latin1,
  21: latin1,
  22: latin1,
  23: latin1,
  24: latin1,
  25: latin1,
  26: latin1,
  27: latin1,
  28: ucs4,
  29: latin1,
  30: utf16be,
};

/** The text of a name's attribute value, or null when it is no character string. */
export function characterString(value: Tlv): string | null {
  const decode = value.cls === Cls.Universal && !value.constructed ? STRINGS[value.num] : undefined;
  return decode === undefined ? null : decode(content(value));
}

/**
 * The first common name of a Name's DER (SEQUENCE OF SET OF SEQUENCE { type,
 * value }), or null when it has none, with our TLV reader: issuing reads one
 * per request, and it is all most readers want of a name.
 */
export function commonNameOfDer(name: Uint8Array): string | null {
  const cn = oidContent(COMMON_NAME_OID);
  const outer = readTlv(name, 0, name.length);
  for (const rdn of children(name, outer.start, outer.end)) {
    for (const attribute of children(name, rdn.start, rdn.end)) {
      const [type, value] = children(name, attribute.start, attribute.end);
      if (type === undefined || value === undefined || type.num !== 6 || !sameBytes(content(type), cn)) continue;
      const text = characterString(value);
      if (text === null) throw new X509Error("the common name is not a character string");
      return text;
    }
  }
  return null;
}
