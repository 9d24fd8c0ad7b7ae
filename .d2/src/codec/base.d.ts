import { type Asn } from "../asn1/schema.js";
import type { WireVersion } from "../model/command.js";
import { type Release } from "../model/release.js";
import { type Name } from "../model/name.js";
import { type Policy } from "../model/policy.js";
import type { WireName } from "../model/wire.js";
import type { FailBehaviour, Typ } from "../model/unikernel.js";
/** The wire versions each release reads: 2.5 dropped versions 3 and 4. */
export declare const WIRE_VERSIONS: Record<Release, readonly WireVersion[]>;
/** version INTEGER, as each release reads it */
export declare const version: Record<Release, Asn<WireVersion>>;
/** OCTET STRING of (at least) 8 bytes, big endian, read as unsigned. */
export declare const int64: Asn<bigint>;
/** INTEGER truncated to OCaml's int32 (Int32.of_int). */
export declare const int32: Asn<number>;
export declare const MAC_PATTERN: RegExp;
export declare const macAddress: Asn<string>;
/** Names since wire version 5: Name.to_string as one UTF8String. */
/** Names as each release reads them: 2.5 and later lowercase every label (Vmm_core.Name.of_string). */
export declare const name: Record<Release, Asn<Name>>;
/** Names in wire version 5 messages. */
export declare const wireName: Record<Release, Asn<WireName>>;
/** Names in wire versions 3 and 4 (2.4.1 only): labels, which the decoder joins with '.'. */
export declare const oldWireName: Asn<WireName>;
/** [0] solo5 / [1] bhyve; 2.4.1 declares bhyve's tag but refuses it. */
export declare const typ: Record<Release, Asn<Typ>>;
export declare const failBehaviour: Asn<FailBehaviour>;
export declare const policy: Asn<Policy>;
/** Absent list ↔ empty list, as Albatross maps `None` and `[]`. */
export declare function listOrAbsent<T>(xs: T[] | undefined): T[];
export declare function absentIfEmpty<T>(xs: readonly T[]): T[] | undefined;
export declare const nullable: <T>(v: T | undefined) => T | null;
export declare const absent: <T>(v: T | null) => T | undefined;
