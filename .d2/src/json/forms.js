// The JSON form of every Albatross value: names as strings, MACs as
// "aa:bb:..", times as RFC 3339, images and data as base64 with their length.
import { makePolicy } from "../model/policy.js";
import { sortedUnique } from "../model/sets.js";
import { OLD_LAYOUT_DEFAULTS, } from "../model/unikernel.js";
import { MAC_PATTERN } from "../codec/base.js";
import { array, bool, bytes, hexBytes, int, int32, maybe, name, nullable, object, oneOf, refine, str, time, union, withDefault, } from "./schema.js";
const mac = refine(str, (s) => (MAC_PATTERN.test(s) ? null : 'expected a MAC address "aa:bb:cc:dd:ee:ff" (lowercase)'));
export const version = refine(int32, (v) => v === 3 || v === 4 || v === 5 ? null : "expected version 3, 4 or 5");
export const policy = (() => {
    const base = object({
        unikernels: int,
        cpuids: array(int),
        memory: int,
        block: nullable(int),
        bridges: array(str),
    });
    return { toJson: base.toJson, fromJson: (x, path) => makePolicy(base.fromJson(x, path)) };
})();
export const failBehaviour = (() => {
    const base = union({ quit: {}, restart: { exitCodes: nullable(array(int)) } });
    return {
        toJson: base.toJson,
        fromJson: (x, path) => {
            const f = base.fromJson(x, path);
            return f.kind === "quit" ? f : { kind: "restart", exitCodes: f.exitCodes?.length ? sortedUnique(f.exitCodes) : null };
        },
    };
})();
const blockDevice = object({ name: str, device: nullable(str), sectorSize: nullable(int) });
const bridge = object({ name: str, bridge: nullable(str), mac: nullable(mac) });
/** A set of integers: read in any order, kept sorted without duplicates. */
const intSet = (() => {
    const base = array(int);
    return { toJson: base.toJson, fromJson: (x, path) => sortedUnique(base.fromJson(x, path)) };
})();
const typ = oneOf(["solo5", "bhyve"]);
// The fields Albatross 2.4 does not know may be left out: they read as the
// defaults Albatross fills in for older layouts.
const argumentsFields = {
    failBehaviour,
    startup: nullable(int),
    addName: withDefault(bool, OLD_LAYOUT_DEFAULTS.addName),
    cpuids: intSet,
    memory: int,
    blockDevices: array(blockDevice),
    bridges: array(bridge),
    argv: nullable(array(str)),
    numcpus: withDefault(int, OLD_LAYOUT_DEFAULTS.numcpus),
    linuxBootPartition: nullable(str),
};
export const unikernelArguments = object(argumentsFields);
export const unikernelConfig = object({
    typ,
    compressed: bool,
    image: bytes,
    ...argumentsFields,
});
export const unikernelInfo = object({
    typ,
    failBehaviour,
    startup: nullable(int),
    cpuids: intSet,
    memory: int,
    blockDevices: array(object({ unikernelDevice: str, hostDevice: str, sectorSize: int, size: int })),
    bridges: array(object({ unikernelDevice: str, hostDevice: str, mac })),
    argv: nullable(array(str)),
    digest: hexBytes,
    started: time,
    numcpus: withDefault(int, OLD_LAYOUT_DEFAULTS.numcpus),
    linuxBootPartition: nullable(str),
});
const sinceCount = union({ since: { since: time }, count: { count: int } });
export const command = union({
    console_add: { maxUnikernels: nullable(int) },
    console_subscribe: { subscribe: sinceCount },
    console_list_inactive: {},
    old_console_subscribe: { subscribe: sinceCount },
    stats_add: { vmmdev: str, pid: int, taps: array(object({ bridge: str, tap: str })) },
    stats_remove: {},
    stats_subscribe: {},
    stats_initial: {},
    unikernel_info: {},
    unikernel_create: { config: unikernelConfig },
    unikernel_force_create: { config: unikernelConfig },
    unikernel_restart: { arguments: nullable(unikernelArguments) },
    unikernel_destroy: {},
    unikernel_get: { level: int },
    old_unikernel_info1: {},
    old_unikernel_info2: {},
    old_unikernel_info3: {},
    old_unikernel_info4: {},
    old_unikernel_info5: {},
    old_unikernel_get: {},
    policy_info: {},
    policy_add: { policy },
    policy_remove: {},
    block_info: {},
    block_add: { size: int },
    block_remove: {},
    block_set: { compressed: bool },
    block_dump: { level: int },
    old_block_add: { size: int, compressed: bool, data: nullable(bytes) },
    old_block_set: { compressed: bool, data: bytes },
    old_block_dump: { level: int },
});
export const certExtension = object({ version, command });
const labels = maybe(array(str));
const named = (value) => array(object({ name, labels, value }));
const timeval = object({ seconds: int, microseconds: int });
const stats = object({
    rusage: object({
        utime: timeval,
        stime: timeval,
        maxrss: int,
        ixrss: int,
        idrss: int,
        isrss: int,
        minflt: int,
        majflt: int,
        nswap: int,
        inblock: int,
        outblock: int,
        msgsnd: int,
        msgrcv: int,
        nsignals: int,
        nvcsw: int,
        nivcsw: int,
    }),
    kinfoMem: nullable(object({ vsize: int, rss: int, tsize: int, dsize: int, ssize: int, runtime: int, cow: int, start: timeval })),
    vmm: nullable(array(object({ key: str, value: int }))),
    ifdata: array(object({
        bridge: str,
        flags: int32,
        sendLength: int32,
        maxSendLength: int32,
        sendDrops: int32,
        mtu: int32,
        baudrate: int,
        inputPackets: int,
        inputErrors: int,
        outputPackets: int,
        outputErrors: int,
        collisions: int,
        inputBytes: int,
        outputBytes: int,
        inputMcast: int,
        outputMcast: int,
        inputDropped: int,
        outputDropped: int,
    })),
});
const success = union({
    empty: {},
    string: { value: str },
    policies: { policies: named(policy) },
    old_unikernels: { unikernels: named(unikernelConfig) },
    block_devices: { devices: array(object({ name, labels, size: int, active: bool })) },
    old_unikernel_info2: { unikernels: named(unikernelInfo) },
    unikernel_image: { compressed: bool, image: bytes },
    old_block_device_image: { compressed: bool, data: bytes },
    old_unikernel_info3: { unikernels: named(unikernelInfo) },
    old_unikernel_info4: { unikernels: named(unikernelInfo) },
    old_unikernel_info5: { unikernels: named(unikernelInfo) },
    unikernel_info: { unikernels: named(unikernelInfo) },
    block_device_image: { compressed: bool },
    consoles: { names: array(name) },
});
const data = union({
    utc_console: { timestamp: time, line: str },
    console: { timestamp: time, line: str },
    stats: { stats },
    block_data: { data: nullable(bytes) },
});
const payload = union({
    command: { command },
    success: { success },
    failure: { message: str },
    data: { data },
});
export const wire = object({
    header: object({ version, sequence: int, name, labels }),
    payload,
});
const dumpEntries = (value) => array(object({ name, value }));
export const dump = object({
    unikernels: dumpEntries(unikernelConfig),
    policies: dumpEntries(policy),
});
//# sourceMappingURL=forms.js.map