// The codec's public face: bytes ↔ domain values for the three kinds of
// Albatross data, each with its text (Albatross's printer) and JSON form.

import { AsnError } from "../asn1/der.js";
import { decodeStrict } from "../asn1/schema.js";
import { NameError } from "../model/name.js";
import { TimeError } from "../model/time.js";
import { JsonFormError } from "../json/schema.js";
import type { CertExtension } from "../model/command.js";
import type { Dump } from "../model/dump.js";
import type { Wire } from "../model/wire.js";
import * as forms from "../json/forms.js";
import type { J } from "../json/schema.js";
import { type RenderOptions, ppCommand, ppDump, ppWire } from "../render/albatross.js";
import { certExtension } from "./command.js";
import { dump } from "./dump.js";
import { decodeWireBytes, encodeWireBytes } from "./wire.js";

/** Any failure to read Albatross data; the message is Albatross's where it has one. */
export class DecodeError extends Error {
  override name = "DecodeError";
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

export const decodeExtension = guarded((b: Uint8Array): CertExtension => decodeStrict(certExtension, b), DecodeError);
export const encodeExtension = guarded((v: CertExtension): Uint8Array => certExtension.encode(v), EncodeError);
export const decodeWire = guarded(decodeWireBytes, DecodeError);
export const encodeWire = guarded(encodeWireBytes, EncodeError);
export const decodeDump = guarded((b: Uint8Array): Dump => decodeStrict(dump, b), DecodeError);
export const encodeDump = guarded((v: Dump): Uint8Array => dump.encode(v), EncodeError);

export type Kind = "extension" | "wire" | "dump";

export interface KindCodec<T> {
  decode(bytes: Uint8Array): T;
  encode(value: T): Uint8Array;
  text(value: T, options?: RenderOptions): string;
  json: J<T>;
}

export const KINDS: { extension: KindCodec<CertExtension>; wire: KindCodec<Wire>; dump: KindCodec<Dump> } = {
  extension: {
    decode: decodeExtension,
    encode: encodeExtension,
    text: (v, o) => ppCommand(v.command, o),
    json: forms.certExtension,
  },
  wire: { decode: decodeWire, encode: encodeWire, text: ppWire, json: forms.wire },
  dump: { decode: decodeDump, encode: encodeDump, text: ppDump, json: forms.dump },
};

/** The JSON form of a value → the value (throws DecodeError with the field's path). */
export function fromJson<T>(codec: KindCodec<T>, x: unknown): T {
  return guarded((y: unknown) => codec.json.fromJson(y, ""), DecodeError)(x);
}
