// Unikernel configurations, restart arguments and runtime information in
// every layout Albatross has written, oldest first. Configs live in dump
// files and create commands for years, so all of them stay readable. The
// layouts are the same in every release; only `typ` differs (2.4.1 refuses
// bhyve), so each release gets the set built over its `typ`.
import { AsnError } from "../asn1/der.js";
import { boolean, choice, decodeOnly, explicit, generalizedTime, integer, map, octetString, optional, required, sequence, sequenceOf, setOf, utf8String, } from "../asn1/schema.js";
import { sortedUnique } from "../model/sets.js";
import { OLD_LAYOUT_DEFAULTS, } from "../model/unikernel.js";
import { perRelease } from "./arms.js";
import { absent, absentIfEmpty, failBehaviour, listOrAbsent, macAddress, nullable, typ as typs } from "./base.js";
const argv = optional(explicit(2, sequenceOf(utf8String)), "arguments");
const nameOnlyDevice = (name) => ({ name, device: null, sectorSize: null });
const nameOnlyBridge = (name) => ({ name, bridge: null, mac: null });
/**
 * What a layout with a single CPU id writes: Albatross fails on any other
 * number of CPU ids, and we refuse the fields the layout cannot carry rather
 * than drop them silently.
 */
function singleCpuid(v, layout, carries) {
    if (v.cpuids.length !== 1)
        throw new AsnError(`expected a single CPUid for ${layout}`);
    for (const [key, dflt] of Object.entries(OLD_LAYOUT_DEFAULTS)) {
        if (!carries.includes(key) && key in v && v[key] !== dflt) {
            throw new AsnError(`${layout} cannot carry ${key} ${String(v[key])}`);
        }
    }
    return v.cpuids[0];
}
const blockDevice = map(sequence({
    name: required(utf8String, "block-name"),
    device: optional(utf8String, "block-device-name"),
    sectorSize: optional(integer, "block-sector-size"),
}), (b) => ({ name: b.name, device: nullable(b.device), sectorSize: nullable(b.sectorSize) }), (b) => ({ name: b.name, device: absent(b.device), sectorSize: absent(b.sectorSize) }));
const bridge = map(sequence({ netif: required(utf8String), bridge: optional(utf8String), mac: optional(macAddress) }), (b) => ({ name: b.netif, bridge: nullable(b.bridge), mac: nullable(b.mac) }), (b) => ({ netif: b.name, bridge: absent(b.bridge), mac: absent(b.mac) }));
const devices = {
    blocks: optional(explicit(0, setOf(blockDevice))),
    bridges: optional(explicit(1, setOf(bridge))),
    argv,
};
function devicesOf(v) {
    return { blockDevices: listOrAbsent(v.blocks), bridges: listOrAbsent(v.bridges), argv: nullable(v.argv) };
}
function devicesTo(c) {
    return { blocks: absentIfEmpty(c.blockDevices), bridges: absentIfEmpty(c.bridges), argv: absent(c.argv) };
}
/** Since 2.7: #cpus (absent = 1) and the boot partition after argv. */
const bhyveTail = {
    numcpus: optional(explicit(3, integer), "cpus"),
    linuxBootPartition: optional(explicit(4, utf8String), "linux_boot_partition"),
};
function layouts(typ) {
    const v0Config = decodeOnly(sequence({
        cpu: required(integer),
        memory: required(integer),
        block: optional(utf8String),
        networkInterfaces: optional(sequenceOf(utf8String), "network-interfaces"),
        image: required(choice([
            decodeOnly(explicit(0, octetString), (image) => ({ compressed: false, image }), "hvt-amd64"),
            decodeOnly(explicit(1, octetString), (image) => ({ compressed: false, image }), "hvt-arm64"),
            decodeOnly(explicit(2, octetString), (image) => ({ compressed: true, image }), "hvt-amd64-compressed"),
        ], () => 0)),
        arguments: optional(sequenceOf(utf8String)),
    }), (v) => ({
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
    }), "v0 unikernel config");
    const configHead = {
        typ: required(typ),
        compressed: required(boolean),
        image: required(octetString),
        failBehaviour: required(failBehaviour, "fail-behaviour"),
        cpuid: required(integer),
        memory: required(integer),
    };
    const v1Config = decodeOnly(sequence({
        ...configHead,
        blocks: optional(explicit(0, setOf(utf8String))),
        bridges: optional(explicit(1, setOf(utf8String))),
        argv,
    }), (v) => ({
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
    }), "v1 unikernel config");
    const v2Config = map(sequence({
        ...configHead,
        blocks: optional(explicit(0, setOf(utf8String))),
        bridges: optional(explicit(1, sequenceOf(sequence({ netif: required(utf8String), bridge: optional(utf8String) })))),
        argv,
    }), (v) => ({
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
    }), (c) => ({
        ...c,
        cpuid: singleCpuid(c, "v2 unikernel config", []),
        blocks: absentIfEmpty(c.blockDevices.map((b) => b.name)),
        bridges: absentIfEmpty(c.bridges.map((b) => ({ netif: b.name, bridge: absent(b.bridge) }))),
        argv: absent(c.argv),
    }));
    const v3Config = map(sequence({ ...configHead, ...devices }), (v) => ({
        typ: v.typ,
        compressed: v.compressed,
        image: v.image,
        failBehaviour: v.failBehaviour,
        ...OLD_LAYOUT_DEFAULTS,
        cpuids: [v.cpuid],
        memory: v.memory,
        ...devicesOf(v),
    }), (c) => ({ ...c, cpuid: singleCpuid(c, "v3 unikernel config", []), ...devicesTo(c) }));
    const v4Head = {
        typ: required(typ),
        compressed: required(boolean),
        image: required(octetString),
        startup: optional(integer, "startup"),
        addName: required(boolean, "add_name"),
        failBehaviour: required(failBehaviour, "fail-behaviour"),
    };
    const v4Config = map(sequence({ ...v4Head, cpuid: required(integer), memory: required(integer), ...devices }), (v) => ({
        typ: v.typ,
        compressed: v.compressed,
        image: v.image,
        failBehaviour: v.failBehaviour,
        ...OLD_LAYOUT_DEFAULTS,
        startup: nullable(v.startup),
        addName: v.addName,
        cpuids: [v.cpuid],
        memory: v.memory,
        ...devicesOf(v),
    }), (c) => ({ ...c, startup: absent(c.startup), cpuid: singleCpuid(c, "v4 unikernel config", ["startup", "addName"]), ...devicesTo(c) }));
    const config = map(sequence({ ...v4Head, cpuids: required(setOf(integer), "cpuids"), memory: required(integer), ...devices, ...bhyveTail }), (v) => ({
        typ: v.typ,
        compressed: v.compressed,
        image: v.image,
        failBehaviour: v.failBehaviour,
        startup: nullable(v.startup),
        addName: v.addName,
        cpuids: sortedUnique(v.cpuids),
        memory: v.memory,
        ...devicesOf(v),
        numcpus: v.numcpus ?? 1n,
        linuxBootPartition: nullable(v.linuxBootPartition),
    }), (c) => ({ ...c, startup: absent(c.startup), ...devicesTo(c), linuxBootPartition: absent(c.linuxBootPartition) }));
    const v0Arguments = map(sequence({ failBehaviour: required(failBehaviour, "fail-behaviour"), cpuid: required(integer), memory: required(integer), ...devices }), (v) => ({ failBehaviour: v.failBehaviour, ...OLD_LAYOUT_DEFAULTS, cpuids: [v.cpuid], memory: v.memory, ...devicesOf(v) }), (a) => ({ ...a, cpuid: singleCpuid(a, "v0 unikernel arguments", []), ...devicesTo(a) }));
    const argsHead = {
        failBehaviour: required(failBehaviour, "fail-behaviour"),
        startup: optional(integer, "startup"),
        addName: required(boolean, "add_name"),
    };
    const v1Arguments = map(sequence({ ...argsHead, cpuid: required(integer), memory: required(integer), ...devices }), (v) => ({
        failBehaviour: v.failBehaviour,
        ...OLD_LAYOUT_DEFAULTS,
        startup: nullable(v.startup),
        addName: v.addName,
        cpuids: [v.cpuid],
        memory: v.memory,
        ...devicesOf(v),
    }), (a) => ({ ...a, startup: absent(a.startup), cpuid: singleCpuid(a, "v1 unikernel arguments", ["startup", "addName"]), ...devicesTo(a) }));
    const args = map(sequence({ ...argsHead, cpuids: required(setOf(integer), "cpuids"), memory: required(integer), ...devices, ...bhyveTail }), (v) => ({
        failBehaviour: v.failBehaviour,
        startup: nullable(v.startup),
        addName: v.addName,
        cpuids: sortedUnique(v.cpuids),
        memory: v.memory,
        ...devicesOf(v),
        numcpus: v.numcpus ?? 1n,
        linuxBootPartition: nullable(v.linuxBootPartition),
    }), (a) => ({ ...a, startup: absent(a.startup), ...devicesTo(a), linuxBootPartition: absent(a.linuxBootPartition) }));
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
function infoDevicesOf(v) {
    return { blockDevices: listOrAbsent(v.blocks), bridges: listOrAbsent(v.bridges), argv: nullable(v.argv), started: v.started ?? EPOCH };
}
function infoDevicesTo(i) {
    return { blocks: absentIfEmpty(i.blockDevices), bridges: absentIfEmpty(i.bridges), argv: absent(i.argv), started: i.started };
}
const INFO_DEFAULTS = { startup: null, numcpus: 1n, linuxBootPartition: null };
function infoLayouts(typ) {
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
    const fromOld = (v) => ({
        typ: v.typ,
        failBehaviour: v.failBehaviour,
        ...INFO_DEFAULTS,
        cpuids: [v.cpuid],
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
    });
    const toOld = (layout, carries) => (i) => ({
        ...i,
        cpuid: singleCpuid(i, layout, carries),
        ...infoDevicesTo(i),
    });
    const info2 = map(sequence(oldFields), fromOld, toOld("v2 unikernel info", []));
    const info3 = map(sequence({ ...oldFields, started: optional(explicit(3, generalizedTime)) }), fromOld, toOld("v3 unikernel info", []));
    const info4 = map(sequence({ ...head, ...infoDevices }), (v) => ({ typ: v.typ, failBehaviour: v.failBehaviour, ...INFO_DEFAULTS, cpuids: [v.cpuid], memory: v.memory, digest: v.digest, ...infoDevicesOf(v) }), toOld("v4 unikernel info", []));
    const info5Head = { typ: required(typ), startup: optional(integer, "startup"), failBehaviour: required(failBehaviour, "fail-behaviour") };
    const info5 = map(sequence({ ...info5Head, cpuid: required(integer), memory: required(integer), digest: required(octetString), ...infoDevices }), (v) => ({
        typ: v.typ,
        failBehaviour: v.failBehaviour,
        ...INFO_DEFAULTS,
        startup: nullable(v.startup),
        cpuids: [v.cpuid],
        memory: v.memory,
        digest: v.digest,
        ...infoDevicesOf(v),
    }), (i) => ({ ...toOld("v5 unikernel info", ["startup"])(i), startup: absent(i.startup) }));
    const info = map(sequence({
        ...info5Head,
        cpuids: required(setOf(integer), "cpuids"),
        memory: required(integer),
        digest: required(octetString),
        ...infoDevices,
        numcpus: optional(explicit(4, integer), "cpus"),
        linuxBootPartition: optional(explicit(5, utf8String), "linux_boot_partition"),
    }), (v) => ({
        typ: v.typ,
        failBehaviour: v.failBehaviour,
        startup: nullable(v.startup),
        cpuids: sortedUnique(v.cpuids),
        memory: v.memory,
        digest: v.digest,
        ...infoDevicesOf(v),
        numcpus: v.numcpus ?? 1n,
        linuxBootPartition: nullable(v.linuxBootPartition),
    }), (i) => ({ ...i, ...infoDevicesTo(i), startup: absent(i.startup), linuxBootPartition: absent(i.linuxBootPartition) }));
    return { info2, info3, info4, info5, info };
}
/** Every layout, over each release's `typ`. */
export const unikernelLayouts = perRelease((r) => layouts(typs[r]));
//# sourceMappingURL=unikernel.js.map