// ASN.1 combinators in the spirit of asn1-combinators' `Asn.S`: a structure
// is declared once as a value, and that one value both encodes and decodes,
// so the two directions cannot drift apart.

import {
  AsnError,
  Cls,
  type Encoded,
  type Tag,
  type Tlv,
  children,
  compareBytes,
  content,
  describeTag,
  describeTlv,
  encodedBytes,
  flatten,
  header,
  hexdump,
  primitiveTlv,
  readTlv,
  wrap,
} from "./der.js";
import type { Time } from "../model/time.js";
import { readGeneralizedTime, readUtcTime, writeGeneralizedTime, writeUtcTime } from "./time.js";

export interface Asn<T> {
  /** the tags this element may start with (choices have several; none: ANY, which takes every tag) */
  readonly tags: readonly Tag[];
  /** how a mismatch names what was expected, e.g. "(Constructed UNIVERSAL 16)" */
  readonly expected: string;
  encode(v: T): Uint8Array;
  /**
   * The same encoding as its parts, so that large contents (images) are not
   * copied at every level of nesting; without it, `encode`'s bytes are the part.
   */
  encoded?(v: T): Encoded;
  decode(t: Tlv): T;
}

/** How `asn` encodes `v`, as parts. */
export function encodedOf<T>(asn: Asn<T>, v: T): Encoded {
  return asn.encoded ? asn.encoded(v) : encodedBytes(asn.encode(v));
}

/** Both directions of encoding from the parts-producing one. */
export function encoders<T>(encoded: (v: T) => Encoded): Pick<Asn<T>, "encode" | "encoded"> {
  return { encoded, encode: (v) => flatten(encoded(v)) };
}

const U = Cls.Universal;

function matches(asn: Asn<unknown>, t: Tlv): boolean {
  if (asn.tags.length === 0) return true;
  for (const g of asn.tags) if (g.cls === t.cls && g.num === t.num) return true;
  return false;
}

/**
 * The first of `items` whose tags (`tagsOf`) hold a TLV's, as `matches`
 * reads them (none: ANY, every tag), from a table made once: a command's
 * family has a score of arms, looked through for every command decoded.
 */
export function firstByTag<A>(items: readonly A[], tagsOf: (item: A) => readonly Tag[]): (t: Tag) => A | undefined {
  const byTag = new Map<number, A>();
  let any: A | undefined;
  for (const item of items) {
    const tags = tagsOf(item);
    if (tags.length === 0) {
      any = item;
      break;
    }
    for (const g of tags) if (!byTag.has(tagKey(g))) byTag.set(tagKey(g), item);
  }
  return (t) => byTag.get(tagKey(t)) ?? any;
}

const tagKey = (t: Tag): number => t.num * 4 + t.cls;

function mismatch(expected: string, t: Tlv): AsnError {
  return new AsnError(`Type mismatch: expected: ${expected} got: ${describeTlv(t)}`);
}

/** A primitive type: a universal tag and conversions of its content octets. */
function primitive<T>(num: number, anyForm: boolean, dec: (c: Uint8Array) => T, enc: (v: T) => Uint8Array): Asn<T> {
  const tag = { cls: U, num };
  const expected = describeTag(anyForm ? "ANY" : "Primitive", tag);
  return {
    tags: [tag],
    expected,
    ...encoders((v) => primitiveTlv(U, num, enc(v))),
    decode: (t) => {
      if (t.cls !== U || t.num !== num || t.constructed) throw mismatch(expected, t);
      return dec(content(t));
    },
  };
}

// OCaml's native int: 63-bit two's complement.
const INT_MIN = -(1n << 62n);
const INT_MAX = (1n << 62n) - 1n;

const SMALL = 1n << 31n;

