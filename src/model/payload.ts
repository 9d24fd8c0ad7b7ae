// The bytes a command carries — a unikernel image (create) or block data
// (create-block, set-block) — as sent, zlib-compressed or not, and as the
// operator has them: the file that was requested, byte for byte.

import { createHash } from "node:crypto";
import zlib from "node:zlib";
import type { Command } from "./command.js";

export type PayloadKind = "image" | "block data";

export interface Payload {
  kind: PayloadKind;
  /** the bytes as the command carries them */
  data: Uint8Array;
  compressed: boolean;
}

/** The payload of a command, if it carries one. */
export function commandPayload(command: Command): Payload | null {
  switch (command.kind) {
    case "unikernel_create":
    case "unikernel_force_create":
      return { kind: "image", data: command.config.image, compressed: command.config.compressed };
    // 2.4.1's add and set carry the data; 2.7's stream it after the command
    case "old_block_add":
      return command.data === null ? null : { kind: "block data", data: command.data, compressed: command.compressed };
    case "old_block_set":
      return { kind: "block data", data: command.data, compressed: command.compressed };
    default:
      return null;
  }
}

export class PayloadError extends Error {
  override name = "PayloadError";
}

/** Larger than any image or disk Albatross is given: an inflated payload past it is refused, not allocated. */
export const MAX_UNCOMPRESSED = 2 ** 31 - 1;

/**
 * The bytes compressed bytes were deflated from, while these are still in
 * memory (weakly: never kept alive for this). Reading a payload then costs no
 * inflating: the wizard's preview of a create of a 64 MB image peaked at
 * 239 MB (limit 228) with the image, its compressed bytes and their inflated
 * copy held at once.
 */
const sources = new WeakMap<Uint8Array, WeakRef<Uint8Array>>();

/** Notes that `compressed` was deflated from `original` here, which stays as it is (see uncompressed). */
export function deflatedFrom(compressed: Uint8Array, original: Uint8Array): void {
  sources.set(compressed, new WeakRef(original));
}

/**
 * The payload as the operator had it: inflated when it was sent compressed,
 * unless it was compressed here from bytes still in memory (deflatedFrom),
 * which are what inflating would give.
 */
export function uncompressed(p: Payload): Uint8Array {
  if (!p.compressed) return p.data;
  const source = sources.get(p.data)?.deref();
  if (source !== undefined) return source;
  try {
    // Inflated into one chunk of four times the compressed size (zlib shrinks an image about three times), whose
    // untouched rest costs no memory: the result is that chunk, where zlib's default 16 KiB chunks were concatenated
    // (the image held twice); and a view of it, not a copy. An image is tens or hundreds of MB.
    const chunkSize = Math.min(2 ** 30, Math.max(zlib.constants.Z_DEFAULT_CHUNK, p.data.length * 4));
    const inflated = zlib.inflateSync(p.data, { maxOutputLength: MAX_UNCOMPRESSED, chunkSize });
    return new Uint8Array(inflated.buffer, inflated.byteOffset, inflated.byteLength);
  } catch (e) {
    throw new PayloadError(`the ${p.kind} does not decompress (zlib): ${(e as Error).message}`);
  }
}

export const sha256Hex = (b: Uint8Array): string => createHash("sha256").update(b).digest("hex");
