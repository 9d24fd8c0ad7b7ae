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
  // asn1-combinators dumps all the bytes left; for a hostile input of 100 MB that message alone took seconds and gigabytes
  const shown = bytes.length > HEXDUMP_BYTES ? bytes.subarray(0, HEXDUMP_BYTES) : bytes;
  const hex = Buffer.from(shown.buffer, shown.byteOffset, shown.byteLength).toString("hex");
  const dump = (hex.match(/.{1,16}/g) ?? []).join(" ");
  return shown === bytes ? dump : `${dump} ... (${bytes.length} bytes)`;
}

/** Enough for every message Albatross's own vectors show, and for a person to read. */
const HEXDUMP_BYTES = 1024;

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

/**
 * Whether `length` bytes starting with `start` are one TLV from the first
 * byte to the last (its header only is read, from `start`: the first piece of
 * a file whose size is `length` is enough).
 */
export function isOneTlv(start: Uint8Array, length = start.length): boolean {
  try {
    return readTlv(start, 0, length).end === length;
  } catch {
    return false;
  }
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

/** How many octets `n` takes in base 256 (for a long-form length). */
function octetCount(n: number): number {
  let count = 0;
  for (let x = n; x > 0; x = Math.floor(x / 256)) count++;
  return count;
}

/** How many octets `n` takes in base 128 (for a high tag number). */
function septetCount(n: number): number {
  let count = 0;
  for (let x = n; x > 0; x = Math.floor(x / 128)) count++;
  return count;
}

/**
 * Two-octet headers by identifier octet, then length: made once and shared,
 * as the parts of an Encoded are only ever copied (a leaf certificate and
 * its command are a hundred small TLVs; a typed array each was most of their
 * garbage).
 */
const shortHeaders = new Array<(Uint8Array | undefined)[] | undefined>(0x100).fill(undefined);

/** The identifier and length octets of a TLV whose content is `len` octets long (shared when short: never write to it). */
export function header(cls: Cls, constructed: boolean, num: number, len: number): Uint8Array {
  if (num < 0x1f && len < 0x80) {
    const id = (cls << 6) | (constructed ? 0x20 : 0) | num;
    const byLength = (shortHeaders[id] ??= new Array<Uint8Array | undefined>(0x80).fill(undefined));
    return (byLength[len] ??= Uint8Array.of(id, len));
  }
  const tagOctets = num < 0x1f ? 0 : septetCount(num);
  const lenOctets = len < 0x80 ? 0 : octetCount(len);
  const out = new Uint8Array(1 + tagOctets + 1 + lenOctets);
  let p = 0;
  out[p++] = (cls << 6) | (constructed ? 0x20 : 0) | (num < 0x1f ? num : 0x1f);
  for (let i = tagOctets - 1; i >= 0; i--) out[p++] = (Math.floor(num / 128 ** i) % 128) | (i > 0 ? 0x80 : 0);
  if (len < 0x80) {
    out[p++] = len;
  } else {
    out[p++] = 0x80 | lenOctets;
    for (let i = lenOctets - 1; i >= 0; i--) out[p++] = Math.floor(len / 256 ** i) % 256;
  }
  return out;
}

/**
 * An encoding as the byte arrays it is made of, in order. Wrapping one in a
 * header copies no content, so a unikernel image of hundreds of MB is copied
 * once, into the final buffer, however deep it sits.
 */
export interface Encoded {
  readonly length: number;
  readonly parts: readonly Uint8Array[];
}

export function encodedBytes(bytes: Uint8Array): Encoded {
  return { length: bytes.length, parts: [bytes] };
}

/**
 * One TLV around the concatenation of `inner`; its header is always a part of
 * its own. It holds `inner` as given (never change them after) and lists the
 * parts of all of them once, when asked: copied into every enclosing TLV, a
 * certificate's hundred parts were copied at every level of its nesting.
 */
export function wrap(cls: Cls, constructed: boolean, num: number, inner: readonly Encoded[]): Encoded {
  let len = 0;
  for (const e of inner) len += e.length;
  const h = header(cls, constructed, num, len);
  return new Wrapped(h.length + len, h, inner);
}

class Wrapped implements Encoded {
  private listed: Uint8Array[] | undefined;

  constructor(
    readonly length: number,
    readonly head: Uint8Array,
    readonly inner: readonly Encoded[],
  ) {}

  get parts(): readonly Uint8Array[] {
    return (this.listed ??= listParts(this, []));
  }
}

function listParts(e: Encoded, into: Uint8Array[]): Uint8Array[] {
  if (e instanceof Wrapped) {
    into.push(e.head);
    for (const i of e.inner) listParts(i, into);
  } else {
    for (const part of e.parts) into.push(part);
  }
  return into;
}

/** A primitive TLV around `content` (wrap's result, made directly: the commonest TLV of all). */
export function primitiveTlv(cls: Cls, num: number, content: Uint8Array): Encoded {
  const h = header(cls, false, num, content.length);
  return { length: h.length + content.length, parts: [h, content] };
}

/** The encoding as one buffer (into `out` at `at` when given). */
export function flatten(e: Encoded, out: Uint8Array = new Uint8Array(e.length), at = 0): Uint8Array {
  writeParts(e, out, at);
  return out;
}

/** The first part of `e` (a TLV's: its header), without listing the others. */
export const firstPart = (e: Encoded): Uint8Array | undefined => (e instanceof Wrapped ? e.head : e.parts[0]);

/** `e` into `out` from `p`, by its tree (its parts are not listed); where it ends. */
function writeParts(e: Encoded, out: Uint8Array, p: number): number {
  if (e instanceof Wrapped) {
    p = copyInto(out, e.head, p);
    for (const i of e.inner) p = writeParts(i, out, p);
    return p;
  }
  for (const part of e.parts) p = copyInto(out, part, p);
  return p;
}

/** `part` into `out` at `p`; where it ends. A few bytes are copied one by one: `set` costs more than that for each call. */
function copyInto(out: Uint8Array, part: Uint8Array, p: number): number {
  const n = part.length;
  if (n > 16) out.set(part, p);
  else for (let i = 0; i < n; i++) out[p + i] = part[i]!;
  return p + n;
}

/** Buffers handed over to the writer (bytesToWriteAround): see flattenInPlace. */
const handedOver = new WeakSet<ArrayBufferLike>();

/** Room before and after bytes handed over, for what a request or certificate holds around its image. */
const ROOM = 64 * 1024;

/** Below this, new memory costs little: bytes are not handed over. */
const HAND_OVER_BYTES = 1 << 20;

/**
 * Memory for an input that may become the largest part of what is written
 * (an image, a request carrying one): from 1 MiB on, with room on either side,
 * handed over to flattenInPlace, so that the request or certificate is
 * written around it rather than into new memory (at tens of MB, new memory
 * costs more than the copy: the first touch of each page). Whoever asks for
 * it gives up every byte of it but those that become that largest part.
 */
export function bytesToWriteAround(size: number): Buffer {
  if (size < HAND_OVER_BYTES) return Buffer.allocUnsafe(size);
  const buffer = new ArrayBuffer(size + 2 * ROOM);
  handedOver.add(buffer);
  return Buffer.from(buffer, ROOM, size);
}

/**
 * As flatten, but when its largest part lies in memory handed over
 * (bytesToWriteAround) with room for the rest, written around that part,
 * which stays where it is: the rest goes before and after it, over the room
 * and whatever else that memory held. Once: memory written around is no
 * longer handed over.
 */
export function flattenInPlace(e: Encoded): Uint8Array {
  // no smaller encoding holds a part worth writing around (as bytesToWriteAround hands over no smaller memory)
  if (e.length < HAND_OVER_BYTES) return flatten(e);
  let largest = 0;
  for (let i = 1; i < e.parts.length; i++) if (e.parts[i]!.length > e.parts[largest]!.length) largest = i;
  const part = e.parts[largest];
  if (part === undefined || !handedOver.has(part.buffer)) return flatten(e);
  let before = 0;
  for (let i = 0; i < largest; i++) before += e.parts[i]!.length;
  const start = part.byteOffset - before;
  if (start < 0 || start + e.length > part.buffer.byteLength) return flatten(e);
  handedOver.delete(part.buffer);
  // other parts read from the same memory are copied out before anything is written over them
  const parts = e.parts.map((p, i) => (i !== largest && p.buffer === part.buffer ? p.slice() : p));
  const out = new Uint8Array(part.buffer, start, e.length);
  let p = 0;
  for (const [i, bytes] of parts.entries()) {
    if (i !== largest) out.set(bytes, p);
    p += bytes.length;
  }
  return out;
}

/** Encodes one TLV whose content is the concatenation of `parts`. */
export function tlv(cls: Cls, constructed: boolean, num: number, parts: readonly Uint8Array[]): Uint8Array {
  let len = 0;
  for (const part of parts) len += part.length;
  const h = header(cls, constructed, num, len);
  const out = new Uint8Array(h.length + len);
  out.set(h);
  let p = h.length;
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
