// ASN.1 combinators in the spirit of asn1-combinators' `Asn.S`: a structure
// is declared once as a value, and that one value both encodes and decodes,
// so the two directions cannot drift apart.
import { AsnError, children, compareBytes, content, describeTag, describeTlv, encodedBytes, flatten, header, hexdump, readTlv, wrap, } from "./der.js";
import { readGeneralizedTime, readUtcTime, writeGeneralizedTime, writeUtcTime } from "./time.js";
/** How `asn` encodes `v`, as parts. */
export function encodedOf(asn, v) {
    return asn.encoded ? asn.encoded(v) : encodedBytes(asn.encode(v));
}
/** Both directions of encoding from the parts-producing one. */
export function encoders(encoded) {
    return { encoded, encode: (v) => flatten(encoded(v)) };
}
const U = 0 /* Cls.Universal */;
function matches(asn, t) {
    return asn.tags.some((g) => g.cls === t.cls && g.num === t.num);
}
function mismatch(expected, t) {
    return new AsnError(`Type mismatch: expected: ${expected} got: ${describeTlv(t)}`);
}
/** A primitive type: a universal tag and conversions of its content octets. */
function primitive(num, anyForm, dec, enc) {
    const tag = { cls: U, num };
    const expected = describeTag(anyForm ? "ANY" : "Primitive", tag);
    return {
        tags: [tag],
        expected,
        ...encoders((v) => wrap(U, false, num, [encodedBytes(enc(v))])),
        decode: (t) => {
            if (t.cls !== U || t.num !== num || t.constructed)
                throw mismatch(expected, t);
            return dec(content(t));
        },
    };
}
// OCaml's native int: 63-bit two's complement.
const INT_MIN = -(1n << 62n);
const INT_MAX = (1n << 62n) - 1n;
export function bigintToBytes(v) {
    const bytes = [];
    let x = v;
    for (;;) {
        const b = Number(BigInt.asUintN(8, x));
        bytes.unshift(b);
        x >>= 8n;
        if ((x === 0n && (b & 0x80) === 0) || (x === -1n && (b & 0x80) !== 0))
            break;
    }
    return Uint8Array.from(bytes);
}
export const integer = primitive(2, false, (c) => {
    if (c.length === 0)
        throw new AsnError("INTEGER: length 0");
    if (c.length > 1 && ((c[0] === 0 && c[1] < 0x80) || (c[0] === 0xff && c[1] >= 0x80))) {
        throw new AsnError("INTEGER: redundant form");
    }
    if (c.length > 8)
        throw new AsnError(`INTEGER: int overflow: ${hexdump(c)}`);
    let v = 0n;
    for (const b of c)
        v = (v << 8n) | BigInt(b);
    v = BigInt.asIntN(c.length * 8, v);
    if (v < INT_MIN || v > INT_MAX)
        throw new AsnError(`INTEGER: int overflow: ${hexdump(c)}`);
    return v;
}, (v) => {
    if (v < INT_MIN || v > INT_MAX)
        throw new AsnError(`integer ${v} is outside the 63-bit range`);
    return bigintToBytes(v);
});
export const boolean = primitive(1, false, (c) => {
    if (c.length !== 1)
        throw new AsnError(`BOOLEAN: ${hexdump(c)}`);
    return c[0] !== 0; // BER: any non-zero octet is true; Albatross accepts it
}, (v) => Uint8Array.of(v ? 0xff : 0x00));
export const nul = primitive(5, false, (c) => {
    if (c.length !== 0)
        throw new AsnError(`NULL: ${hexdump(c)}`);
    return null;
}, () => new Uint8Array(0));
export const octetString = primitive(4, true, (c) => c, (v) => v);
const utf8Decoder = new TextDecoder("utf-8", { fatal: true });
const utf8Encoder = new TextEncoder();
export const utf8String = primitive(12, true, (c) => {
    try {
        return utf8Decoder.decode(c);
    }
    catch {
        throw new AsnError(`UTF8String: invalid UTF-8: ${hexdump(c)}`);
    }
}, (v) => utf8Encoder.encode(v));
const asciiBytes = (s) => Uint8Array.from(s, (ch) => ch.charCodeAt(0));
export const utcTime = primitive(23, true, readUtcTime, (t) => asciiBytes(writeUtcTime(t)));
export const generalizedTime = primitive(24, true, readGeneralizedTime, (t) => asciiBytes(writeGeneralizedTime(t)));
/** A single TLV from the content of a constructed wrapper. */
function only(t) {
    const inner = readTlv(t.buf, t.start, t.end);
    if (inner.end !== t.end) {
        const rest = children(t.buf, inner.end, t.end);
        throw new AsnError(`EXPLICIT: trailing: [${rest.map(describeTlv).join("; ")}]`);
    }
    return inner;
}
/** [n] EXPLICIT (context class unless told otherwise). */
export function explicit(num, inner, cls = 2 /* Cls.Context */) {
    const tag = { cls, num };
    const expected = describeTag("Constructed", tag);
    return {
        tags: [tag],
        expected,
        ...encoders((v) => wrap(cls, true, num, [encodedOf(inner, v)])),
        decode: (t) => {
            if (t.cls !== cls || t.num !== num || !t.constructed)
                throw mismatch(expected, t);
            return inner.decode(only(t));
        },
    };
}
/** [n] IMPLICIT over a constructed type: the tag replaces the inner one. */
export function implicit(num, inner, cls = 2 /* Cls.Context */) {
    const tag = { cls, num };
    const expected = describeTag("Constructed", tag);
    return {
        tags: [tag],
        expected,
        ...encoders((v) => {
            const enc = encodedOf(inner, v);
            // the inner header is the first part, or the start of it; its content stays where it is
            const first = enc.parts[0];
            const t = readTlv(first, 0, first.length === enc.length ? first.length : Number.MAX_SAFE_INTEGER);
            const h = header(cls, t.constructed, num, enc.length - (t.start - t.at));
            return { length: h.length + t.end - t.start, parts: [h, first.subarray(t.start), ...enc.parts.slice(1)] };
        }),
        decode: (t) => {
            if (t.cls !== cls || t.num !== num)
                throw mismatch(expected, t);
            const [innerTag] = inner.tags;
            return inner.decode({ ...t, cls: innerTag.cls, num: innerTag.num });
        },
    };
}
/** Converts between a grammar value and a domain value (Asn.S.map). */
export function map(asn, f, g) {
    return {
        tags: asn.tags,
        expected: asn.expected,
        ...encoders((v) => encodedOf(asn, g(v))),
        decode: (t) => f(asn.decode(t)),
    };
}
/** A grammar alternative Albatross still reads but never writes. */
export function decodeOnly(asn, f, label) {
    return map(asn, f, () => {
        throw new AsnError(`${label} is decode-only`);
    });
}
export const required = (asn, label) => ({ asn, optional: false, label });
export const optional = (asn, label) => ({ asn, optional: true, label });
const SEQ = { cls: U, num: 16 };
const SET = { cls: U, num: 17 };
function constructedUniversal(tag, t) {
    if (t.cls !== tag.cls || t.num !== tag.num || !t.constructed)
        throw mismatch(describeTag("Constructed", tag), t);
}
/** SEQUENCE of named fields, in declaration order. */
export function sequence(fields) {
    const entries = Object.entries(fields);
    return {
        tags: [SEQ],
        expected: describeTag("Constructed", SEQ),
        ...encoders((v) => {
            const parts = [];
            for (const [key, field] of entries) {
                const x = v[key];
                if (x === undefined) {
                    if (!field.optional)
                        throw new AsnError(`SEQUENCE: missing required: ${field.label ?? key}`);
                    continue;
                }
                parts.push(encodedOf(field.asn, x));
            }
            return wrap(U, true, 16, parts);
        }),
        decode: (t) => {
            constructedUniversal(SEQ, t);
            const kids = children(t.buf, t.start, t.end);
            const out = {};
            let i = 0;
            for (const [key, field] of entries) {
                const kid = kids[i];
                if (kid && (!field.optional || matches(field.asn, kid))) {
                    out[key] = field.asn.decode(kid);
                    i++;
                }
                else if (field.optional) {
                    out[key] = undefined;
                }
                else {
                    throw new AsnError(`SEQUENCE: missing required: ${field.label ?? key}`);
                }
            }
            if (i < kids.length) {
                throw new AsnError(`SEQUENCE: trailing: [${kids.slice(i).map(describeTlv).join("; ")}]`);
            }
            return out;
        },
    };
}
function collection(tag, sorted, elt) {
    return {
        tags: [tag],
        expected: describeTag("Constructed", tag),
        ...encoders((vs) => {
            if (!sorted)
                return wrap(U, true, tag.num, vs.map((v) => encodedOf(elt, v)));
            // DER: the elements of a SET OF in ascending order of their encodings
            const parts = vs.map((v) => elt.encode(v)).sort(compareBytes);
            return wrap(U, true, tag.num, parts.map(encodedBytes));
        }),
        decode: (t) => {
            constructedUniversal(tag, t);
            return children(t.buf, t.start, t.end).map((kid) => elt.decode(kid));
        },
    };
}
export const sequenceOf = (elt) => collection(SEQ, false, elt);
export const setOf = (elt) => collection(SET, true, elt);
/**
 * CHOICE: decoding takes the alternative whose tag comes first; encoding
 * takes the alternative `pick` names (several alternatives may decode to the
 * same domain value, only one of them writes it).
 */
export function choice(alternatives, pick) {
    const last = alternatives[alternatives.length - 1];
    return {
        tags: alternatives.flatMap((a) => a.tags),
        expected: last.expected,
        ...encoders((v) => encodedOf(alternatives[pick(v)], v)),
        decode: (t) => {
            const alt = alternatives.find((a) => matches(a, t));
            if (!alt)
                throw mismatch(last.expected, t);
            return alt.decode(t);
        },
    };
}
/** DER bytes → value; the whole buffer must be one element (no trailing bytes). */
export function decodeStrict(asn, bytes) {
    const t = readTlv(bytes, 0, bytes.length);
    const v = asn.decode(t);
    if (t.end !== bytes.length)
        throw new AsnError("trailing bytes");
    return v;
}
//# sourceMappingURL=schema.js.map