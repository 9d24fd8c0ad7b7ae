// Unikernel configurations in every layout Albatross has written, oldest
// first. Configs live in dump files and create commands for years, so all of
// them stay readable; only v2 (old replies) and v3 (current) are written.

import {
  type Asn,
  boolean,
  choice,
  decodeOnly,
  explicit,
  generalizedTime,
  integer,
  map,
  octetString,
  optional,
  required,
  sequence,
  sequenceOf,
  setOf,
  utf8String,
} from "../asn1/schema.js";
import type {
  BlockDevice,
  Bridge,
  UnikernelArguments,
  UnikernelConfig,
  UnikernelInfo,
} from "../model/unikernel.js";
import { absent, absentIfEmpty, failBehaviour, listOrAbsent, macAddress, nullable, typ } from "./base.js";

const argv = optional(explicit(2, sequenceOf(utf8String)), "arguments");

const nameOnlyDevice = (name: string) => ({ name, device: null, sectorSize: null });
const nameOnlyBridge = (name: string): Bridge => ({ name, bridge: null, mac: null });

/** v0 (albatross < 1.0, dump files only): hvt images by architecture. */
export const v0UnikernelConfig: Asn<UnikernelConfig> = decodeOnly(
  sequence({
    cpu: required(integer),
    memory: required(integer),
    block: optional(utf8String),
    networkInterfaces: optional(sequenceOf(utf8String), "network-interfaces"),
    image: required(
      choice<{ compressed: boolean; image: Uint8Array }>(
        [
          decodeOnly(explicit(0, octetString), (image) => ({ compressed: false, image }), "hvt-amd64"),
          decodeOnly(explicit(1, octetString), (image) => ({ compressed: false, image }), "hvt-arm64"),
          decodeOnly(explicit(2, octetString), (image) => ({ compressed: true, image }), "hvt-amd64-compressed"),
        ],
        () => 0,
      ),
    ),
    arguments: optional(sequenceOf(utf8String)),
  }),
  (v): UnikernelConfig => ({
    typ: "solo5",
    compressed: v.image.compressed,
    image: v.image.image,
    failBehaviour: { kind: "quit" },
    cpuid: v.cpu,
    memory: v.memory,
    blockDevices: v.block === undefined ? [] : [nameOnlyDevice(v.block)],
    bridges: listOrAbsent(v.networkInterfaces).map(nameOnlyBridge),
    argv: nullable(v.arguments),
  }),
  "v0 unikernel config",
);

const configHead = {
  typ: required(typ),
  compressed: required(boolean),
  image: required(octetString),
  failBehaviour: required(failBehaviour, "fail-behaviour"),
  cpuid: required(integer),
  memory: required(integer),
};

/** v1 (albatross 1.0 – 1.3): block and bridge names only. */
export const v1UnikernelConfig: Asn<UnikernelConfig> = decodeOnly(
  sequence({
    ...configHead,
    blocks: optional(explicit(0, setOf(utf8String))),
    bridges: optional(explicit(1, setOf(utf8String))),
    argv,
  }),
  (v): UnikernelConfig => ({
    ...v,
    blockDevices: listOrAbsent(v.blocks).map(nameOnlyDevice),
    bridges: listOrAbsent(v.bridges).map(nameOnlyBridge),
    argv: nullable(v.argv),
  }),
  "v1 unikernel config",
);

/** v2 (albatross 1.4 – 1.5): bridges may name a host bridge. */
export const v2UnikernelConfig: Asn<UnikernelConfig> = map(
  sequence({
    ...configHead,
    blocks: optional(explicit(0, setOf(utf8String))),
    bridges: optional(
      explicit(1, sequenceOf(sequence({ netif: required(utf8String), bridge: optional(utf8String) }))),
    ),
    argv,
  }),
  (v): UnikernelConfig => ({
    ...v,
    blockDevices: listOrAbsent(v.blocks).map(nameOnlyDevice),
    bridges: listOrAbsent(v.bridges).map((b) => ({ name: b.netif, bridge: nullable(b.bridge), mac: null })),
    argv: nullable(v.argv),
  }),
  (c) => ({
    ...c,
    blocks: absentIfEmpty(c.blockDevices.map((b) => b.name)),
    bridges: absentIfEmpty(c.bridges.map((b) => ({ netif: b.name, bridge: absent(b.bridge) }))),
    argv: absent(c.argv),
  }),
);