export function bigintToBytes(v: bigint): Uint8Array {
  // what commands hold (versions, memory, CPU ids) in number arithmetic: BigInt's costs several times more
  if (v >= -SMALL && v < SMALL) {
    let n = Number(v);
    let length = 1;
    while (n < -(2 ** (8 * length - 1)) || n >= 2 ** (8 * length - 1)) length++;
    const out = new Uint8Array(length);
    for (let i = length - 1; i >= 0; i--) {
      out[i] = n & 0xff;
      n >>= 8;
    }
    return out;
  }
  const bytes: number[] = [];
  let x = v;
  for (;;) {
    const b = Number(BigInt.asUintN(8, x));
    bytes.unshift(b);
    x >>= 8n;
    if ((x === 0n && (b & 0x80) === 0) || (x === -1n && (b & 0x80) !== 0)) break;
  }
  return Uint8Array.from(bytes);
}

export const integer: Asn<bigint> = primitive(
  2,
  false,
  (c) => {
    if (c.length === 0) throw new AsnError("INTEGER: length 0");
    if (c.length > 1 && ((c[0] === 0 && c[1]! < 0x80) || (c[0] === 0xff && c[1]! >= 0x80))) {
      throw new AsnError("INTEGER: redundant form");
    }
    if (c.length > 8) throw new AsnError(`INTEGER: int overflow: ${hexdump(c)}`);
    let v = 0n;
    for (const b of c) v = (v << 8n) | BigInt(b);
    v = BigInt.asIntN(c.length * 8, v);
    if (v < INT_MIN || v > INT_MAX) throw new AsnError(`INTEGER: int overflow: ${hexdump(c)}`);
    return v;
  },
  (v) => {
    if (v < INT_MIN || v > INT_MAX) throw new AsnError(`integer ${v} is outside the 63-bit range`);
    return bigintToBytes(v);
  },
);

export const boolean: Asn<boolean> = primitive(
  1,
  false,
  (c) => {
    if (c.length !== 1) throw new AsnError(`BOOLEAN: ${hexdump(c)}`);
    return c[0] !== 0; // BER: any non-zero octet is true; Albatross accepts it
  },
  (v) => Uint8Array.of(v ? 0xff : 0x00),
);

/** Shared: nothing can be written into it, and V8 makes a new empty array ten times slower than a one-octet one. */
const NO_CONTENT = new Uint8Array(0);

export const nul: Asn<null> = primitive(
  5,
  false,
  (c) => {
    if (c.length !== 0) throw new AsnError(`NULL: ${hexdump(c)}`);
    return null;
  },
  () => NO_CONTENT,
);

export const octetString: Asn<Uint8Array> = primitive(
  4,
  true,
  (c) => c,
  (v) => v,
);

const utf8Decoder = new TextDecoder("utf-8", { fatal: true });
const utf8Encoder = new TextEncoder();

/**
 * Strings of a few ASCII characters (names, devices, arguments: a dump has
 * tens of thousands) by hand: TextDecoder and TextEncoder cost a native call
 * each, several times the work. The same characters, the same octets.
 */
const SHORT_STRING = 64;

function asciiOf(c: Uint8Array): string | undefined {
  if (c.length > SHORT_STRING) return undefined;
  for (let i = 0; i < c.length; i++) if (c[i]! >= 0x80) return undefined;
  return String.fromCharCode.apply(null, c as unknown as number[]);
}

function asciiBytesOf(v: string): Uint8Array | undefined {
  if (v.length > SHORT_STRING) return undefined;
  const out = new Uint8Array(v.length);
  for (let i = 0; i < v.length; i++) {
    const ch = v.charCodeAt(i);
    if (ch >= 0x80) return undefined;
    out[i] = ch;
  }
  return out;
}

export const utf8String: Asn<string> = primitive(
  12,
  true,
  (c) => {
    const ascii = asciiOf(c);
    if (ascii !== undefined) return ascii;
    try {
      return utf8Decoder.decode(c);
    } catch {
      throw new AsnError(`UTF8String: invalid UTF-8: ${hexdump(c)}`);
    }
  },
  (v) => asciiBytesOf(v) ?? utf8Encoder.encode(v),
);

