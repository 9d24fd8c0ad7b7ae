// Reading and writing the Albatross certificate extension, with the codec's
// error classes and the per-release decoding the other kinds share. Its own
// module so that reading a certificate does not load the wire and dump
// grammars, nor the JSON forms (`codec/index` has every kind).

import { AsnError, type Encoded } from "../asn1/der.js";
import { decodeStrict, encodedOf } from "../asn1/schema.js";
import { JsonFormError } from "../json/schema.js";
import type { CertExtension } from "../model/command.js";
import { NameError } from "../model/name.js";
import { RELEASES, type Release } from "../model/release.js";
import { TimeError } from "../model/time.js";
import { otherReleasesHint, perRelease } from "./arms.js";
import { certExtension } from "./command.js";

/**
 * Any failure to read Albatross data; the message is Albatross's where it
 * has one. `readBy` names the other releases that read the same bytes.
 */
export class DecodeError extends Error {
  override name = "DecodeError";
  constructor(
    message: string,
    readonly release: Release | null = null,
    readonly readBy: readonly Release[] = [],
  ) {
    super(message);
  }

  /** The message with " (Albatross 2.4 reads this)" when another release would read the bytes. */
  get withHint(): string {
    return this.release === null ? this.message : this.message + otherReleasesHint(this.release, this.readBy);
  }
}

export class EncodeError extends Error {
  override name = "EncodeError";
}

/**
 * The failures bad data can cause, reported as one error class. Anything
 * else (a TypeError, a RangeError) is a bug of ours and is not disguised.
 */
const DATA_ERRORS = [AsnError, NameError, TimeError, JsonFormError];

export function guarded<A, B>(f: (a: A) => B, E: new (m: string) => Error): (a: A) => B {
  return (a) => {
    try {
      return f(a);
    } catch (e) {
      if (DATA_ERRORS.some((D) => e instanceof D)) throw new E((e as Error).message);
      throw e;
    }
  };
}

/** One kind's bytes ↔ value, as each release reads and writes them. */
export type RawCodec<T> = Record<Release, { decode(b: Uint8Array): T; encode(v: T): Uint8Array }>;

function accepts(raw: RawCodec<unknown>, release: Release, bytes: Uint8Array): boolean {
  try {
    raw[release].decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The releases that read these bytes. */
export function readersOf(raw: RawCodec<unknown>, bytes: Uint8Array): Release[] {
  return RELEASES.filter((r) => accepts(raw, r, bytes));
}

/** Decoding for `release`; a refusal says which other release reads the bytes. */
export function decoder<T>(raw: RawCodec<T>, release: Release): (b: Uint8Array) => T {
  const decode = guarded((b: Uint8Array) => raw[release].decode(b), DecodeError);
  return (b) => {
    try {
      return decode(b);
    } catch (e) {
      if (!(e instanceof DecodeError)) throw e;
      const others = RELEASES.filter((r) => r !== release && accepts(raw, r, b));
      throw new DecodeError(e.message, release, others);
    }
  };
}

export function encoder<T>(raw: RawCodec<T>, release: Release): (v: T) => Uint8Array {
  return guarded((v: T) => raw[release].encode(v), EncodeError);
}

export const RAW_EXTENSION: RawCodec<CertExtension> = perRelease((r) => ({
  decode: (b: Uint8Array) => decodeStrict(certExtension[r], b),
  encode: (v: CertExtension) => certExtension[r].encode(v),
}));

export const decodeExtension = (b: Uint8Array, release: Release): CertExtension => decoder(RAW_EXTENSION, release)(b);
export const encodeExtension = (v: CertExtension, release: Release): Uint8Array => encoder(RAW_EXTENSION, release)(v);
/** The extension's encoding as its parts: an image inside is not copied (see `Encoded`). */
export const encodeExtensionParts = (v: CertExtension, release: Release): Encoded =>
  guarded((x: CertExtension) => encodedOf(certExtension[release], x), EncodeError)(v);
/** The releases that read these bytes as the extension. */
export const extensionReaders = (b: Uint8Array): Release[] => readersOf(RAW_EXTENSION, b);