const blockDevice: Asn<BlockDevice> = map(
  sequence({
    name: required(utf8String, "block-name"),
    device: optional(utf8String, "block-device-name"),
    sectorSize: optional(integer, "block-sector-size"),
  }),
  (b) => ({ name: b.name, device: nullable(b.device), sectorSize: nullable(b.sectorSize) }),
  (b) => ({ name: b.name, device: absent(b.device), sectorSize: absent(b.sectorSize) }),
);

const bridge: Asn<Bridge> = map(
  sequence({ netif: required(utf8String), bridge: optional(utf8String), mac: optional(macAddress) }),
  (b) => ({ name: b.netif, bridge: nullable(b.bridge), mac: nullable(b.mac) }),
  (b) => ({ netif: b.name, bridge: absent(b.bridge), mac: absent(b.mac) }),
);

const devices = {
  blocks: optional(explicit(0, setOf(blockDevice))),
  bridges: optional(explicit(1, setOf(bridge))),
  argv,
};

function devicesOf(v: { blocks?: BlockDevice[] | undefined; bridges?: Bridge[] | undefined; argv?: string[] | undefined }) {
  return { blockDevices: listOrAbsent(v.blocks), bridges: listOrAbsent(v.bridges), argv: nullable(v.argv) };
}

function devicesTo(c: { blockDevices: BlockDevice[]; bridges: Bridge[]; argv: string[] | null }) {
  return { blocks: absentIfEmpty(c.blockDevices), bridges: absentIfEmpty(c.bridges), argv: absent(c.argv) };
}

/** v3 (albatross 1.5 onwards, 2.4.1's current): full device descriptions. */
export const unikernelConfig: Asn<UnikernelConfig> = map(
  sequence({ ...configHead, ...devices }),
  (v): UnikernelConfig => ({
    typ: v.typ,
    compressed: v.compressed,
    image: v.image,
    failBehaviour: v.failBehaviour,
    cpuid: v.cpuid,
    memory: v.memory,
    ...devicesOf(v),
  }),
  (c) => ({ ...c, ...devicesTo(c) }),
);

/** What `restart` replaces: a config without typ and image. */
export const unikernelArguments: Asn<UnikernelArguments> = map(
  sequence({
    failBehaviour: required(failBehaviour, "fail-behaviour"),
    cpuid: required(integer),
    memory: required(integer),
    ...devices,
  }),
  (v): UnikernelArguments => ({ failBehaviour: v.failBehaviour, cpuid: v.cpuid, memory: v.memory, ...devicesOf(v) }),
  (a) => ({ ...a, ...devicesTo(a) }),
);

// Runtime information replies. Albatross 2.4.1 reads three layouts; info2
// and info3 lack sizes (and info2 the start time), which it fills with
// fixed values: the epoch, 512-byte sectors, size 0, the broadcast MAC.

const EPOCH = { seconds: 0n, frac: "" };
const BROADCAST = "ff:ff:ff:ff:ff:ff";

const infoHead = {
  typ: required(typ),
  failBehaviour: required(failBehaviour, "fail-behaviour"),
  cpuid: required(integer),
  memory: required(integer),
  digest: required(octetString),
};

const oldBlockInfo = sequence({
  unikernelDevice: required(utf8String, "unikernel-device"),
  hostDevice: optional(utf8String, "host-device"),
  sectorSize: optional(integer, "sector-size"),
});
const oldNetInfo = sequence({
  unikernelDevice: required(utf8String, "unikernel-device"),
  hostDevice: optional(utf8String, "host-device"),
  mac: optional(macAddress),
});

