// Small grammars shared by commands, wire messages and dumps (vmm_asn.ml).

import { AsnError } from "../asn1/der.js";
import {
  type Asn,
  choice,
  decodeOnly,
  explicit,
  integer,
  map,
  nul,
  octetString,
  optional,
  required,
  sequence,
  sequenceOf,
  setOf,
  utf8String,
} from "../asn1/schema.js";
import type { WireVersion } from "../model/command.js";
import { RELEASES, RELEASE_VERSION, type Release } from "../model/release.js";
import { BOTH, V24, V27, arm, otherReleasesHint, perRelease, releaseChoice } from "./arms.js";
import { LABEL_READING, type Name, nameOfString, nameToList, nameToString } from "../model/name.js";
import type { Policy } from "../model/policy.js";
import type { WireName } from "../model/wire.js";
import { sortedUnique } from "../model/sets.js";
import type { FailBehaviour, Typ } from "../model/unikernel.js";

/** The wire versions each release reads: 2.5 dropped versions 3 and 4. */
export const WIRE_VERSIONS: Record<Release, readonly WireVersion[]> = { "2.4": [3, 4, 5], "2.7": [5] };

function versionFor(release: Release): Asn<WireVersion> {
  const known = WIRE_VERSIONS[release];
  return map(
    integer,
    (v) => {
      const n = Number(v) as WireVersion;
      if (BigInt(n) === v && known.includes(n)) return n;
      // OCaml prints the 63-bit int unsigned in hex
      const shown = v < 0n ? (1n << 63n) + v : v;
      throw new AsnError(`unknown version number 0x${shown.toString(16).toUpperCase()}`);
    },
    (v) => {
      if (!known.includes(v)) {
        throw new AsnError(`Albatross ${RELEASE_VERSION[release]} cannot write wire version ${v}${otherReleasesHint(release, RELEASES.filter((r) => WIRE_VERSIONS[r].includes(v)))}`);
      }
      return BigInt(v);
    },
  );
}

/** version INTEGER, as each release reads it */
export const version: Record<Release, Asn<WireVersion>> = perRelease(versionFor);

/** OCTET STRING of (at least) 8 bytes, big endian, read as unsigned. */
export const int64: Asn<bigint> = map(
  octetString,
  (b) => {
    if (b.length < 8) throw new AsnError("int64: octet string shorter than 8 bytes");
    return Buffer.from(b.buffer, b.byteOffset, 8).readBigUInt64BE(0);
  },
  (v) => {
    const b = Buffer.alloc(8);
    b.writeBigUInt64BE(BigInt.asUintN(64, v));
    return b;
  },
);

/** INTEGER truncated to OCaml's int32 (Int32.of_int). */
export const int32: Asn<number> = map(
  integer,
  (v) => Number(BigInt.asIntN(32, v)),
  (v) => BigInt(v),
);

/** Two lowercase hex digits of each octet (a dump's every bridge has a MAC: no buffer and regex for each). */
const HEX = Array.from({ length: 0x100 }, (_, b) => b.toString(16).padStart(2, "0"));

export const MAC_PATTERN = /^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/;

export const macAddress: Asn<string> = map(
  octetString,
  (b) => {
    if (b.length !== 6) throw new AsnError("bad mac address: Macaddr: MAC is exactly 6 bytes");
    return `${HEX[b[0]!]}:${HEX[b[1]!]}:${HEX[b[2]!]}:${HEX[b[3]!]}:${HEX[b[4]!]}:${HEX[b[5]!]}`;
  },
  (mac) => {
    if (!MAC_PATTERN.test(mac)) throw new AsnError(`bad mac address: ${mac}`);
    return Buffer.from(mac.replaceAll(":", ""), "hex");
  },
);

/** Names since wire version 5: Name.to_string as one UTF8String. */
/** Names as each release reads them: 2.5 and later lowercase every label (Vmm_core.Name.of_string). */
export const name: Record<Release, Asn<Name>> = perRelease((r) =>
  map(utf8String, (s) => nameOfString(s, LABEL_READING[r]), nameToString),
);

/** Names in wire version 5 messages. */
export const wireName: Record<Release, Asn<WireName>> = perRelease((r) => map(name[r], (n) => ({ name: n }), (w) => w.name));

/** Names in wire versions 3 and 4 (2.4.1 only): labels, which the decoder joins with '.'. */
export const oldWireName: Asn<WireName> = map(
  sequenceOf(utf8String),
  (labels) => ({ name: nameOfString(labels.join(".")), labels }),
  (w) => (w.labels && nameToString(nameOfString(w.labels.join("."))) === nameToString(w.name) ? w.labels : nameToList(w.name)),
);

/** [0] solo5 / [1] bhyve; 2.4.1 declares bhyve's tag but refuses it. */
export const typ: Record<Release, Asn<Typ>> = perRelease((release) =>
  releaseChoice<Typ>(
    release,
    [
      arm(map(explicit(0, nul), (): Typ => "solo5", () => null), BOTH, BOTH, (t) => t === "solo5"),
      arm(
        decodeOnly(
          explicit(1, nul),
          (): Typ => {
            throw new AsnError("typ not yet supported");
          },
          "bhyve",
        ),
        V24,
      ),
      arm(map(explicit(1, nul), (): Typ => "bhyve", () => null), V27, V27, (t) => t === "bhyve"),
    ],
    (t) => `typ ${t}`,
  ),
);

export const failBehaviour: Asn<FailBehaviour> = choice<FailBehaviour>(
  [
    map(explicit(0, nul), (): FailBehaviour => ({ kind: "quit" }), () => null),
    map(
      explicit(1, setOf(integer)),
      (codes): FailBehaviour => ({ kind: "restart", exitCodes: codes.length ? sortedUnique(codes) : null }),
      (f) => (f.kind === "restart" && f.exitCodes ? sortedUnique(f.exitCodes) : []),
    ),
  ],
  (f) => (f.kind === "quit" ? 0 : 1),
);

export const policy: Asn<Policy> = map(
  sequence({
    cpuids: required(sequenceOf(integer)),
    unikernels: required(integer),
    memory: required(integer),
    block: optional(integer),
    bridges: required(sequenceOf(utf8String)),
  }),
  // makePolicy's fields in the wire's order, from literal fields (no spread: a hidden class for every policy)
  (p): Policy => ({ cpuids: sortedUnique(p.cpuids), unikernels: p.unikernels, memory: p.memory, block: p.block ?? null, bridges: sortedUnique(p.bridges) }),
  (p) => ({ cpuids: sortedUnique(p.cpuids), unikernels: p.unikernels, memory: p.memory, block: p.block ?? undefined, bridges: sortedUnique(p.bridges) }),
);

/** Absent list ↔ empty list, as Albatross maps `None` and `[]`. */
export function listOrAbsent<T>(xs: T[] | undefined): T[] {
  return xs ?? [];
}
export function absentIfEmpty<T>(xs: readonly T[]): T[] | undefined {
  return xs.length ? [...xs] : undefined;
}

export const nullable = <T>(v: T | undefined): T | null => (v === undefined ? null : v);
export const absent = <T>(v: T | null): T | undefined => (v === null ? undefined : v);
