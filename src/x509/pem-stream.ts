// PEM decoded piece by piece into its DER: a request or certificate carrying
// a whole image is never held as text beside its DER, nor as one string, nor
// as base64 without its line breaks. Every PEM reader decodes with it
// (decodePem block by block, derFromInput, files): exactly one block with the
// expected label, base64 with padding only at its end, text outside the block
// ignored.

import { open } from "node:fs/promises";

import { bytesToWriteAround, isOneTlv } from "../asn1/der.js";
import { readFileInto } from "../fsutil/read.js";
import { X509Error } from "./errors.js";
import { decodePem, labelAt } from "./pem.js";

/** What a PEM body may hold: 1 a base64 digit, 2 padding, 3 white space (as JavaScript's \s reads latin1), 0 nothing else. */
const CLASS = new Uint8Array(256);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") CLASS[c.charCodeAt(0)] = 1;
CLASS[0x3d] = 2;
for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0]) CLASS[c] = 3;

/** White space around and inside PEM: what String.prototype.trim skips among latin1 characters. */
export const isSpace = (byte: number): boolean => CLASS[byte] === 3;

const DASH = 0x2d;
const LF = 0x0a;
const UNDERSCORE = 0x5f;
/** A full PEM line: 64 digits (48 bytes) and a line feed. */
const LINE = 65;
const LINE_BYTES = 48;
const HEADER = /-----BEGIN ([^-\r\n]+)-----/;
const BEGIN = "-----BEGIN ";

/** Where the label of the first `-----BEGIN <label>-----` in `bytes` lies (HEADER's match), or null. */
function headerIn(bytes: Buffer): { start: number; end: number } | null {
  for (let at = bytes.indexOf(BEGIN); at !== -1; at = bytes.indexOf(BEGIN, at + 1)) {
    const label = labelAt(bytes, at + BEGIN.length);
    if (label !== null) return label;
  }
  return null;
}
const FOOTER = /^-----END ([^-\r\n]+)-----/;

/** DER input, refused when it is nothing at all (blankInput), as a `label` block's would be. */
export function notBlank(der: Uint8Array, label: string): Uint8Array {
  const blank = blankInput(der);
  if (blank !== null) throw new X509Error(`${label.toLowerCase()}: ${blank}`);
  return der;
}

/**
 * Whether input starting with `start` (`length` bytes in all) is PEM rather
 * than DER: a "-----BEGIN " in it (text may come before the blocks, as
 * `openssl x509 -text` writes it), and not one DER value: a DER certificate
 * or request carries an image, which may hold any text, PEM blocks too.
 */
export function looksLikePem(start: Uint8Array, length = start.length): boolean {
  return Buffer.from(start.buffer, start.byteOffset, start.byteLength).includes("-----BEGIN ") && !isOneTlv(start, length);
}

/**
 * Why input that is neither PEM nor DER is nothing at all: empty, or only
 * white space (an ASN.1 error about it would say "Unexpected EOF"); null for
 * any other input.
 */
export function blankInput(input: Uint8Array): string | null {
  if (input.length === 0) return "the input is empty";
  for (const byte of input) if (!isSpace(byte)) return null;
  return "the input is only white space";
}

/**
 * Decodes one PEM block fed in pieces of any size (`push`), into a buffer of
 * `capacity` bytes (at least three quarters of the whole input).
 */
export class PemDecoder {
  private state: "head" | "body" | "tail" = "head";
  private head = "";
  private tail = "";
  private label = "";
  private readonly out: Buffer;
  private written = 0;
  /** base64 digits not yet decoded (fewer than a quantum, or a piece's worth) */
  private readonly digits: Buffer;
  private pending = 0;
  private padding = 0;

  constructor(
    private readonly expected: string,
    capacity: number,
    /** decode into memory handed over to the writer (bytesToWriteAround): for a request whose certificate is then written around its image */
    handOver = false,
  ) {
    this.out = handOver ? bytesToWriteAround(capacity) : Buffer.allocUnsafe(capacity);
    // a piece's digits at most, and no more than the input holds (a chain's blocks are small)
    this.digits = Buffer.allocUnsafe(Math.min(PIECE, Math.ceil((capacity * 4) / 3)) + 4);
  }

  push(bytes: Uint8Array): void {
    for (let at = 0; at < bytes.length; at += PIECE) this.pushPiece(Buffer.from(bytes.buffer, bytes.byteOffset + at, Math.min(PIECE, bytes.length - at)));
  }

