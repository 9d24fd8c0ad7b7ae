// Base64 as the bytes form reads it: groups of four characters of the
// alphabet, the last one padded or not. One set of rules for a whole string
// (schema.ts, after JSON.parse) and for one decoded as it is read (readJson).

/**
 * A character outside '+' to 'z', where the alphabet lies with a few others:
 * one range is quick to test (the alphabet's five took 8 ns a character of an
 * image's base64). Those others Node's decoder skips, so the bytes it gives
 * are fewer than the characters make; but for '-' and '_', which it reads as
 * base64url, and which are looked for.
 */
const OUTSIDE = /[^+-z]/;
const LAST_GROUP = /^(?:[A-Za-z0-9+/]{4}|[A-Za-z0-9+/]{3}=|[A-Za-z0-9+/]{2}==)$/;

/** Characters of base64 decoded at once: Node's decoder called per 64 Ki characters, not per parser chunk (256). */
const DECODE_CHARS = 1 << 16;

/**
 * A base64 string decoded as it comes: into memory of the known length, or
 * in pieces when the length is unknown (or wrong: the data is longer).
 */
export class Base64Decoding {
  private pending: string[] = [];
  private pendingChars = 0;
  /** characters after the last whole group */
  private carry = "";
  /** the last group decoded: padding ends the data */
  private lastGroup = "";
  private fault: string | null = null;
  private out: Buffer | null;
  private at = 0;
  private pieces: Buffer[] = [];

  constructor(
    private readonly memory: (size: number) => Buffer,
    length: number | null,
  ) {
    this.out = length === null ? null : memory(length);
  }

  add(s: string): void {
    if (this.fault !== null) return;
    this.pending.push(s);
    this.pendingChars += s.length;
    if (this.pendingChars >= DECODE_CHARS) this.decode(false);
  }

  /** The bytes, or the string's part that shows it is no base64. */
  end(): Uint8Array | string {
    this.decode(true);
    if (this.fault !== null) return this.fault;
    if (this.out === null) {
      const size = this.pieces.reduce((n, p) => n + p.length, 0);
      this.out = this.memory(size);
      for (const p of this.pieces) this.at += p.copy(this.out, this.at);
      this.pieces = [];
    }
    return new Uint8Array(this.out.buffer, this.out.byteOffset, this.at);
  }

  private decode(final: boolean): void {
    if (this.fault !== null) return;
    const text = this.carry + this.pending.join("");
    this.pending = [];
    this.pendingChars = 0;
    const whole = final ? text.length : text.length - (text.length % 4);
    const groups = text.slice(0, whole);
    this.carry = text.slice(whole);
    if (groups === "") return;
    const last = groups.slice(-4);
    if (this.lastGroup.endsWith("=")) {
      this.fault = this.lastGroup + groups;
      return;
    }
    if (groups.length % 4 !== 0 || OUTSIDE.test(groups) || groups.includes("-") || groups.includes("_") || !LAST_GROUP.test(last)) {
      this.fault = groups;
      return;
    }
    this.lastGroup = last;
    const size = (groups.length / 4) * 3 - (last.endsWith("==") ? 2 : last.endsWith("=") ? 1 : 0);
    if (this.out !== null && this.at + size > this.out.length) {
      // longer than its "length" said: the form will say so; decoded in pieces from here
      this.pieces.push(this.out.subarray(0, this.at));
      this.out = null;
      this.at = 0;
    }
    let decoded: number;
    if (this.out === null) {
      const piece = Buffer.from(groups, "base64");
      this.pieces.push(piece);
      decoded = piece.length;
    } else {
      decoded = this.out.write(groups, this.at, "base64");
      this.at += decoded;
    }
    // fewer bytes: a character the decoder skipped, no base64 (see OUTSIDE)
    if (decoded !== size) this.fault = groups;
  }
}

/** A whole base64 string's bytes, or null when it is no base64. */
export function decodeBase64(s: string): Uint8Array | null {
  const decoding = new Base64Decoding((size) => Buffer.allocUnsafe(size), Math.floor(s.length / 4) * 3);
  decoding.add(s);
  const bytes = decoding.end();
  return typeof bytes === "string" ? null : bytes;
}
