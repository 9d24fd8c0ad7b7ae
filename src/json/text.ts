// JSON text in pieces. The JSON forms make plain trees, and JSON.stringify
// writes them; only bytes are too large to hold as one string (an image of
// hundreds of MB is a third more as base64, and as much again in the text
// around it). So the base64 of bytes is made when it is read: the tree still
// reads as plain JSON (JSON.stringify, deepEqual, property access see the
// whole string), and writeJson writes that string in pieces instead, into the
// text JSON.stringify makes of everything else. One serializer, not two.

import { randomBytes } from "node:crypto";
import { once } from "node:events";

const BYTES = Symbol("bytes");
const BASE64 = "base64";

/** `{"length": n, "base64": "..."}`, its base64 made only when read (each time: it is never kept). */
export function base64Field(bytes: Uint8Array): { length: number; base64: string } {
  const field = { length: bytes.length } as { length: number; base64: string };
  holdBase64(field, bytes);
  return field;
}

/**
 * Makes `field`'s "base64" the base64 of `bytes`, made when read: for
 * base64Field, and for a field whose base64 readJson decoded as it came. Set
 * (a later "base64" of the same JSON object), it is an ordinary field again.
 */
export function holdBase64(field: object, bytes: Uint8Array): void {
  Object.defineProperty(field, BASE64, {
    enumerable: true,
    configurable: true,
    get: () => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64"),
    set: (value: unknown) => {
      delete (field as { [BYTES]?: Uint8Array })[BYTES];
      Object.defineProperty(field, BASE64, { value, writable: true, enumerable: true, configurable: true });
    },
  });
  Object.defineProperty(field, BYTES, { value: bytes, configurable: true });
}

/** The bytes a field's base64 stands for, when it holds them (holdBase64). */
export const heldBytes = (x: unknown): Uint8Array | undefined =>
  typeof x === "object" && x !== null ? (x as { [BYTES]?: Uint8Array })[BYTES] : undefined;

/**
 * Bytes per piece of base64: a multiple of 3, so that the pieces join without
 * padding between them; and small, so that a written piece is young garbage
 * (V8 keeps strings of 1 MB among the large objects, freed only by a full
 * collection: an 87 MB PEM's inspection peaked 60 MB higher with them).
 */
export const BASE64_PIECE = 3 * 2 ** 14;

function* base64Pieces(bytes: Uint8Array): Generator<string> {
  for (let at = 0; at < bytes.length; at += BASE64_PIECE) {
    const end = Math.min(at + BASE64_PIECE, bytes.length);
    yield Buffer.from(bytes.buffer, bytes.byteOffset + at, end - at).toString("base64");
  }
}

/**
 * The pieces of `JSON.stringify(value, null, space)`, none larger than about
 * a MB plus the text around the bytes. Each bytes field stands in
 * JSON.stringify's text as a marker no input can forge (random), and its
 * base64 is written in its place.
 */
export function* jsonPieces(value: unknown, space?: number): Generator<string> {
  const nonce = randomBytes(16).toString("hex");
  const fields: Uint8Array[] = [];
  const text = JSON.stringify(
    value,
    (_key, x: unknown) => {
      const bytes = heldBytes(x);
      if (bytes === undefined) return x;
      const marked: Record<string, unknown> = {};
      for (const key of Object.keys(x as object)) marked[key] = key === BASE64 ? `${nonce}-${fields.length}` : (x as Record<string, unknown>)[key];
      fields.push(bytes);
      return marked;
    },
    space,
  );
  if (text === undefined) return;
  let from = 0;
  for (const [i, bytes] of fields.entries()) {
    const marker = `"${nonce}-${i}"`;
    const at = text.indexOf(marker, from);
    yield text.slice(from, at + 1);
    yield* base64Pieces(bytes);
    from = at + marker.length - 1;
  }
  yield text.slice(from);
}

/**
 * `JSON.stringify(value, null, space)` and a newline, written in pieces to
 * `out`, each after the one before has drained: an image's JSON is never
 * whole in memory, nor queued whole in the stream.
 */
export async function writeJson(out: NodeJS.WritableStream, value: unknown, space?: number): Promise<void> {
  for (const piece of jsonPieces(value, space)) await writePiece(out, piece);
  await writePiece(out, "\n");
}

async function writePiece(out: NodeJS.WritableStream, piece: string): Promise<void> {
  if (piece.length > 0 && !out.write(piece)) await once(out, "drain");
}
