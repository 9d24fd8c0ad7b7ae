// The codec's public face: bytes ↔ domain values for the three kinds of
// Albatross data, each with its text (Albatross's printer) and JSON form, for
// the release given (a plain value: the codec holds no state).

import { decodeStrict } from "../asn1/schema.js";
import type { CertExtension } from "../model/command.js";
import type { Dump } from "../model/dump.js";
import type { Release } from "../model/release.js";
import type { Wire } from "../model/wire.js";
import * as forms from "../json/forms.js";
import type { J } from "../json/schema.js";
import { type RenderOptions, ppCommand, ppDump, ppWire } from "../render/albatross.js";
import { perRelease } from "./arms.js";
import { dump } from "./dump.js";
import { DecodeError, type RawCodec, RAW_EXTENSION, decoder, encoder, guarded, readersOf } from "./extension.js";
import { decodeWireBytes, encodeWireBytes } from "./wire.js";

export { DecodeError, EncodeError, decodeExtension, encodeExtension, encodeExtensionParts } from "./extension.js";

export type Kind = "extension" | "wire" | "dump";

const RAW: { extension: RawCodec<CertExtension>; wire: RawCodec<Wire>; dump: RawCodec<Dump> } = {
  extension: RAW_EXTENSION,
  wire: perRelease((r) => ({ decode: (b: Uint8Array) => decodeWireBytes(b, r), encode: (v: Wire) => encodeWireBytes(v, r) })),
  dump: perRelease((r) => ({ decode: (b: Uint8Array) => decodeStrict(dump[r], b), encode: (v: Dump) => dump[r].encode(v) })),
};

/** The releases that read these bytes as `kind`. */
export function acceptingReleases(kind: Kind, bytes: Uint8Array): Release[] {
  return readersOf(RAW[kind], bytes);
}

export const decodeWire = (b: Uint8Array, release: Release): Wire => decoder(RAW.wire, release)(b);
export const encodeWire = (v: Wire, release: Release): Uint8Array => encoder(RAW.wire, release)(v);
export const decodeDump = (b: Uint8Array, release: Release): Dump => decoder(RAW.dump, release)(b);
export const encodeDump = (v: Dump, release: Release): Uint8Array => encoder(RAW.dump, release)(v);

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
    decode: decoder(RAW.extension, r),
    encode: encoder(RAW.extension, r),
    text: (v, o) => ppCommand(v.command, r, o),
    json: forms.certExtension,
  },
  wire: { decode: decoder(RAW.wire, r), encode: encoder(RAW.wire, r), text: (v, o) => ppWire(v, r, o), json: forms.wire },
  dump: { decode: decoder(RAW.dump, r), encode: encoder(RAW.dump, r), text: (v, o) => ppDump(v, r, o), json: forms.dump },
}));

/** The JSON form of a value → the value (throws DecodeError with the field's path). */
export function fromJson<T>(codec: KindCodec<T>, x: unknown): T {
  return guarded((y: unknown) => codec.json.fromJson(y, ""), DecodeError)(x);
}
