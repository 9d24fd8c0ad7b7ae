// fast-check generators for the domain model: any value our types allow and
// Albatross can write.
import fc from "fast-check";
import { makePolicy } from "../../src/model/policy.js";
import { sortedUnique } from "../../src/model/sets.js";
const OCAML_INT = { min: -(1n << 62n), max: (1n << 62n) - 1n };
export const int = fc.oneof(fc.bigInt(OCAML_INT), fc.bigInt({ min: -300n, max: 70000n }));
const small = fc.bigInt({ min: 0n, max: 4096n });
const labelChar = fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.");
export const label = fc
    .tuple(fc.constantFrom(..."abcxyzABC019."), fc.array(labelChar, { maxLength: 62 }))
    .map(([first, rest]) => first + rest.join(""));
export const name = fc.record({
    path: fc.array(label, { maxLength: 4 }),
    name: fc.option(label, { nil: null }),
});
export const text = fc.string({ unit: "grapheme", maxLength: 20 });
const bytes = fc.uint8Array({ maxLength: 300 }).map((b) => new Uint8Array(b));
const mac = fc.uint8Array({ minLength: 6, maxLength: 6 }).map((b) => Buffer.from(b).toString("hex").replace(/(..)(?!$)/g, "$1:"));
/** GeneralizedTime keeps milliseconds: that is what survives a round trip. */
export const time = fc
    .record({ seconds: fc.bigInt({ min: -62135596800n, max: 253402300799n }), ms: fc.integer({ min: 0, max: 999 }) })
    .map(({ seconds, ms }) => ({ seconds, frac: ms === 0 ? "" : String(ms).padStart(3, "0") }));
export const policy = fc
    .record({
    unikernels: int,
    cpuids: fc.array(int, { maxLength: 5 }),
    memory: int,
    block: fc.option(int, { nil: null }),
    bridges: fc.array(text, { maxLength: 4 }),
})
    .map(makePolicy);
const failBehaviour = fc.oneof(fc.constant({ kind: "quit" }), fc
    .option(fc.uniqueArray(int, { minLength: 1, maxLength: 5 }), { nil: null })
    .map((codes) => ({ kind: "restart", exitCodes: codes && [...codes].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)) })));
const blockDevice = fc.record({
    name: text,
    device: fc.option(text, { nil: null }),
    sectorSize: fc.option(small, { nil: null }),
});
const bridge = fc.record({
    name: text,
    bridge: fc.option(text, { nil: null }),
    mac: fc.option(mac, { nil: null }),
});
// Albatross 2.4 writes one CPU id and none of the 2.7 fields; 2.7 writes them all.
const argumentsOf = (release) => release === "2.4"
    ? {
        failBehaviour,
        startup: fc.constant(null),
        addName: fc.constant(true),
        cpuids: int.map((c) => [c]),
        memory: int,
        blockDevices: fc.array(blockDevice, { maxLength: 3 }),
        bridges: fc.array(bridge, { maxLength: 3 }),
        argv: fc.option(fc.array(text, { maxLength: 4 }), { nil: null }),
        numcpus: fc.constant(1n),
        linuxBootPartition: fc.constant(null),
    }
    : {
        failBehaviour,
        startup: fc.option(int, { nil: null }),
        addName: fc.boolean(),
        cpuids: fc.uniqueArray(int, { maxLength: 5 }).map((xs) => sortedUnique(xs)),
        memory: int,
        blockDevices: fc.array(blockDevice, { maxLength: 3 }),
        bridges: fc.array(bridge, { maxLength: 3 }),
        argv: fc.option(fc.array(text, { maxLength: 4 }), { nil: null }),
        numcpus: int,
        linuxBootPartition: fc.option(text, { nil: null }),
    };
export const unikernelArgumentsFor = (release) => fc.record(argumentsOf(release));
export const unikernelConfigFor = (release) => fc.record({
    typ: release === "2.4" ? fc.constant("solo5") : fc.constantFrom("solo5", "bhyve"),
    compressed: fc.boolean(),
    image: bytes,
    ...argumentsOf(release),
});
const sinceCount = fc.oneof(time.map((since) => ({ kind: "since", since })), int.map((count) => ({ kind: "count", count })));
const c = (kind) => fc.constant({ kind });
/** Every command a release writes. */
export function commandFor(release) {
    const config = unikernelConfigFor(release);
    const shared = [
        sinceCount.map((subscribe) => ({ kind: "console_subscribe", subscribe })),
        fc.record({ vmmdev: text, pid: int, taps: fc.array(fc.record({ bridge: text, tap: text }), { maxLength: 3 }) }).map((v) => ({ kind: "stats_add", ...v })),
        c("stats_remove"),
        c("stats_subscribe"),
        c("stats_initial"),
        c("unikernel_info"),
        config.map((config) => ({ kind: "unikernel_create", config })),
        config.map((config) => ({ kind: "unikernel_force_create", config })),
        fc.option(unikernelArgumentsFor(release), { nil: null }).map((args) => ({ kind: "unikernel_restart", arguments: args })),
        c("unikernel_destroy"),
        int.map((level) => ({ kind: "unikernel_get", level })),
        c("policy_info"),
        policy.map((p) => ({ kind: "policy_add", policy: p })),
        c("policy_remove"),
        c("block_info"),
        fc.record({ size: int, compressed: fc.boolean(), data: fc.option(bytes, { nil: null }) }).map((v) => ({ kind: "old_block_add", ...v })),
        c("block_remove"),
        fc.record({ compressed: fc.boolean(), data: bytes }).map((v) => ({ kind: "old_block_set", ...v })),
        int.map((level) => ({ kind: "block_dump", level })),
    ];
    const only = release === "2.4"
        ? [
            fc.constant({ kind: "console_add", maxUnikernels: null }),
            c("old_unikernel_info1"),
            c("old_unikernel_info2"),
            c("old_unikernel_info3"),
            c("old_unikernel_get"),
        ]
        : [
            int.map((m) => ({ kind: "console_add", maxUnikernels: m })),
            c("console_list_inactive"),
            c("old_unikernel_info4"),
            c("old_unikernel_info5"),
            int.map((size) => ({ kind: "block_add", size })),
            fc.boolean().map((compressed) => ({ kind: "block_set", compressed })),
            int.map((level) => ({ kind: "old_block_dump", level })),
        ];
    return fc.oneof(...shared, ...only);
}
export const certExtensionFor = (release) => fc.record({
    version: release === "2.4" ? fc.constantFrom(3, 4, 5) : fc.constant(5),
    command: commandFor(release),
});
/** Dumps: distinct names (a trie holds each name once). */
export const dumpFor = (release) => fc.record({
    unikernels: fc.uniqueArray(fc.record({ name: name.filter((n) => n.name !== null), value: unikernelConfigFor(release) }), {
        maxLength: 4,
        selector: (e) => [...e.name.path, e.name.name].join("/"),
    }),
    policies: fc.uniqueArray(fc.record({ name: name.map((n) => ({ path: n.path, name: null })), value: policy }), {
        maxLength: 3,
        selector: (e) => e.name.path.join("/"),
    }),
});
/** Albatross 2.4.1's values (the suites written for it). */
export const unikernelConfig = unikernelConfigFor("2.4");
export const command = commandFor("2.4");
export const certExtension = certExtensionFor("2.4");
export const dump = dumpFor("2.4");
//# sourceMappingURL=arbitraries.js.map