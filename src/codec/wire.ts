// Wire messages (vmm_asn.ml: header, success, payload, wire). The header's
// name grammar depends on the version, so every grammar here is built for a
// release and a name grammar; the version is read first, as Albatross does.

import { AsnError, readTlv } from "../asn1/der.js";
import {
  type Asn,
  boolean,
  choice,
  decodeOnly,
  decodeStrict,
  explicit,
  generalizedTime,
  integer,
  map,
  nul,
  octetString,
  required,
  sequence,
  sequenceOf,
  utcTime,
  utf8String,
} from "../asn1/schema.js";
import type { WireVersion } from "../model/command.js";
import type { Release } from "../model/release.js";
import type { Time } from "../model/time.js";
import type { UnikernelInfo } from "../model/unikernel.js";
import type { BlockDeviceEntry, Data, Header, Named, Payload, Success, Wire, WireName } from "../model/wire.js";
import { type Arm, BOTH, V24, V27, arm, kindArm, perRelease, releaseChoice } from "./arms.js";
import { WIRE_VERSIONS, int64, name, oldWireName, policy, version, wireName } from "./base.js";
import { wireCommand } from "./command.js";
import { stats } from "./stats.js";
import { unikernelLayouts } from "./unikernel.js";

/**
 * A record read with a wire name gets the name's fields after its own, the
 * labels only where old names read them: built from literal fields, as
 * `{ ...rest, ...name }` gave every record a hidden class of its own.
 */
function labelled<R extends WireName>(record: R, w: WireName): R {
  if (w.labels !== undefined) record.labels = w.labels;
  return record;
}

/** The wire name of a record, to write. */
const wireNameOf = (r: WireName): WireName => ({ name: r.name, labels: r.labels });

function named<T>(nameAsn: Asn<WireName>, value: Asn<T>, label: string): Asn<Named<T>[]> {
  return sequenceOf(
    map(
      sequence({ name: required(nameAsn), value: required(value, label) }),
      (e): Named<T> => labelled({ value: e.value, name: e.name.name }, e.name),
      (n) => ({ name: wireNameOf(n), value: n.value }),
    ),
  );
}

type S<K extends Success["kind"]> = Extract<Success, { kind: K }>;
type InfoKind = "old_unikernel_info2" | "old_unikernel_info3" | "old_unikernel_info4" | "old_unikernel_info5" | "unikernel_info";

function infoReply(num: number, kind: InfoKind, nameAsn: Asn<WireName>, info: Asn<UnikernelInfo>): Asn<Success> {
  return map(
    explicit(num, named(nameAsn, info, "info")),
    (unikernels) => ({ kind, unikernels }) as Success,
    (s) => (s as S<InfoKind>).unikernels,
  );
}

const image = sequence({ compressed: required(boolean), image: required(octetString) });

