// Unikernel configurations, restart arguments and runtime information in
// every layout Albatross has written, oldest first. Configs live in dump
// files and create commands for years, so all of them stay readable. The
// layouts are the same in every release; only `typ` differs (2.4.1 refuses
// bhyve), so each release gets the set built over its `typ`.

import { AsnError } from "../asn1/der.js";
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
import type { Release } from "../model/release.js";
import { sortedUnique } from "../model/sets.js";
import {
  type BlockDevice,
  type Bridge,
  type FailBehaviour,
  OLD_LAYOUT_DEFAULTS,
  type Typ,
  type UnikernelArguments,
  type UnikernelConfig,
  type UnikernelInfo,
} from "../model/unikernel.js";
import { perRelease } from "./arms.js";
import { absent, absentIfEmpty, failBehaviour, listOrAbsent, macAddress, nullable, typ as typs } from "./base.js";

const argv = optional(explicit(2, sequenceOf(utf8String)), "arguments");

const nameOnlyDevice = (name: string) => ({ name, device: null, sectorSize: null });
const nameOnlyBridge = (name: string): Bridge => ({ name, bridge: null, mac: null });

type NewFields = Pick<UnikernelArguments, "startup" | "addName" | "numcpus" | "linuxBootPartition">;

/**
 * What a layout with a single CPU id writes: Albatross fails on any other
 * number of CPU ids, and we refuse the fields the layout cannot carry rather
 * than drop them silently.
 */
function singleCpuid(v: { cpuids: bigint[] } & Partial<NewFields>, layout: string, carries: readonly (keyof NewFields)[]): bigint {
  if (v.cpuids.length !== 1) throw new AsnError(`expected a single CPUid for ${layout}`);
  for (const [key, dflt] of Object.entries(OLD_LAYOUT_DEFAULTS) as [keyof NewFields, unknown][]) {
    if (!carries.includes(key) && key in v && v[key] !== dflt) {
      throw new AsnError(`${layout} cannot carry ${key} ${String(v[key])}`);
    }
  }
  return v.cpuids[0]!;
}

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

type DeviceWire = { blocks?: BlockDevice[] | undefined; bridges?: Bridge[] | undefined; argv?: string[] | undefined };

function devicesOf(v: DeviceWire) {
  return { blockDevices: listOrAbsent(v.blocks), bridges: listOrAbsent(v.bridges), argv: nullable(v.argv) };
}

function devicesTo(c: { blockDevices: BlockDevice[]; bridges: Bridge[]; argv: string[] | null }) {
  return { blocks: absentIfEmpty(c.blockDevices), bridges: absentIfEmpty(c.bridges), argv: absent(c.argv) };
}

/** Arguments with one CPU id (2.4.1): restart arguments v0, and config v3 besides its image. */
function oneCpuArgumentsOf(
  v: DeviceWire & { failBehaviour: FailBehaviour; cpuid: bigint; memory: bigint },
  newer: Pick<UnikernelArguments, "startup" | "addName"> = OLD_LAYOUT_DEFAULTS,
): UnikernelArguments {
  return { failBehaviour: v.failBehaviour, ...OLD_LAYOUT_DEFAULTS, ...newer, cpuids: [v.cpuid], memory: v.memory, ...devicesOf(v) };
}

/** The fields of the one-CPU layouts, refusing what the layout cannot carry. */
function oneCpuArgumentsTo(a: UnikernelArguments, layout: string, carries: readonly (keyof NewFields)[]) {
  return { failBehaviour: a.failBehaviour, cpuid: singleCpuid(a, layout, carries), memory: a.memory, ...devicesTo(a) };
}

/** 2.5 – 2.6 (restart arguments v1, config v4): one CPU id, startup and add_name. */
function startupArgumentsOf(v: Parameters<typeof oneCpuArgumentsOf>[0] & { startup?: bigint | undefined; addName: boolean }): UnikernelArguments {
  return oneCpuArgumentsOf(v, { startup: nullable(v.startup), addName: v.addName });
}

function startupArgumentsTo(a: UnikernelArguments, layout: string) {
  return { startup: absent(a.startup), addName: a.addName, ...oneCpuArgumentsTo(a, layout, ["startup", "addName"]) };
}