  private pushPiece(piece: Buffer): void {
    if (this.state === "head") {
      // a header within the first piece (a PEM of one read) is found in its bytes: neither is made a string
      const opening = this.head === "" ? headerIn(piece) : null;
      if (opening !== null) {
        this.label = piece.toString("latin1", opening.start, opening.end);
        this.state = "body";
        this.pushPiece(piece.subarray(opening.end + "-----".length));
        return;
      }
      this.head += piece.toString("latin1");
      const match = HEADER.exec(this.head);
      if (match === null) return;
      this.label = match[1]!;
      this.state = "body";
      const rest = Buffer.from(this.head.slice(match.index + match[0].length), "latin1");
      this.head = "";
      this.pushPiece(rest);
      return;
    }
    if (this.state === "tail") {
      this.tail += piece.toString("latin1");
      return;
    }
    // once lines tried whole turn out not to be such lines, the rest of the piece goes digit by digit: no line is decoded whole twice
    let tryLines = true;
    for (let at = 0; at < piece.length; ) {
      if (tryLines && this.pending === 0 && this.padding === 0) {
        const took = this.wholeLines(piece, at);
        tryLines = took !== null;
        at += took ?? 0;
      }
      if (at === piece.length) return;
      // up to the end of this line digit by digit, then whole lines again
      const lineEnd = piece.indexOf(LF, at);
      const to = lineEnd === -1 ? piece.length : lineEnd + 1;
      const stop = this.someDigits(piece, at, to);
      if (stop < to) {
        if (piece[stop] !== DASH) this.invalid();
        this.state = "tail";
        this.pushPiece(piece.subarray(stop));
        return;
      }
      at = to;
    }
  }

  /**
   * The lines of 64 digits and a line feed (as PEM writers make them) from
   * `at`, decoded by Node's decoder in one call, and how many bytes of
   * `piece` they took (0: no such line here); null if they are not such
   * lines after all (nothing taken). Node's decoder skips
   * what is not base64 and stops at padding, so lines holding anything else
   * (white space, a bad character, padding: then taken digit by digit, as
   * the rules say) decode to fewer than 48 bytes a line; base64url's two
   * digits, which it takes, are looked for first.
   */
  private wholeLines(piece: Buffer, at: number): number | null {
    let lines = 0;
    const most = Math.floor((piece.length - at) / LINE);
    while (lines < most && piece[at + lines * LINE + LINE - 1] === LF) lines++;
    if (lines === 0) return 0;
    const end = at + lines * LINE;
    const text = piece.subarray(at, end);
    if (text.includes(DASH) || text.includes(UNDERSCORE)) return null;
    const decoded = this.out.write(text.toString("latin1"), this.written, "base64");
    if (decoded !== lines * LINE_BYTES) return null;
    this.written += decoded;
    return end - at;
  }

  /** The digits of `piece[from, to)` decoded (a quantum's remainder kept for the next), up to the first character that is not the body's: where it stopped. */
  private someDigits(piece: Buffer, from: number, to: number): number {
    const digits = this.digits;
    let n = this.pending;
    let i = from;
    for (; i < to; i++) {
      const c = piece[i]!;
      const kind = CLASS[c]!;
      if (kind === 1 && this.padding === 0) digits[n++] = c;
      else if (kind === 2 && this.padding < 2) {
        digits[n++] = c;
        this.padding++;
      } else if (kind !== 3) break;
    }
    const whole = n - (n % 4);
    if (whole > 0) this.written += this.out.write(digits.toString("latin1", 0, whole), this.written, "base64");
    digits.copy(digits, 0, whole, n);
    this.pending = n - whole;
    return i;
  }

  /** The DER of the block (a view into the decoder's buffer). */
  end(): Uint8Array {
    return this.finish(false);
  }

  /**
   * The DER of the first block (a view into the decoder's buffer), when more
   * blocks of the same label may follow it, as a certificate's chain follows
   * it in its file: they are checked as splitPem checks them, not returned.
   */
  endOfFirst(): Uint8Array {
    return this.finish(true);
  }