function successArms(release: Release, nameAsn: Asn<WireName>): Arm<Success>[] {
  const u = unikernelLayouts[release];
  return [
    kindArm(map(explicit(0, nul), (): Success => ({ kind: "empty" }), () => null), ["empty"], BOTH),
    kindArm(map(explicit(1, utf8String), (value): Success => ({ kind: "string", value }), (s) => (s as S<"string">).value), ["string"], BOTH),
    kindArm(
      map(explicit(2, named(nameAsn, policy, "policy")), (policies): Success => ({ kind: "policies", policies }), (s) => (s as S<"policies">).policies),
      ["policies"],
      BOTH,
    ),
    // [3] v2 configs: read until 2.4.1
    kindArm(
      map(explicit(3, named(nameAsn, u.v2Config, "config")), (unikernels): Success => ({ kind: "old_unikernels", unikernels }), (s) => (s as S<"old_unikernels">).unikernels),
      ["old_unikernels"],
      V24,
    ),
    kindArm(
      map(
        explicit(
          4,
          sequenceOf(
            map(
              sequence({ name: required(nameAsn), size: required(integer), active: required(boolean) }),
              (d): BlockDeviceEntry => labelled({ size: d.size, active: d.active, name: d.name.name }, d.name),
              (d) => ({ name: wireNameOf(d), size: d.size, active: d.active }),
            ),
          ),
        ),
        (devices): Success => ({ kind: "block_devices", devices }),
        (s) => (s as S<"block_devices">).devices,
      ),
      ["block_devices"],
      BOTH,
    ),
    kindArm(infoReply(5, "old_unikernel_info2", nameAsn, u.info2), ["old_unikernel_info2"], V24),
    kindArm(
      map(explicit(6, image), (v): Success => ({ kind: "unikernel_image", compressed: v.compressed, image: v.image }), (s) => s as S<"unikernel_image">),
      ["unikernel_image"],
      BOTH,
    ),
    // [7] the image in the reply: 2.4.1's block dump reply, "old" since 2.7
    kindArm(
      map(
        explicit(7, image),
        (v): Success => ({ kind: "old_block_device_image", compressed: v.compressed, data: v.image }),
        (s) => ({ compressed: (s as S<"old_block_device_image">).compressed, image: (s as S<"old_block_device_image">).data }),
      ),
      ["old_block_device_image"],
      BOTH,
    ),
    kindArm(infoReply(8, "old_unikernel_info3", nameAsn, u.info3), ["old_unikernel_info3"], V24),
    // [9] info4 layout: 2.4.1's current info reply, "old" since 2.7
    kindArm(infoReply(9, "unikernel_info", nameAsn, u.info4), ["unikernel_info"], V24),
    kindArm(infoReply(9, "old_unikernel_info4", nameAsn, u.info4), ["old_unikernel_info4"], V27),
    kindArm(
      map(explicit(10, boolean), (compressed): Success => ({ kind: "block_device_image", compressed }), (s) => (s as S<"block_device_image">).compressed),
      ["block_device_image"],
      V27,
    ),
    kindArm(infoReply(11, "old_unikernel_info5", nameAsn, u.info5), ["old_unikernel_info5"], V27),
    kindArm(
      map(explicit(12, sequenceOf(name[release])), (names): Success => ({ kind: "consoles", names }), (s) => (s as S<"consoles">).names),
      ["consoles"],
      V27,
    ),
    kindArm(infoReply(13, "unikernel_info", nameAsn, u.info), ["unikernel_info"], V27),
  ];
}

type D<K extends Data["kind"]> = Extract<Data, { kind: K }>;

const consoleLine = (num: number, kind: "utc_console" | "console", time: Asn<Time>) =>
  map(
    explicit(num, sequence({ timestamp: required(time), data: required(utf8String) })),
    (v): Data => ({ kind, timestamp: v.timestamp, line: v.data }),
    (d) => ({ timestamp: (d as D<typeof kind>).timestamp, data: (d as D<typeof kind>).line }),
  );

export const DATA_ARMS: readonly Arm<Data>[] = [
  // [0] console lines with UTCTime: written before 1.5, read until 2.4.1
  kindArm(consoleLine(0, "utc_console", utcTime), ["utc_console"], V24),
  kindArm(map(explicit(1, stats), (s): Data => ({ kind: "stats", stats: s }), (d) => (d as D<"stats">).stats), ["stats"], BOTH),
  arm(
    decodeOnly(
      explicit(2, nul),
      (): Data => {
        throw new AsnError("support for log was dropped");
      },
      "log",
    ),
    BOTH,
  ),
  kindArm(consoleLine(3, "console", generalizedTime), ["console"], BOTH),
  // [4] block data chunks: since 2.7
  kindArm(
    map(
      explicit(
        4,
        choice<Uint8Array | null>(
          [
            map(explicit(0, octetString), (b): Uint8Array | null => b, (b) => b!),
            map(explicit(1, nul), (): Uint8Array | null => null, () => null),
          ],
          (b) => (b === null ? 1 : 0),
        ),
      ),
      (data): Data => ({ kind: "block_data", data }),
      (d) => (d as D<"block_data">).data,
    ),
    ["block_data"],
    V27,
  ),
];

