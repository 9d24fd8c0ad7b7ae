import { X509Error } from "./errors.js";
import { derCapacity, PEM_SNIFF_BYTES, PemDecoder } from "./pem-stream.js";

export interface PemBlock {
  readonly label: string;
  readonly der: Uint8Array;
}

const BLOCK = /-----BEGIN ([^-\r\n]+)-----([\s\S]*?)-----END ([^-\r\n]+)-----/g;
const BASE64_BODY = /^[A-Za-z0-9+/]*={0,2}$/;

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

/** All PEM blocks of a text, in order; text between blocks is ignored, as openssl does. */
export function decodePem(text: string): PemBlock[] {
  const blocks: PemBlock[] = [];
  for (const match of text.matchAll(BLOCK)) {
    const [, begin, body, end] = match as unknown as [string, string, string, string];
    if (begin !== end) {
      throw new X509Error(`PEM block "BEGIN ${begin}" is closed by "END ${end}"`);
    }
    const base64 = body.replace(/\s+/g, "");
    if (base64.length % 4 !== 0 || !BASE64_BODY.test(base64)) {
      throw new X509Error(`PEM block "${begin}" does not hold valid base64 (encrypted or with headers?)`);
    }
    blocks.push({ label: begin, der: new Uint8Array(Buffer.from(base64, "base64")) });
  }
  return blocks;
}

/** The DER of every certificate in a PEM file (a chain is leaf first). */
export function splitPem(text: string): Uint8Array[] {
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
    return input;
  }
  if (input.length > LARGE_PEM) return decodeLarge(input, label);
  const text = typeof input === "string" ? input : Buffer.from(input).toString("latin1");
  const blocks = decodePem(text);
  if (blocks.length !== 1) {
    throw new X509Error(`expected exactly one PEM "${label}" block, found ${blocks.length}`);
  }
  const [block] = blocks as [PemBlock];
  if (block.label !== label) {
    throw new X509Error(`expected a PEM "${label}" block, found "${block.label}"`);
  }
  return block.der;
}

function looksLikePem(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, PEM_SNIFF_BYTES)).includes("-----BEGIN ");
}

/** Above this, PEM is decoded piece by piece (PemDecoder): a whole image is not held three times over. */
const LARGE_PEM = 1 << 20;

function decodeLarge(input: string | Uint8Array, label: string): Uint8Array {
  const decoder = new PemDecoder(label, derCapacity(input.length));
  if (typeof input !== "string") decoder.push(input);
  else for (let at = 0; at < input.length; at += LARGE_PEM) decoder.push(Buffer.from(input.slice(at, at + LARGE_PEM), "latin1"));
  return decoder.end();
}