/**
 * INTEGER of any size (X.509 serial numbers take up to 20 octets) as its
 * content octets, two's complement, minimal as DER wants them.
 */
export const integerOctets: Asn<Uint8Array> = primitive(
  2,
  false,
  (c) => {
    if (c.length === 0) throw new AsnError("INTEGER: length 0");
    if (c.length > 1 && ((c[0] === 0 && c[1]! < 0x80) || (c[0] === 0xff && c[1]! >= 0x80))) {
      throw new AsnError("INTEGER: redundant form");
    }
    return c;
  },
  (v) => v,
);

/** BIT STRING: its octets and how many bits of the last one are unused. */
export interface BitString {
  readonly bytes: Uint8Array;
  readonly unusedBits: number;
}

export const bitString: Asn<BitString> = primitive(
  3,
  false,
  (c) => {
    const unusedBits = c[0];
    if (unusedBits === undefined || unusedBits > 7 || (c.length === 1 && unusedBits !== 0)) {
      throw new AsnError(`BIT STRING: ${hexdump(c)}`);
    }
    return { bytes: c.subarray(1), unusedBits };
  },
  (v) => {
    const out = new Uint8Array(v.bytes.length + 1);
    out[0] = v.unusedBits;
    out.set(v.bytes, 1);
    return out;
  },
);

/** OBJECT IDENTIFIER in dotted form; each arc in its fewest base-128 digits (X.690 8.19). */
export const oid: Asn<string> = primitive(
  6,
  false,
  (c) => {
    if (c.length === 0 || (c[c.length - 1]! & 0x80) !== 0) throw new AsnError(`OID: ${hexdump(c)}`);
    const arcs: number[] = [];
    let arc = 0;
    let first = true;
    for (const b of c) {
      if (first && b === 0x80) throw new AsnError(`OID: redundant form: ${hexdump(c)}`);
      arc = arc * 128 + (b & 0x7f);
      if (arc > Number.MAX_SAFE_INTEGER / 128) throw new AsnError(`OID: arc too large: ${hexdump(c)}`);
      first = (b & 0x80) === 0;
      if (!first) continue;
      if (arcs.length === 0) {
        const top = Math.min(2, Math.floor(arc / 40));
        arcs.push(top, arc - top * 40);
      } else {
        arcs.push(arc);
      }
      arc = 0;
    }
    return arcs.join(".");
  },
  (dotted) => {
    const [top = 0, second = 0, ...rest] = dotted.split(".").map(Number);
    const out: number[] = [];
    for (const arc of [top * 40 + second, ...rest]) {
      const septets = [arc % 128];
      for (let x = Math.floor(arc / 128); x > 0; x = Math.floor(x / 128)) septets.unshift((x % 128) | 0x80);
      out.push(...septets);
    }
    return Uint8Array.from(out);
  },
);

/**
 * ANY: one element of whatever type, as it lies in the input (not copied;
 * its readers decode it with the grammar its context names). It encodes as
 * those same bytes.
 */
export const any: Asn<Tlv> = {
  tags: [],
  expected: "ANY",
  encode: (t) => t.buf.subarray(t.at, t.end),
  decode: (t) => t,
};

/** The bytes of an element as read, header included (a view, not a copy). */
export const encodingOf = (t: Tlv): Uint8Array => t.buf.subarray(t.at, t.end);

/** A value as read, with its own encoding beside it: what a signature covers, or a name compared byte for byte. */
export interface Read<T> {
  readonly value: T;
  readonly der: Uint8Array;
}

/** `asn`, keeping the bytes it was read from; it encodes the value (a value made here has no bytes read). */
export function keepingDer<T>(asn: Asn<T>): Asn<Read<T>> {
  return {
    tags: asn.tags,
    expected: asn.expected,
    ...encoders((v) => encodedOf(asn, v.value)),
    decode: (t) => ({ value: asn.decode(t), der: encodingOf(t) }),
  };
}