/** 2.7: a set of CPU ids, #cpus and the boot partition. */
function currentArgumentsOf(
  v: DeviceWire & {
    failBehaviour: FailBehaviour;
    startup?: bigint | undefined;
    addName: boolean;
    cpuids: bigint[];
    memory: bigint;
    numcpus?: bigint | undefined;
    linuxBootPartition?: string | undefined;
  },
): UnikernelArguments {
  return {
    failBehaviour: v.failBehaviour,
    startup: nullable(v.startup),
    addName: v.addName,
    cpuids: sortedUnique(v.cpuids),
    memory: v.memory,
    ...devicesOf(v),
    numcpus: v.numcpus ?? 1n,
    linuxBootPartition: nullable(v.linuxBootPartition),
  };
}

function currentArgumentsTo(a: UnikernelArguments) {
  return {
    failBehaviour: a.failBehaviour,
    startup: absent(a.startup),
    addName: a.addName,
    cpuids: a.cpuids,
    memory: a.memory,
    ...devicesTo(a),
    numcpus: a.numcpus,
    linuxBootPartition: absent(a.linuxBootPartition),
  };
}

/**
 * A config: the image part (typ, compressed, image) before its arguments,
 * either way. Values here are built from literal fields first, never as
 * `{ ...x, more }`: Node 20's V8 gives such an object a hidden class of its
 * own each time, which made decoding a create command cost more than a
 * signature (every read of it megamorphic, and the classes garbage).
 */
const withImage = <A>(v: { typ: Typ; compressed: boolean; image: Uint8Array }, rest: A) => ({ typ: v.typ, compressed: v.compressed, image: v.image, ...rest });

/** Since 2.7: #cpus (absent = 1) and the boot partition after argv. */
const bhyveTail = {
  numcpus: optional(explicit(3, integer), "cpus"),
  linuxBootPartition: optional(explicit(4, utf8String), "linux_boot_partition"),
};

export interface UnikernelLayouts {
  /** v0 (albatross < 1.0, dump files only): hvt images by architecture */
  v0Config: Asn<UnikernelConfig>;
  /** v1 (albatross 1.0 – 1.3): block and bridge names only */
  v1Config: Asn<UnikernelConfig>;
  /** v2 (albatross 1.4 – 1.5): bridges may name a host bridge */
  v2Config: Asn<UnikernelConfig>;
  /** v3 (albatross 1.5 – 2.4.1, 2.4.1's current): full device descriptions */
  v3Config: Asn<UnikernelConfig>;
  /** v4 (albatross 2.5 – 2.6): startup and add_name */
  v4Config: Asn<UnikernelConfig>;
  /** current (2.7): a set of CPU ids, #cpus, the boot partition */
  config: Asn<UnikernelConfig>;
  /** restart arguments v0 (2.4.1's): a config without typ and image */
  v0Arguments: Asn<UnikernelArguments>;
  /** v1 (2.5 – 2.6): startup and add_name */
  v1Arguments: Asn<UnikernelArguments>;
  /** current (2.7) */
  arguments: Asn<UnikernelArguments>;
  /** info2 (albatross 1.4): no start time */
  info2: Asn<UnikernelInfo>;
  /** info3 (albatross 1.5 – 2.0): with start time */
  info3: Asn<UnikernelInfo>;
  /** info4 (albatross 2.1 – 2.4.1, 2.4.1's current): sizes and MACs always present */
  info4: Asn<UnikernelInfo>;
  /** info5 (2.5 – 2.6): startup */
  info5: Asn<UnikernelInfo>;
  /** current (2.7): a set of CPU ids, #cpus, the boot partition */
  info: Asn<UnikernelInfo>;
}