  private finish(moreMayFollow: boolean): Uint8Array {
    const blocks = () => `expected exactly one PEM "${this.expected}" block, found`;
    if (this.state === "head") throw new X509Error(`${blocks()} 0`);
    const footer = FOOTER.exec(this.tail);
    if (footer === null) {
      // no END line: decodePem would find no block here, and no later one (a BEGIN in the body is no base64)
      if (this.tail.includes("-----END ")) this.invalid();
      throw new X509Error(`${blocks()} 0`);
    }
    if (footer[1] !== this.label) throw new X509Error(`PEM block "BEGIN ${this.label}" is closed by "END ${footer[1]}"`);
    if (this.pending !== 0) this.invalid();
    const rest = this.tail.slice(footer[0].length);
    const more = rest.includes(BEGIN) ? decodePem(rest) : [];
    if (moreMayFollow) {
      // in splitPem's words: the file is read as a chain
      const other = [this.label, ...more.map((b) => b.label)].find((label) => label !== this.expected);
      if (other !== undefined) throw new X509Error(`expected only ${this.expected} blocks, found "${other}"`);
    } else {
      if (more.length > 0) throw new X509Error(`${blocks()} ${1 + more.length}`);
      if (this.label !== this.expected) throw new X509Error(`expected a PEM "${this.expected}" block, found "${this.label}"`);
    }
    return new Uint8Array(this.out.buffer, this.out.byteOffset, this.written);
  }

  private invalid(): never {
    throw new X509Error(`PEM block "${this.label}" does not hold valid base64 (encrypted or with headers?)`);
  }
}

/** Bytes validated and decoded at a time. */
const PIECE = 1 << 16;

/** Base64 never decodes to more than three quarters of its text (and the header is more than 3 bytes). */
export const derCapacity = (textBytes: number) => Math.ceil((textBytes * 3) / 4);

/**
 * The DER of a file holding one PEM block labelled `label`, or DER itself
 * (looksLikePem, from its first MiB), read and decoded piece by piece;
 * `progress` is told the bytes read. With `handOver`, the DER is in memory
 * handed over to the writer (bytesToWriteAround): a request read so is given
 * up to the certificate written around its image (signing it once destroys
 * the rest of it).
 */
export async function readDerFile(
  file: string,
  label: string,
  progress?: (read: number, size: number) => void,
  handOver = false,
  /** more PEM blocks of `label` may follow the first (a certificate's chain): checked, not returned */
  chainFollows = false,
): Promise<Uint8Array> {
  const finish = (decoder: PemDecoder) => (chainFollows ? decoder.endOfFirst() : decoder.end());
  // a file of one read in one synchronous go
  const small = readFileInto(file, (size) => (size > READ_BYTES ? null : Buffer.allocUnsafe(size)));
  if (small !== null) {
    progress?.(0, small.length);
    progress?.(small.length, small.length);
    if (!looksLikePem(small)) return notBlank(small, label);
    const decoder = new PemDecoder(label, derCapacity(small.length), handOver);
    decoder.push(small);
    return finish(decoder);
  }
  const handle = await open(file, "r");
  try {
    const { size } = await handle.stat();
    progress?.(0, size);
    const first = Buffer.allocUnsafe(Math.min(size, READ_BYTES));
    const { bytesRead } = await handle.read(first, 0, first.length, 0);
    if (!looksLikePem(first.subarray(0, bytesRead), size)) {
      const der = handOver ? bytesToWriteAround(size) : Buffer.allocUnsafe(size);
      first.copy(der, 0, 0, bytesRead);
      let at = bytesRead;
      while (at < size) {
        const r = await handle.read(der, at, Math.min(READ_BYTES, size - at), at);
        if (r.bytesRead === 0) break;
        at += r.bytesRead;
        progress?.(at, size);
      }
      return new Uint8Array(der.buffer, der.byteOffset, at);
    }
    const decoder = new PemDecoder(label, derCapacity(size), handOver);
    decoder.push(first.subarray(0, bytesRead));
    progress?.(bytesRead, size);
    // no further than the size the capacity was made for, should the file grow meanwhile
    for (let at = bytesRead; at < size; ) {
      const r = await handle.read(first, 0, Math.min(first.length, size - at), at);
      if (r.bytesRead === 0) break;
      decoder.push(first.subarray(0, r.bytesRead));
      at += r.bytesRead;
      progress?.(at, size);
    }
    return finish(decoder);
  } finally {
    await handle.close();
  }
}

/** Bytes read from a file at a time. */
const READ_BYTES = 1 << 20;
