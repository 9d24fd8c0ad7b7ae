// The codec's public face: bytes ↔ domain values for the three kinds of
// Albatross data, each with its text (Albatross's printer) and JSON form, for
// the release given (a plain value: the codec holds no state).

import { AsnError, type Encoded } from "../asn1/der.js";
import { decodeStrict, encodedOf } from "../asn1/schema.js";
import { NameError } from "../model/name.js";
import { TimeError } from "../model/time.js";
import { JsonFormError } from "../json/schema.js";
import type { CertExtension } from "../model/command.js";
import type { Dump } from "../model/dump.js";
import { RELEASES, type Release } from "../model/release.js";
import type { Wire } from "../model/wire.js";
import * as forms from "../json/forms.js";
import type { J } from "../json/schema.js";
import { type RenderOptions, ppCommand, ppDump, ppWire } from "../render/albatross.js";
import { otherReleasesHint, perRelease } from "./arms.js";
import { certExtension } from "./command.js";
import { dump } from "./dump.js";
import { decodeWireBytes, encodeWireBytes } from "./wire.js";

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

function guarded<A, B>(f: (a: A) => B, E: new (m: string) => Error): (a: A) => B {
  return (a) => {
    try {
      return f(a);
    } catch (e) {
      if (DATA_ERRORS.some((D) => e instanceof D)) throw new E((e as Error).message);
      throw e;
    }
  };
}

export type Kind = "extension" | "wire" | "dump";

type Raw = { [K in Kind]: { decode(b: Uint8Array): unknown; encode(v: never): Uint8Array } };

const RAW: Record<Release, Raw> = perRelease((r) => ({
  extension: { decode: (b: Uint8Array) => decodeStrict(certExtension[r], b), encode: (v: CertExtension) => certExtension[r].encode(v) },
  wire: { decode: (b: Uint8Array) => decodeWireBytes(b, r), encode: (v: Wire) => encodeWireBytes(v, r) },
  dump: { decode: (b: Uint8Array) => decodeStrict(dump[r], b), encode: (v: Dump) => dump[r].encode(v) },
}));

function accepts(kind: Kind, release: Release, bytes: Uint8Array): boolean {
  try {
    RAW[release][kind].decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The releases that read these bytes as `kind`. */
export function acceptingReleases(kind: Kind, bytes: Uint8Array): Release[] {
  return RELEASES.filter((r) => accepts(kind, r, bytes));
}

/** Decoding for `release`; a refusal says which other release reads the bytes. */
function decoder<T>(kind: Kind, release: Release): (b: Uint8Array) => T {
  const decode = guarded((b: Uint8Array) => RAW[release][kind].decode(b) as T, DecodeError);
  return (b) => {
    try {
      return decode(b);
    } catch (e) {
      if (!(e instanceof DecodeError)) throw e;
      const others = RELEASES.filter((r) => r !== release && accepts(kind, r, b));
      throw new DecodeError(e.message, release, others);
    }
  };
}

function encoder<T>(kind: Kind, release: Release): (v: T) => Uint8Array {
  return guarded((v: T) => (RAW[release][kind].encode as (v: T) => Uint8Array)(v), EncodeError);
}

export const decodeExtension = (b: Uint8Array, release: Release): CertExtension => decoder<CertExtension>("extension", release)(b);
export const encodeExtension = (v: CertExtension, release: Release): Uint8Array => encoder<CertExtension>("extension", release)(v);
/** The extension's encoding as its parts: an image inside is not copied (see `Encoded`). */
export const encodeExtensionParts = (v: CertExtension, release: Release): Encoded =>
  guarded((x: CertExtension) => encodedOf(certExtension[release], x), EncodeError)(v);
export const decodeWire = (b: Uint8Array, release: Release): Wire => decoder<Wire>("wire", release)(b);
export const encodeWire = (v: Wire, release: Release): Uint8Array => encoder<Wire>("wire", release)(v);
export const decodeDump = (b: Uint8Array, release: Release): Dump => decoder<Dump>("dump", release)(b);
export const encodeDump = (v: Dump, release: Release): Uint8Array => encoder<Dump>("dump", release)(v);

export interface KindCodec<T> {
  decode(bytes: Uint8Array): T;
  encode(value: T): Uint8Array;
  text(value: T, options?: RenderOptions): string;
  json: J<T>;
}

export interface Codecs {
  extension: KindCodec<CertExtension>;
  wire: KindCodec<Wire>;
  dump: KindCodec<Dump>;
}

/** Each kind's codec as a release reads, writes and prints it. */
export const KINDS: Record<Release, Codecs> = perRelease((r) => ({
  extension: {
    decode: decoder("extension", r),
    encode: encoder("extension", r),
    text: (v, o) => ppCommand(v.command, r, o),
    json: forms.certExtension,
  },
  wire: { decode: decoder("wire", r), encode: encoder("wire", r), text: (v, o) => ppWire(v, r, o), json: forms.wire },
  dump: { decode: decoder("dump", r), encode: encoder("dump", r), text: (v, o) => ppDump(v, r, o), json: forms.dump },
}));

/** The JSON form of a value → the value (throws DecodeError with the field's path). */
export function fromJson<T>(codec: KindCodec<T>, x: unknown): T {
  return guarded((y: unknown) => codec.json.fromJson(y, ""), DecodeError)(x);
}