const asciiBytes = (s: string) => Uint8Array.from(s, (ch) => ch.charCodeAt(0));

export const utcTime: Asn<Time> = primitive(23, true, readUtcTime, (t) => asciiBytes(writeUtcTime(t)));

export const generalizedTime: Asn<Time> = primitive(24, true, readGeneralizedTime, (t) =>
  asciiBytes(writeGeneralizedTime(t)),
);

/** A single TLV from the content of a constructed wrapper. */
function only(t: Tlv): Tlv {
  const inner = readTlv(t.buf, t.start, t.end);
  if (inner.end !== t.end) {
    const rest = children(t.buf, inner.end, t.end);
    throw new AsnError(`EXPLICIT: trailing: [${rest.map(describeTlv).join("; ")}]`);
  }
  return inner;
}

/** [n] EXPLICIT (context class unless told otherwise). */
export function explicit<T>(num: number, inner: Asn<T>, cls: Cls = Cls.Context): Asn<T> {
  const tag = { cls, num };
  const expected = describeTag("Constructed", tag);
  return {
    tags: [tag],
    expected,
    ...encoders((v) => wrap(cls, true, num, [encodedOf(inner, v)])),
    decode: (t) => {
      if (t.cls !== cls || t.num !== num || !t.constructed) throw mismatch(expected, t);
      return inner.decode(only(t));
    },
  };
}

/** [n] IMPLICIT over a constructed type: the tag replaces the inner one. */
export function implicit<T>(num: number, inner: Asn<T>, cls: Cls = Cls.Context): Asn<T> {
  const tag = { cls, num };
  const expected = describeTag("Constructed", tag);
  return {
    tags: [tag],
    expected,
    ...encoders((v) => {
      const enc = encodedOf(inner, v);
      // the inner header is the first part, or the start of it; its content stays where it is
      const first = enc.parts[0]!;
      const t = readTlv(first, 0, first.length === enc.length ? first.length : Number.MAX_SAFE_INTEGER);
      const h = header(cls, t.constructed, num, enc.length - (t.start - t.at));
      return { length: h.length + t.end - t.start, parts: [h, first.subarray(t.start), ...enc.parts.slice(1)] };
    }),
    decode: (t) => {
      if (t.cls !== cls || t.num !== num) throw mismatch(expected, t);
      const innerTag = inner.tags[0]!;
      // a Tlv's literal fields in readTlv's order (a spread of it would be a hidden class of its own)
      return inner.decode({ cls: innerTag.cls, constructed: t.constructed, num: innerTag.num, buf: t.buf, at: t.at, start: t.start, end: t.end });
    },
  };
}

/** Converts between a grammar value and a domain value (Asn.S.map). */
export function map<A, B>(asn: Asn<A>, f: (a: A) => B, g: (b: B) => A): Asn<B> {
  return {
    tags: asn.tags,
    expected: asn.expected,
    ...encoders((v) => encodedOf(asn, g(v))),
    decode: (t) => f(asn.decode(t)),
  };
}

/** A grammar alternative Albatross still reads but never writes. */
export function decodeOnly<A, B>(asn: Asn<A>, f: (a: A) => B, label: string): Asn<B> {
  return map(asn, f, () => {
    throw new AsnError(`${label} is decode-only`);
  });
}

export interface Field<T, Optional extends boolean> {
  readonly asn: Asn<T>;
  readonly optional: Optional;
  readonly label: string | undefined;
}

export const required = <T>(asn: Asn<T>, label?: string): Field<T, false> => ({ asn, optional: false, label });
export const optional = <T>(asn: Asn<T>, label?: string): Field<T, true> => ({ asn, optional: true, label });

type AnyField = Field<any, boolean>;
export type SequenceValue<F extends Record<string, AnyField>> = {
  [K in keyof F]: F[K] extends Field<infer T, infer O> ? (O extends true ? T | undefined : T) : never;
};

