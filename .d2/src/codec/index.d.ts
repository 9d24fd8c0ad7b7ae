import { type Encoded } from "../asn1/der.js";
import type { CertExtension } from "../model/command.js";
import type { Dump } from "../model/dump.js";
import { type Release } from "../model/release.js";
import type { Wire } from "../model/wire.js";
import type { J } from "../json/schema.js";
import { type RenderOptions } from "../render/albatross.js";
/**
 * Any failure to read Albatross data; the message is Albatross's where it
 * has one. `readBy` names the other releases that read the same bytes.
 */
export declare class DecodeError extends Error {
    readonly release: Release | null;
    readonly readBy: readonly Release[];
    name: string;
    constructor(message: string, release?: Release | null, readBy?: readonly Release[]);
    /** The message with " (Albatross 2.4 reads this)" when another release would read the bytes. */
    get withHint(): string;
}
export declare class EncodeError extends Error {
    name: string;
}
export type Kind = "extension" | "wire" | "dump";
/** The releases that read these bytes as `kind`. */
export declare function acceptingReleases(kind: Kind, bytes: Uint8Array): Release[];
export declare const decodeExtension: (b: Uint8Array, release: Release) => CertExtension;
export declare const encodeExtension: (v: CertExtension, release: Release) => Uint8Array;
/** The extension's encoding as its parts: an image inside is not copied (see `Encoded`). */
export declare const encodeExtensionParts: (v: CertExtension, release: Release) => Encoded;
export declare const decodeWire: (b: Uint8Array, release: Release) => Wire;
export declare const encodeWire: (v: Wire, release: Release) => Uint8Array;
export declare const decodeDump: (b: Uint8Array, release: Release) => Dump;
export declare const encodeDump: (v: Dump, release: Release) => Uint8Array;
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
export declare const KINDS: Record<Release, Codecs>;
/** The JSON form of a value → the value (throws DecodeError with the field's path). */
export declare function fromJson<T>(codec: KindCodec<T>, x: unknown): T;
