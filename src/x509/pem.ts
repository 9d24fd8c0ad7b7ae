import { X509Error } from "./errors.js";
import { derCapacity, looksLikePem, notBlank, PemDecoder } from "./pem-stream.js";

export interface PemBlock {
  readonly label: string;
  readonly der: Uint8Array;
}


/** Bytes per 64-character base64 line. */
const LINE_BYTES = 48;

/** Lines encoded per piece of `pemChunks`: 64 KiB of text, whose base64 string is a young, quickly collected one. */
const CHUNK_LINES = 1024;

const begin = (label: string) => `-----BEGIN ${label}-----\n`;
const end = (label: string) => `-----END ${label}-----\n`;

/** The text size of `bytes` as PEM lines, without the BEGIN and END lines. */
const bodyLength = (bytes: number) => Math.ceil(bytes / 3) * 4 + Math.max(1, Math.ceil(bytes / LINE_BYTES));

/**
 * `der[from, to)` as 64-character lines into `out` at `p`, returning the end:
 * one base64 string for the whole range (`from` on a line boundary), written
 * after room for the line breaks, then each line moved down into place (a
 * string per line costs more than the encoding).
 */
function writeLines(der: Buffer, from: number, to: number, out: Buffer, p: number): number {
  const encoded = der.toString("base64", from, to);
  const breaks = Math.ceil(encoded.length / 64);
  out.write(encoded, p + breaks, "latin1");
  for (let at = p + breaks, stop = at + encoded.length; at < stop; at += 64) {
    const n = Math.min(64, stop - at);
    out.copyWithin(p, at, at + n);
    p += n;
    out[p++] = 0x0a;
  }
  if (from === to) out[p++] = 0x0a;
  return p;
}

const bufferOf = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

export function encodePem(label: string, der: Uint8Array): string {
  const out = Buffer.allocUnsafe(begin(label).length + bodyLength(der.length) + end(label).length);
  let p = out.write(begin(label), 0, "latin1");
  p = writeLines(bufferOf(der), 0, der.length, out, p);
  p += out.write(end(label), p, "latin1");
  return out.toString("latin1", 0, p);
}

/**
 * PEM text in pieces of whole lines, for a file: a certificate carrying a
 * whole image is never one string. Each piece is valid until the next is
 * asked for: one buffer serves them all.
 */
export function* pemChunks(label: string, der: Uint8Array): Generator<Uint8Array> {
  const bytes = bufferOf(der);
  yield Buffer.from(begin(label), "latin1");
  const step = LINE_BYTES * CHUNK_LINES;
  const out = Buffer.allocUnsafe(bodyLength(Math.min(step, bytes.length)));
  for (let at = 0; at < bytes.length || at === 0; at += step) {
    yield out.subarray(0, writeLines(bytes, at, Math.min(at + step, bytes.length), out, 0));
  }
  yield Buffer.from(end(label), "latin1");
}

/**
 * PEM text made when it is needed: whole (`toString`), or in pieces for a
 * file (`chunks`). A part is a DER block to encode, or PEM text as it is.
 */
export class PemText {
  constructor(private readonly parts: readonly (PemBlock | string)[]) {}

  /** Every block, in order, those given as text read back: a chain's certificates without making its whole text. */
  get blocks(): PemBlock[] {
    return this.parts.flatMap((p) => (typeof p === "string" ? decodePem(p) : [p]));
  }

  toString(): string {
    return this.parts.map((p) => (typeof p === "string" ? p : encodePem(p.label, p.der))).join("");
  }

  /** Each piece is valid until the next is asked for (see pemChunks). */
  *chunks(): Generator<Uint8Array> {
    for (const p of this.parts) {
      if (typeof p === "string") yield Buffer.from(p, "latin1");
      else yield* pemChunks(p.label, p.der);
    }
  }
}

/**
 * All PEM blocks of a text (or of the bytes of a text file), in order; text
 * between blocks is ignored, as openssl does. Read from the bytes, never as
 * one string: a create certificate's block holds a whole image in base64.
 */
export function decodePem(text: string | Uint8Array): PemBlock[] {
  const bytes = typeof text === "string" ? Buffer.from(text, "utf8") : Buffer.from(text.buffer, text.byteOffset, text.byteLength);
  const encoding = typeof text === "string" ? "utf8" : "latin1";
  const blocks: PemBlock[] = [];
  for (let at = bytes.indexOf(BEGIN); at !== -1; ) {
    const opening = labelAt(bytes, at + BEGIN.length);
    if (opening === null) {
      at = bytes.indexOf(BEGIN, at + 1);
      continue;
    }
    const bodyStart = opening.end + DASHES.length;
    let endAt = bytes.indexOf(END, bodyStart);
    let closingAt: { start: number; end: number } | null = null;
    while (endAt !== -1) {
      closingAt = labelAt(bytes, endAt + END.length);
      if (closingAt !== null) break;
      endAt = bytes.indexOf(END, endAt + 1);
    }
    if (closingAt === null) break;
    const label = bytes.toString(encoding, opening.start, opening.end);
    const closing = bytes.toString(encoding, closingAt.start, closingAt.end);
    if (label !== closing) {
      throw new X509Error(`PEM block "BEGIN ${label}" is closed by "END ${closing}"`);
    }
    // the block decoded as one file holding it alone would be: one decoder, one reading of base64
    const decoder = new PemDecoder(bytes.toString("latin1", opening.start, opening.end), derCapacity(closingAt.end - at));
    decoder.push(bytes.subarray(at, closingAt.end + DASHES.length));
    blocks.push({ label, der: decoder.end() });
    at = bytes.indexOf(BEGIN, closingAt.end + DASHES.length);
  }
  return blocks;
}

const BEGIN = Buffer.from("-----BEGIN ");
const END = Buffer.from("-----END ");
const DASHES = Buffer.from("-----");

/** Where a label ([^-\r\n]+) followed by five dashes lies from `at`, or null. */
export function labelAt(bytes: Buffer, at: number): { start: number; end: number } | null {
  let p = at;
  while (p < bytes.length && bytes[p] !== 0x2d && bytes[p] !== 0x0a && bytes[p] !== 0x0d) p++;
  if (p === at || !bytes.subarray(p, p + DASHES.length).equals(DASHES)) return null;
  return { start: at, end: p };
}

/** The DER of every certificate in a PEM file (a chain is leaf first). */
export function splitPem(text: string | Uint8Array): Uint8Array[] {
  const blocks = decodePem(text);
  if (blocks.length === 0) {
    throw new X509Error("no PEM certificate found");
  }
  return blocks.map((block) => {
    if (block.label !== "CERTIFICATE") {
      throw new X509Error(`expected only CERTIFICATE blocks, found "${block.label}"`);
    }
    return block.der;
  });
}

/**
 * Accept what a user may hand us: PEM text, or the bytes of a file that is
 * either PEM or DER. Exactly one block with the expected label is allowed.
 */
export function derFromInput(input: string | Uint8Array, label: string): Uint8Array {
  if (typeof input !== "string" && !looksLikePem(input)) {
    return notBlank(input, label);
  }
  // one block decoded as it is read, whatever its size: a whole image is not held three times over
  const decoder = new PemDecoder(label, derCapacity(input.length));
  if (typeof input !== "string") decoder.push(input);
  else for (let at = 0; at < input.length; at += STRING_PIECE) decoder.push(Buffer.from(input.slice(at, at + STRING_PIECE), "latin1"));
  return decoder.end();
}

/** Characters of a string turned into bytes at a time. */
const STRING_PIECE = 1 << 20;