function layouts(typ: Asn<Typ>): UnikernelLayouts {
  const v0Config: Asn<UnikernelConfig> = decodeOnly(
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
      ...OLD_LAYOUT_DEFAULTS,
      cpuids: [v.cpu],
      memory: v.memory,
      blockDevices: v.block === undefined ? [] : [nameOnlyDevice(v.block)],
      bridges: listOrAbsent(v.networkInterfaces).map(nameOnlyBridge),
      argv: nullable(v.arguments),
    }),
    "v0 unikernel config",
  );

  /** The one-CPU layouts' fields (v2, v3) as one literal, with the devices as the layout writes them (no spread: see above). */
  const oneCpuLayout = <B, N>(c: UnikernelConfig, layout: string, blocks: B, bridges: N) => ({
    typ: c.typ,
    compressed: c.compressed,
    image: c.image,
    failBehaviour: c.failBehaviour,
    cpuid: singleCpuid(c, layout, []),
    memory: c.memory,
    blocks,
    bridges,
    argv: absent(c.argv),
  });

  const configHead = {
    typ: required(typ),
    compressed: required(boolean),
    image: required(octetString),
    failBehaviour: required(failBehaviour, "fail-behaviour"),
    cpuid: required(integer),
    memory: required(integer),
  };

  const v1Config: Asn<UnikernelConfig> = decodeOnly(
    sequence({
      ...configHead,
      blocks: optional(explicit(0, setOf(utf8String))),
      bridges: optional(explicit(1, setOf(utf8String))),
      argv,
    }),
    (v): UnikernelConfig => ({
      typ: v.typ,
      compressed: v.compressed,
      image: v.image,
      failBehaviour: v.failBehaviour,
      ...OLD_LAYOUT_DEFAULTS,
      cpuids: [v.cpuid],
      memory: v.memory,
      blockDevices: listOrAbsent(v.blocks).map(nameOnlyDevice),
      bridges: listOrAbsent(v.bridges).map(nameOnlyBridge),
      argv: nullable(v.argv),
    }),
    "v1 unikernel config",
  );

  const v2Config: Asn<UnikernelConfig> = map(
    sequence({
      ...configHead,
      blocks: optional(explicit(0, setOf(utf8String))),
      bridges: optional(explicit(1, sequenceOf(sequence({ netif: required(utf8String), bridge: optional(utf8String) })))),
      argv,
    }),
    (v): UnikernelConfig => ({
      typ: v.typ,
      compressed: v.compressed,
      image: v.image,
      failBehaviour: v.failBehaviour,
      ...OLD_LAYOUT_DEFAULTS,
      cpuids: [v.cpuid],
      memory: v.memory,
      blockDevices: listOrAbsent(v.blocks).map((b) => nameOnlyDevice(b)),
      bridges: listOrAbsent(v.bridges).map((b) => ({ name: b.netif, bridge: nullable(b.bridge), mac: null })),
      argv: nullable(v.argv),
    }),
    (c) =>
      oneCpuLayout(
        c,
        "v2 unikernel config",
        absentIfEmpty(c.blockDevices.map((b) => b.name)),
        absentIfEmpty(c.bridges.map((b) => ({ netif: b.name, bridge: absent(b.bridge) }))),
      ),
  );

  // the layouts dumps hold (v3: 2.4.1's, current: 2.7's) each one literal both ways, in the fields' order of withImage's
  const v3Config: Asn<UnikernelConfig> = map(
    sequence({ ...configHead, ...devices }),
    (v): UnikernelConfig => ({
      typ: v.typ,
      compressed: v.compressed,
      image: v.image,
      failBehaviour: v.failBehaviour,
      startup: null,
      addName: true,
      numcpus: 1n,
      linuxBootPartition: null,
      cpuids: [v.cpuid],
      memory: v.memory,
      blockDevices: listOrAbsent(v.blocks),
      bridges: listOrAbsent(v.bridges),
      argv: nullable(v.argv),
    }),
    (c) => oneCpuLayout(c, "v3 unikernel config", absentIfEmpty(c.blockDevices), absentIfEmpty(c.bridges)),
  );

  const v4Head = {
    typ: required(typ),
    compressed: required(boolean),
    image: required(octetString),
    startup: optional(integer, "startup"),
    addName: required(boolean, "add_name"),
    failBehaviour: required(failBehaviour, "fail-behaviour"),
  };

  const v4Config: Asn<UnikernelConfig> = map(
    sequence({ ...v4Head, cpuid: required(integer), memory: required(integer), ...devices }),
    (v): UnikernelConfig => withImage(v, startupArgumentsOf(v)),
    (c) => withImage(c, startupArgumentsTo(c, "v4 unikernel config")),
  );

  const config: Asn<UnikernelConfig> = map(
    sequence({ ...v4Head, cpuids: required(setOf(integer), "cpuids"), memory: required(integer), ...devices, ...bhyveTail }),
    (v): UnikernelConfig => ({
      typ: v.typ,
      compressed: v.compressed,
      image: v.image,
      failBehaviour: v.failBehaviour,
      startup: nullable(v.startup),
      addName: v.addName,
      cpuids: sortedUnique(v.cpuids),
      memory: v.memory,
      blockDevices: listOrAbsent(v.blocks),
      bridges: listOrAbsent(v.bridges),
      argv: nullable(v.argv),
      numcpus: v.numcpus ?? 1n,
      linuxBootPartition: nullable(v.linuxBootPartition),
    }),
    (c) => ({
      typ: c.typ,
      compressed: c.compressed,
      image: c.image,
      failBehaviour: c.failBehaviour,
      startup: absent(c.startup),
      addName: c.addName,
      cpuids: c.cpuids,
      memory: c.memory,
      blocks: absentIfEmpty(c.blockDevices),
      bridges: absentIfEmpty(c.bridges),
      argv: absent(c.argv),
      numcpus: c.numcpus,
      linuxBootPartition: absent(c.linuxBootPartition),
    }),
  );

  const v0Arguments: Asn<UnikernelArguments> = map(
    sequence({ failBehaviour: required(failBehaviour, "fail-behaviour"), cpuid: required(integer), memory: required(integer), ...devices }),
    oneCpuArgumentsOf,
    (a) => oneCpuArgumentsTo(a, "v0 unikernel arguments", []),
  );

  const argsHead = {
    failBehaviour: required(failBehaviour, "fail-behaviour"),
    startup: optional(integer, "startup"),
    addName: required(boolean, "add_name"),
  };

  const v1Arguments: Asn<UnikernelArguments> = map(
    sequence({ ...argsHead, cpuid: required(integer), memory: required(integer), ...devices }),
    startupArgumentsOf,
    (a) => startupArgumentsTo(a, "v1 unikernel arguments"),
  );

  const args: Asn<UnikernelArguments> = map(
    sequence({ ...argsHead, cpuids: required(setOf(integer), "cpuids"), memory: required(integer), ...devices, ...bhyveTail }),
    currentArgumentsOf,
    currentArgumentsTo,
  );

  return { v0Config, v1Config, v2Config, v3Config, v4Config, config, v0Arguments, v1Arguments, arguments: args, ...infoLayouts(typ) };
}

