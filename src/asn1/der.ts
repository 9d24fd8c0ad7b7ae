// Strict DER at the TLV level. asn1js's BER reader is lenient exactly where
// Albatross (asn1-combinators in DER mode) is strict — redundant length forms,
// indefinite lengths, trailing bytes — and we must reject what Albatross
// rejects, with its messages. So the TLV layer is ours; X.509 goes through
// pkijs/asn1js.

export class AsnError extends Error {
  override name = "AsnError";
}

export const enum Cls {
  Universal = 0,
  Application = 1,
  Context = 2,
  Private = 3,
}

const CLASS_NAMES = ["UNIVERSAL", "APPLICATION", "CONTEXT", "PRIVATE"];

export interface Tag {
  cls: Cls;
  num: number;
}

/** One parsed TLV: `buf[start..end)` is the content. */
export interface Tlv {
  cls: Cls;
  constructed: boolean;
  num: number;
  buf: Uint8Array;
  /** offset of the identifier octet */
  at: number;
  start: number;
  end: number;
}

export function hexdump(bytes: Uint8Array): string {
  const hex = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("hex");
  return (hex.match(/.{1,16}/g) ?? []).join(" ");
}

export function describeTag(form: "Primitive" | "Constructed" | "ANY", tag: Tag): string {
  return `(${form} ${CLASS_NAMES[tag.cls]} ${tag.num})`;
}

export function describeTlv(t: Tlv): string {
  return describeTag(t.constructed ? "Constructed" : "Primitive", t);
}

function eof(buf: Uint8Array, at: number, what: string): AsnError {
  return new AsnError(`Unexpected EOF (msg ${what}): ${hexdump(buf.subarray(at))}`);
}

/** Reads the TLV starting at `at`; its content must end by `limit`. */
export function readTlv(buf: Uint8Array, at: number, limit: number): Tlv {
  let p = at;
  if (p >= limit) throw eof(buf, at, "index out of bounds");
  const id = buf[p++]!;
  const cls = (id >> 6) as Cls;
  const constructed = (id & 0x20) !== 0;
  let num = id & 0x1f;
  if (num === 0x1f) {
    num = 0;
    for (;;) {
      if (p >= limit) throw eof(buf, at, "index out of bounds");
      const b = buf[p++]!;
      if (num === 0 && b === 0x80) throw new AsnError(`Header: at ${hexdump(buf.subarray(at))}: redundant form`);
      num = num * 128 + (b & 0x7f);
      if (num > 0x1fffffff) throw new AsnError("Header: tag number too large");
      if ((b & 0x80) === 0) break;
    }
  }
  if (p >= limit) throw eof(buf, at, "index out of bounds");
  const l0 = buf[p++]!;
  let len: number;
  if (l0 < 0x80) {
    len = l0;
  } else if (l0 === 0x80) {
    throw new AsnError(constructed ? "Constructed indefinite form" : "Primitive indefinite form");
  } else {
    const n = l0 & 0x7f;
    if (n > 6) throw new AsnError(`Header: at ${hexdump(buf.subarray(at))}: length too large`);
    if (p + n > limit) throw eof(buf, at, "index out of bounds");
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + buf[p++]!;
    // DER: the long form only when needed, and with no leading zero octet.
    if (len < 0x80 || buf[p - n] === 0) {
      throw new AsnError(`Header: at ${hexdump(buf.subarray(at))}: redundant form`);
    }
  }
  if (p + len > limit) throw eof(buf, at, "String.sub / Bytes.sub");
  return { cls, constructed, num, buf, at, start: p, end: p + len };
}

/** The TLVs inside a constructed TLV (or a whole buffer). */
export function children(buf: Uint8Array, start: number, end: number): Tlv[] {
  const out: Tlv[] = [];
  let p = start;
  while (p < end) {
    const t = readTlv(buf, p, end);
    out.push(t);
    p = t.end;
  }
  return out;
}

export function content(t: Tlv): Uint8Array {
  return t.buf.subarray(t.start, t.end);
}

function lengthOctets(len: number): number[] {
  if (len < 0x80) return [len];
  const bytes: number[] = [];
  for (let l = len; l > 0; l = Math.floor(l / 256)) bytes.unshift(l % 256);
  return [0x80 | bytes.length, ...bytes];
}

function identifierOctets(cls: Cls, constructed: boolean, num: number): number[] {
  const first = (cls << 6) | (constructed ? 0x20 : 0);
  if (num < 0x1f) return [first | num];
  const rest: number[] = [];
  for (let n = num; n > 0; n = Math.floor(n / 128)) rest.unshift((n % 128) | (rest.length ? 0x80 : 0));
  return [first | 0x1f, ...rest];
}

/** Encodes one TLV whose content is the concatenation of `parts`. */
export function tlv(cls: Cls, constructed: boolean, num: number, parts: readonly Uint8Array[]): Uint8Array {
  let len = 0;
  for (const part of parts) len += part.length;
  const head = [...identifierOctets(cls, constructed, num), ...lengthOctets(len)];
  const out = new Uint8Array(head.length + len);
  out.set(head, 0);
  let p = head.length;
  for (const part of parts) {
    out.set(part, p);
    p += part.length;
  }
  return out;
}

export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}