type P<K extends Payload["kind"]> = Extract<Payload, { kind: K }>;

const describe = (v: { kind: string }) => `the ${v.kind} message`;

function payload(release: Release, nameAsn: Asn<WireName>): Asn<Payload> {
  return choice<Payload>(
    [
      map(explicit(0, wireCommand[release]), (command): Payload => ({ kind: "command", command }), (p) => (p as P<"command">).command),
      map(
        explicit(1, releaseChoice(release, successArms(release, nameAsn), describe)),
        (s): Payload => ({ kind: "success", success: s }),
        (p) => (p as P<"success">).success,
      ),
      map(explicit(2, utf8String), (message): Payload => ({ kind: "failure", message }), (p) => (p as P<"failure">).message),
      map(explicit(3, releaseChoice(release, DATA_ARMS, describe)), (d): Payload => ({ kind: "data", data: d }), (p) => (p as P<"data">).data),
    ],
    (p) => ({ command: 0, success: 1, failure: 2, data: 3 })[p.kind],
  );
}

function wire(release: Release, nameAsn: Asn<WireName>): Asn<Wire> {
  return sequence({
    header: required(
      map(
        sequence({ version: required(version[release]), sequence: required(int64), name: required(nameAsn) }),
        (h): Header => labelled({ version: h.version, sequence: h.sequence, name: h.name.name }, h.name),
        (h) => ({ version: h.version, sequence: h.sequence, name: wireNameOf(h) }),
      ),
    ),
    payload: required(payload(release, nameAsn)),
  });
}

/** The success arms of each release (for the release table). */
export const SUCCESS_ARMS: Record<Release, readonly Arm<Success>[]> = perRelease((r) => successArms(r, wireName[r]));

/** Version 5 names the unikernel by its string; versions 3 and 4 (read until 2.4.1) by labels. */
const WIRE_GRAMMARS: Record<Release, Partial<Record<WireVersion, Asn<Wire>>>> = perRelease((r) => {
  const v5 = wire(r, wireName[r]);
  const old = WIRE_VERSIONS[r].includes(3) ? wire(r, oldWireName) : undefined;
  return { 5: v5, ...(old ? { 3: old, 4: old } : {}) };
});

/** The length of a definite-length SEQUENCE at the start of `buf` (decode_seq_len). */
function seqHead(buf: Uint8Array): Uint8Array {
  if (buf.length <= 2) throw new AsnError("buffer too short");
  if (buf[0] !== 0x30) throw new AsnError("not a sequence");
  const l1 = buf[1]!;
  let off: number;
  let len: number;
  if (l1 < 0x80) {
    off = 2;
    len = l1;
  } else if (l1 === 0x80) {
    throw new AsnError("indefinite length");
  } else {
    const octets = l1 & 0x7f;
    if (buf.length - 2 <= octets) throw new AsnError("data too short");
    len = 0;
    for (let i = 0; i < octets; i++) len = len * 256 + buf[2 + i]!;
    off = 2 + octets;
  }
  if (buf.length - off < len) throw new AsnError("buffer too small");
  return buf.subarray(off, off + len);
}

/** Wire.of_string: reads the header's version first, then the matching grammar. */
export function decodeWireBytes(bytes: Uint8Array, release: Release): Wire {
  const header = seqHead(seqHead(bytes));
  const v = version[release].decode(readTlv(header, 0, header.length));
  return decodeStrict(WIRE_GRAMMARS[release][v]!, bytes);
}

export function encodeWireBytes(w: Wire, release: Release): Uint8Array {
  const g = WIRE_GRAMMARS[release][w.header.version];
  if (!g) return version[release].encode(w.header.version); // throws with the release's message
  return g.encode(w);
}