const SEQ = { cls: U, num: 16 };
const SET = { cls: U, num: 17 };

function constructedUniversal(tag: Tag, t: Tlv): void {
  if (t.cls !== tag.cls || t.num !== tag.num || !t.constructed) throw mismatch(describeTag("Constructed", tag), t);
}

/** SEQUENCE of named fields, in declaration order. */
export function sequence<F extends Record<string, AnyField>>(fields: F): Asn<SequenceValue<F>> {
  const entries = Object.entries(fields);
  // read by index in decode, not destructured from entries: a dump decodes tens of thousands of SEQUENCEs
  const keys = entries.map(([key]) => key);
  const fieldList = entries.map(([, field]) => field);
  // every field present from the start (an absent optional one is undefined): each value a copy of this one, of one shape, filled in place
  const blank = Object.fromEntries(entries.map(([key]) => [key, undefined]));
  return {
    tags: [SEQ],
    expected: describeTag("Constructed", SEQ),
    ...encoders((v) => {
      const parts: Encoded[] = [];
      for (const [key, field] of entries) {
        const x = (v as Record<string, unknown>)[key];
        if (x === undefined) {
          if (!field.optional) throw new AsnError(`SEQUENCE: missing required: ${field.label ?? key}`);
          continue;
        }
        parts.push(encodedOf(field.asn, x));
      }
      return wrap(U, true, 16, parts);
    }),
    decode: (t) => {
      constructedUniversal(SEQ, t);
      const kids = children(t.buf, t.start, t.end);
      const out: Record<string, unknown> = { ...blank };
      let i = 0;
      for (let f = 0; f < fieldList.length; f++) {
        const field = fieldList[f]!;
        const kid = kids[i];
        if (kid !== undefined && (!field.optional || matches(field.asn, kid))) {
          out[keys[f]!] = field.asn.decode(kid);
          i++;
        } else if (!field.optional) {
          throw new AsnError(`SEQUENCE: missing required: ${field.label ?? keys[f]}`);
        }
      }
      if (i < kids.length) {
        throw new AsnError(`SEQUENCE: trailing: [${kids.slice(i).map(describeTlv).join("; ")}]`);
      }
      return out as SequenceValue<F>;
    },
  };
}

function collection<T>(tag: Tag, sorted: boolean, elt: Asn<T>): Asn<T[]> {
  return {
    tags: [tag],
    expected: describeTag("Constructed", tag),
    ...encoders((vs) => {
      if (!sorted) return wrap(U, true, tag.num, vs.map((v) => encodedOf(elt, v)));
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

export const sequenceOf = <T>(elt: Asn<T>): Asn<T[]> => collection(SEQ, false, elt);
export const setOf = <T>(elt: Asn<T>): Asn<T[]> => collection(SET, true, elt);

/**
 * CHOICE: decoding takes the alternative whose tag comes first; encoding
 * takes the alternative `pick` names (several alternatives may decode to the
 * same domain value, only one of them writes it).
 */
export function choice<T>(alternatives: readonly Asn<T>[], pick: (v: T) => number): Asn<T> {
  const last = alternatives[alternatives.length - 1]!;
  const alternativeFor = firstByTag(alternatives, (a) => a.tags);
  return {
    tags: alternatives.flatMap((a) => a.tags),
    expected: last.expected,
    ...encoders((v) => encodedOf(alternatives[pick(v)]!, v)),
    decode: (t) => {
      const alt = alternativeFor(t);
      if (!alt) throw mismatch(last.expected, t);
      return alt.decode(t);
    },
  };
}

/** DER bytes → value; the whole buffer must be one element (no trailing bytes). */
export function decodeStrict<T>(asn: Asn<T>, bytes: Uint8Array): T {
  const t = readTlv(bytes, 0, bytes.length);
  const v = asn.decode(t);
  if (t.end !== bytes.length) throw new AsnError("trailing bytes");
  return v;
}