const oldInfoFields = {
  ...infoHead,
  blocks: optional(explicit(0, setOf(oldBlockInfo))),
  bridges: optional(explicit(1, setOf(oldNetInfo))),
  argv,
};

type OldInfoWire = {
  typ: "solo5";
  failBehaviour: UnikernelInfo["failBehaviour"];
  cpuid: bigint;
  memory: bigint;
  digest: Uint8Array;
  blocks?: { unikernelDevice: string; hostDevice?: string | undefined; sectorSize?: bigint | undefined }[] | undefined;
  bridges?: { unikernelDevice: string; hostDevice?: string | undefined; mac?: string | undefined }[] | undefined;
  argv?: string[] | undefined;
  started?: UnikernelInfo["started"] | undefined;
};

function fromOldInfo(v: OldInfoWire): UnikernelInfo {
  return {
    typ: v.typ,
    failBehaviour: v.failBehaviour,
    cpuid: v.cpuid,
    memory: v.memory,
    digest: v.digest,
    blockDevices: listOrAbsent(v.blocks).map((b) => ({
      unikernelDevice: b.unikernelDevice,
      hostDevice: b.hostDevice ?? b.unikernelDevice,
      sectorSize: b.sectorSize ?? 512n,
      size: 0n,
    })),
    bridges: listOrAbsent(v.bridges).map((b) => ({
      unikernelDevice: b.unikernelDevice,
      hostDevice: b.hostDevice ?? b.unikernelDevice,
      mac: b.mac ?? BROADCAST,
    })),
    argv: nullable(v.argv),
    started: v.started ?? EPOCH,
  };
}

function toOldInfo(i: UnikernelInfo): OldInfoWire {
  return {
    ...i,
    blocks: absentIfEmpty(i.blockDevices),
    bridges: absentIfEmpty(i.bridges),
    argv: absent(i.argv),
    started: i.started,
  };
}

/** info2 (albatross 1.4): no start time. */
export const oldUnikernelInfo2: Asn<UnikernelInfo> = map(sequence(oldInfoFields), fromOldInfo, toOldInfo);

/** info3 (albatross 1.5 – 2.0): with start time. */
export const oldUnikernelInfo3: Asn<UnikernelInfo> = map(
  sequence({ ...oldInfoFields, started: optional(explicit(3, generalizedTime)) }),
  fromOldInfo,
  toOldInfo,
);

/** info (albatross 2.1 onwards): sizes and MACs always present. */
export const unikernelInfo: Asn<UnikernelInfo> = map(
  sequence({
    ...infoHead,
    blocks: optional(
      explicit(
        0,
        setOf(
          sequence({
            unikernelDevice: required(utf8String, "unikernel-device"),
            hostDevice: required(utf8String, "host-device"),
            sectorSize: required(integer, "sector-size"),
            size: required(integer, "block-size"),
          }),
        ),
      ),
    ),
    bridges: optional(
      explicit(
        1,
        setOf(
          sequence({
            unikernelDevice: required(utf8String, "unikernel-device"),
            hostDevice: required(utf8String, "host-device"),
            mac: required(macAddress),
          }),
        ),
      ),
    ),
    argv,
    started: optional(explicit(3, generalizedTime)),
  }),
  (v): UnikernelInfo => ({
    typ: v.typ,
    failBehaviour: v.failBehaviour,
    cpuid: v.cpuid,
    memory: v.memory,
    digest: v.digest,
    blockDevices: listOrAbsent(v.blocks),
    bridges: listOrAbsent(v.bridges),
    argv: nullable(v.argv),
    started: v.started ?? EPOCH,
  }),
  (i) => ({ ...i, blocks: absentIfEmpty(i.blockDevices), bridges: absentIfEmpty(i.bridges), argv: absent(i.argv) }),
);