// Runtime information replies. info2 and info3 lack sizes (and info2 the
// start time), which Albatross fills with fixed values: the epoch, 512-byte
// sectors, size 0, the broadcast MAC.

const EPOCH = { seconds: 0n, frac: "" };
const BROADCAST = "ff:ff:ff:ff:ff:ff";

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

const blockInfo = sequence({
  unikernelDevice: required(utf8String, "unikernel-device"),
  hostDevice: required(utf8String, "host-device"),
  sectorSize: required(integer, "sector-size"),
  size: required(integer, "block-size"),
});
const netInfo = sequence({
  unikernelDevice: required(utf8String, "unikernel-device"),
  hostDevice: required(utf8String, "host-device"),
  mac: required(macAddress),
});

const infoDevices = {
  blocks: optional(explicit(0, setOf(blockInfo))),
  bridges: optional(explicit(1, setOf(netInfo))),
  argv,
  started: optional(explicit(3, generalizedTime)),
};

function infoLayouts(typ: Asn<Typ>) {
  const head = {
    typ: required(typ),
    failBehaviour: required(failBehaviour, "fail-behaviour"),
    cpuid: required(integer),
    memory: required(integer),
    digest: required(octetString),
  };

  const oldFields = {
    ...head,
    blocks: optional(explicit(0, setOf(oldBlockInfo))),
    bridges: optional(explicit(1, setOf(oldNetInfo))),
    argv,
  };

  type OldWire = {
    typ: Typ;
    failBehaviour: UnikernelInfo["failBehaviour"];
    cpuid: bigint;
    memory: bigint;
    digest: Uint8Array;
    blocks?: { unikernelDevice: string; hostDevice?: string | undefined; sectorSize?: bigint | undefined }[] | undefined;
    bridges?: { unikernelDevice: string; hostDevice?: string | undefined; mac?: string | undefined }[] | undefined;
    argv?: string[] | undefined;
    started?: UnikernelInfo["started"] | undefined;
  };

  // each built from literal fields in one order (the domain's: startup, numcpus and the boot partition after failBehaviour), no spreads
  const oldInfo = (v: OldWire, startup: bigint | null, blockDevices: UnikernelInfo["blockDevices"], bridges: UnikernelInfo["bridges"]): UnikernelInfo => ({
    typ: v.typ,
    failBehaviour: v.failBehaviour,
    startup,
    numcpus: 1n,
    linuxBootPartition: null,
    cpuids: [v.cpuid],
    memory: v.memory,
    digest: v.digest,
    blockDevices,
    bridges,
    argv: nullable(v.argv),
    started: v.started ?? EPOCH,
  });

  const fromOld = (v: OldWire): UnikernelInfo =>
    oldInfo(
      v,
      null,
      listOrAbsent(v.blocks).map((b) => ({
        unikernelDevice: b.unikernelDevice,
        hostDevice: b.hostDevice ?? b.unikernelDevice,
        sectorSize: b.sectorSize ?? 512n,
        size: 0n,
      })),
      listOrAbsent(v.bridges).map((b) => ({
        unikernelDevice: b.unikernelDevice,
        hostDevice: b.hostDevice ?? b.unikernelDevice,
        mac: b.mac ?? BROADCAST,
      })),
    );

  /** The one-CPU layouts' fields (startup only read by the layouts that carry it; singleCpuid refuses it elsewhere). */
  const toOld = (layout: string, carries: readonly (keyof NewFields)[]) => (i: UnikernelInfo) => ({
    typ: i.typ,
    startup: absent(i.startup),
    failBehaviour: i.failBehaviour,
    cpuid: singleCpuid(i, layout, carries),
    memory: i.memory,
    digest: i.digest,
    blocks: absentIfEmpty(i.blockDevices),
    bridges: absentIfEmpty(i.bridges),
    argv: absent(i.argv),
    started: i.started,
  });

  const info2 = map(sequence(oldFields), fromOld, toOld("v2 unikernel info", []));
  const info3 = map(sequence({ ...oldFields, started: optional(explicit(3, generalizedTime)) }), fromOld, toOld("v3 unikernel info", []));

  const info4: Asn<UnikernelInfo> = map(
    sequence({ ...head, ...infoDevices }),
    (v): UnikernelInfo => oldInfo(v, null, listOrAbsent(v.blocks), listOrAbsent(v.bridges)),
    toOld("v4 unikernel info", []),
  );

  const info5Head = { typ: required(typ), startup: optional(integer, "startup"), failBehaviour: required(failBehaviour, "fail-behaviour") };

  const info5: Asn<UnikernelInfo> = map(
    sequence({ ...info5Head, cpuid: required(integer), memory: required(integer), digest: required(octetString), ...infoDevices }),
    (v): UnikernelInfo => oldInfo(v, nullable(v.startup), listOrAbsent(v.blocks), listOrAbsent(v.bridges)),
    toOld("v5 unikernel info", ["startup"]),
  );

  const info: Asn<UnikernelInfo> = map(
    sequence({
      ...info5Head,
      cpuids: required(setOf(integer), "cpuids"),
      memory: required(integer),
      digest: required(octetString),
      ...infoDevices,
      numcpus: optional(explicit(4, integer), "cpus"),
      linuxBootPartition: optional(explicit(5, utf8String), "linux_boot_partition"),
    }),
    (v): UnikernelInfo => ({
      typ: v.typ,
      failBehaviour: v.failBehaviour,
      startup: nullable(v.startup),
      cpuids: sortedUnique(v.cpuids),
      memory: v.memory,
      digest: v.digest,
      blockDevices: listOrAbsent(v.blocks),
      bridges: listOrAbsent(v.bridges),
      argv: nullable(v.argv),
      started: v.started ?? EPOCH,
      numcpus: v.numcpus ?? 1n,
      linuxBootPartition: nullable(v.linuxBootPartition),
    }),
    (i) => ({
      typ: i.typ,
      startup: absent(i.startup),
      failBehaviour: i.failBehaviour,
      cpuids: i.cpuids,
      memory: i.memory,
      digest: i.digest,
      blocks: absentIfEmpty(i.blockDevices),
      bridges: absentIfEmpty(i.bridges),
      argv: absent(i.argv),
      started: i.started,
      numcpus: i.numcpus,
      linuxBootPartition: absent(i.linuxBootPartition),
    }),
  );

  return { info2, info3, info4, info5, info };
}

/** Every layout, over each release's `typ`. */
export const unikernelLayouts: Record<Release, UnikernelLayouts> = perRelease((r) => layouts(typs[r]));
