// Wire messages (vmm_asn.ml: header, success, payload, wire). The header's
// name grammar depends on the version, so every grammar here is built for a
// name grammar; the version is read first, as Albatross does.

import { AsnError, readTlv } from "../asn1/der.js";
import {
  type Asn,
  boolean,
  choice,
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
import type { Data, Named, Payload, Success, Wire, WireName } from "../model/wire.js";
import { int64, oldWireName, policy, version, wireName } from "./base.js";
import { wireCommand } from "./command.js";
import { stats } from "./stats.js";
import { oldUnikernelInfo2, oldUnikernelInfo3, unikernelInfo, v2UnikernelConfig } from "./unikernel.js";

/** A wire name field spread into the record that holds it. */
function withName<V extends { name: WireName }>(fields: Asn<V>): Asn<Omit<V, "name"> & WireName> {
  return map(
    fields,
    ({ name, ...rest }) => ({ ...rest, ...name }),
    ({ name, labels, ...rest }) => ({ ...rest, name: { name, labels } }) as unknown as V,
  );
}

function named<T>(nameAsn: Asn<WireName>, value: Asn<T>, label: string): Asn<Named<T>[]> {
  return sequenceOf(withName(sequence({ name: required(nameAsn), value: required(value, label) })));
}

type S<K extends Success["kind"]> = Extract<Success, { kind: K }>;

function listReply<K extends "policies" | "old_unikernels" | "old_unikernel_info2" | "old_unikernel_info3" | "unikernel_info">(
  num: number,
  kind: K,
  field: keyof S<K> & string,
  asn: Asn<Named<any>[]>,
): Asn<Success> {
  return map(
    explicit(num, asn),
    (xs) => ({ kind, [field]: xs }) as unknown as Success,
    (s) => (s as unknown as Record<string, Named<unknown>[]>)[field]!,
  );
}

function success(nameAsn: Asn<WireName>): Asn<Success> {
  const image = sequence({ compressed: required(boolean), image: required(octetString) });
  return choice<Success>(
    [
      map(explicit(0, nul), (): Success => ({ kind: "empty" }), () => null),
      map(explicit(1, utf8String), (value): Success => ({ kind: "string", value }), (s) => (s as S<"string">).value),
      listReply(2, "policies", "policies", named(nameAsn, policy, "policy")),
      listReply(3, "old_unikernels", "unikernels", named(nameAsn, v2UnikernelConfig, "config")),
      map(
        explicit(
          4,
          sequenceOf(withName(sequence({ name: required(nameAsn), size: required(integer), active: required(boolean) }))),
        ),
        (devices): Success => ({ kind: "block_devices", devices }),
        (s) => (s as S<"block_devices">).devices,
      ),
      listReply(5, "old_unikernel_info2", "unikernels", named(nameAsn, oldUnikernelInfo2, "info")),
      map(
        explicit(6, image),
        (v): Success => ({ kind: "unikernel_image", compressed: v.compressed, image: v.image }),
        (s) => s as S<"unikernel_image">,
      ),
      map(
        explicit(7, image),
        (v): Success => ({ kind: "block_device_image", compressed: v.compressed, data: v.image }),
        (s) => ({ compressed: (s as S<"block_device_image">).compressed, image: (s as S<"block_device_image">).data }),
      ),
      listReply(8, "old_unikernel_info3", "unikernels", named(nameAsn, oldUnikernelInfo3, "info")),
      listReply(9, "unikernel_info", "unikernels", named(nameAsn, unikernelInfo, "info")),
    ],
    (s) =>
      ({
        empty: 0,
        string: 1,
        policies: 2,
        old_unikernels: 3,
        block_devices: 4,
        old_unikernel_info2: 5,
        unikernel_image: 6,
        block_device_image: 7,
        old_unikernel_info3: 8,
        unikernel_info: 9,
      })[s.kind],
  );
}

type D<K extends Data["kind"]> = Extract<Data, { kind: K }>;

const data: Asn<Data> = choice<Data>(
  [
    map(
      explicit(0, sequence({ timestamp: required(utcTime), data: required(utf8String) })),
      (v): Data => ({ kind: "utc_console", timestamp: v.timestamp, line: v.data }),
      (d) => ({ timestamp: (d as D<"utc_console">).timestamp, data: (d as D<"utc_console">).line }),
    ),
    map(explicit(1, stats), (s): Data => ({ kind: "stats", stats: s }), (d) => (d as D<"stats">).stats),
    map(
      explicit(2, nul),
      (): Data => {
        throw new AsnError("support for log was dropped");
      },
      () => null,
    ),
    map(
      explicit(3, sequence({ timestamp: required(generalizedTime), data: required(utf8String) })),
      (v): Data => ({ kind: "console", timestamp: v.timestamp, line: v.data }),
      (d) => ({ timestamp: (d as D<"console">).timestamp, data: (d as D<"console">).line }),
    ),
  ],
  (d) => ({ utc_console: 0, stats: 1, console: 3 })[d.kind],
);

type P<K extends Payload["kind"]> = Extract<Payload, { kind: K }>;

function payload(nameAsn: Asn<WireName>): Asn<Payload> {
  return choice<Payload>(
    [
      map(explicit(0, wireCommand), (command): Payload => ({ kind: "command", command }), (p) => (p as P<"command">).command),
      map(explicit(1, success(nameAsn)), (s): Payload => ({ kind: "success", success: s }), (p) => (p as P<"success">).success),
      map(explicit(2, utf8String), (message): Payload => ({ kind: "failure", message }), (p) => (p as P<"failure">).message),
      map(explicit(3, data), (d): Payload => ({ kind: "data", data: d }), (p) => (p as P<"data">).data),
    ],
    (p) => ({ command: 0, success: 1, failure: 2, data: 3 })[p.kind],
  );
}

function wire(nameAsn: Asn<WireName>): Asn<Wire> {
  return sequence({
    header: required(
      withName(sequence({ version: required(version), sequence: required(int64), name: required(nameAsn) })),
    ),
    payload: required(payload(nameAsn)),
  });
}

/** Wire versions 3 and 4 name the unikernel by labels, version 5 by its string. */
export const wireV5 = wire(wireName);
export const wireV3V4 = wire(oldWireName);

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
export function decodeWireBytes(bytes: Uint8Array): Wire {
  const header = seqHead(seqHead(bytes));
  const v = version.decode(readTlv(header, 0, header.length));
  return decodeStrict(v === 5 ? wireV5 : wireV3V4, bytes);
}

export function encodeWireBytes(w: Wire): Uint8Array {
  return (w.header.version === 5 ? wireV5 : wireV3V4).encode(w);
}
