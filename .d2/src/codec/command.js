// The commands (vmm_asn.ml: console_cmd, stats_cmd, unikernel_cmd,
// policy_cmd, block_cmd, wire_command) and the certificate extension, as a
// table of arms per command family: each arm says which releases read it and
// which write it. Tags inside one family are unique, so the nested choices of
// vmm_asn.ml are flattened, in tag order (a mismatch names the last tag).
import { AsnError } from "../asn1/der.js";
import { boolean, choice, decodeOnly, explicit, generalizedTime, integer, map, nul, octetString, optional, required, sequence, sequenceOf, utcTime, utf8String, } from "../asn1/schema.js";
import { familyOf } from "../model/command.js";
import { BOTH, V24, V27, arm, kindArm, perRelease, releaseChoice } from "./arms.js";
import { absent, nullable, policy, version } from "./base.js";
import { unikernelLayouts } from "./unikernel.js";
/** An alternative with no content: [n] NULL. */
function constant(num, value) {
    return map(explicit(num, nul), () => value, () => null);
}
function sinceCount(time) {
    return choice([
        map(explicit(0, time), (since) => ({ kind: "since", since }), (s) => s.since),
        map(explicit(1, integer), (count) => ({ kind: "count", count }), (s) => s.count),
    ], (s) => (s.kind === "since" ? 0 : 1));
}
export const CONSOLE_ARMS = [
    // [0] add: NULL until 2.4.1, the ring buffer's size since 2.5
    kindArm(constant(0, { kind: "console_add", maxUnikernels: null }), ["console_add"], V24, V24, (c) => c.maxUnikernels === null),
    kindArm(map(explicit(0, integer), (maxUnikernels) => ({ kind: "console_add", maxUnikernels }), (c) => c.maxUnikernels), ["console_add"], V27, V27, (c) => c.maxUnikernels !== null),
    // [1] subscribe with UTCTime: clients before 1.5; read until 2.4.1
    kindArm(map(explicit(1, sinceCount(utcTime)), (subscribe) => ({ kind: "old_console_subscribe", subscribe }), (c) => c.subscribe), ["old_console_subscribe"], V24),
    kindArm(map(explicit(2, sinceCount(generalizedTime)), (subscribe) => ({ kind: "console_subscribe", subscribe }), (c) => c.subscribe), ["console_subscribe"], BOTH),
    // [3] list inactive: since 2.5
    kindArm(constant(3, { kind: "console_list_inactive" }), ["console_list_inactive"], V27),
];
export const STATS_ARMS = [
    kindArm(map(explicit(0, sequence({
        vmmdev: required(utf8String),
        pid: required(integer),
        network: required(sequenceOf(sequence({ bridge: required(utf8String), tap: required(utf8String) }))),
    })), (v) => ({ kind: "stats_add", vmmdev: v.vmmdev, pid: v.pid, taps: v.network }), (c) => {
        const a = c;
        return { vmmdev: a.vmmdev, pid: a.pid, network: a.taps };
    }), ["stats_add"], BOTH),
    kindArm(constant(1, { kind: "stats_remove" }), ["stats_remove"], BOTH),
    kindArm(constant(2, { kind: "stats_subscribe" }), ["stats_subscribe"], BOTH),
    kindArm(constant(3, { kind: "stats_initial" }), ["stats_initial"], BOTH),
];
function create(num, kind, config) {
    return map(explicit(num, config), (config) => ({ kind, config }), (c) => c.config);
}
function createOld(num, kind, config, label) {
    return decodeOnly(explicit(num, config), (config) => ({ kind, config }), label);
}
function restartWith(num, args) {
    return map(explicit(num, args), (a) => ({ kind: "unikernel_restart", arguments: a }), (c) => c.arguments);
}
/** [14] restart: none, or arguments in the layout of the release. */
function restartArms(release) {
    const u = unikernelLayouts[release];
    const none = arm(constant(0, { kind: "unikernel_restart", arguments: null }), BOTH, BOTH, (c) => c.arguments === null);
    return releaseChoice(release, [
        none,
        // 2.4.1's arguments; "new arguments OLD2" since 2.5
        arm(restartWith(1, u.v0Arguments), BOTH, V24, (c) => c.arguments !== null),
        // 2.5 – 2.6
        arm(restartWith(2, u.v1Arguments), V27),
        arm(restartWith(3, u.arguments), V27, V27, (c) => c.arguments !== null),
    ], () => "these restart arguments");
}
function unikernelArms(release) {
    const u = unikernelLayouts[release];
    const restart = restartArms(release);
    return [
        // info-OLD1, create/force-create-OLD1, get-OLD, info-OLD2, get-OLD2: read until 2.4.1
        kindArm(constant(0, { kind: "old_unikernel_info1" }), ["old_unikernel_info1"], V24),
        arm(createOld(1, "unikernel_create", u.v1Config, "create-OLD1"), V24),
        arm(createOld(2, "unikernel_force_create", u.v1Config, "force-create-OLD1"), V24),
        kindArm(constant(3, { kind: "unikernel_destroy" }), ["unikernel_destroy"], BOTH),
        arm(createOld(4, "unikernel_create", u.v2Config, "create-OLD2"), V24),
        arm(createOld(5, "unikernel_force_create", u.v2Config, "force-create-OLD2"), V24),
        kindArm(constant(6, { kind: "old_unikernel_get" }), ["old_unikernel_get"], V24),
        kindArm(constant(7, { kind: "old_unikernel_info2" }), ["old_unikernel_info2"], V24),
        arm(decodeOnly(explicit(8, nul), () => ({ kind: "unikernel_get", level: 0n }), "get-OLD2"), V24),
        // [9]/[10] v3 configs: 2.4.1's create, "create-OLD" since 2.5
        kindArm(create(9, "unikernel_create", u.v3Config), ["unikernel_create"], BOTH, V24),
        kindArm(create(10, "unikernel_force_create", u.v3Config), ["unikernel_force_create"], BOTH, V24),
        kindArm(map(explicit(11, integer), (level) => ({ kind: "unikernel_get", level }), (c) => c.level), ["unikernel_get"], BOTH),
        arm(decodeOnly(explicit(12, nul), () => ({ kind: "unikernel_restart", arguments: null }), "restart-OLD"), V24),
        kindArm(constant(13, { kind: "old_unikernel_info3" }), ["old_unikernel_info3"], V24),
        kindArm(explicit(14, restart), ["unikernel_restart"], BOTH),
        // [15]: 2.4.1's info; read as info-OLD4 since 2.5
        kindArm(constant(15, { kind: "unikernel_info" }), ["unikernel_info"], V24),
        kindArm(constant(15, { kind: "old_unikernel_info4" }), ["old_unikernel_info4"], V27),
        // [16]/[17] v4 configs (2.5 – 2.6)
        arm(createOld(16, "unikernel_create", u.v4Config, "create-OLD2"), V27),
        arm(createOld(17, "unikernel_force_create", u.v4Config, "force-create-OLD2"), V27),
        kindArm(constant(18, { kind: "old_unikernel_info5" }), ["old_unikernel_info5"], V27),
        kindArm(constant(19, { kind: "unikernel_info" }), ["unikernel_info"], V27),
        kindArm(create(20, "unikernel_create", u.config), ["unikernel_create"], V27),
        kindArm(create(21, "unikernel_force_create", u.config), ["unikernel_force_create"], V27),
    ];
}
export const POLICY_ARMS = [
    kindArm(constant(0, { kind: "policy_info" }), ["policy_info"], BOTH),
    kindArm(map(explicit(1, policy), (p) => ({ kind: "policy_add", policy: p }), (c) => c.policy), ["policy_add"], BOTH),
    kindArm(constant(2, { kind: "policy_remove" }), ["policy_remove"], BOTH),
];
const level = (kind) => (num) => map(explicit(num, integer), (level) => ({ kind, level }), (c) => c.level);
export const BLOCK_ARMS = [
    kindArm(constant(0, { kind: "block_info" }), ["block_info"], BOTH),
    // [1] a size only: "add-OLD" until 2.4.1 (read as an empty add), the add since 2.7
    arm(decodeOnly(explicit(1, integer), (size) => ({ kind: "old_block_add", size, compressed: false, data: null }), "add-OLD"), V24),
    kindArm(map(explicit(1, integer), (size) => ({ kind: "block_add", size }), (c) => c.size), ["block_add"], V27),
    kindArm(constant(2, { kind: "block_remove" }), ["block_remove"], BOTH),
    // [3] add and [4] set with the data: 2.4.1's, "OLD" since 2.7
    kindArm(map(explicit(3, sequence({ size: required(integer), compress: required(boolean), data: optional(octetString) })), (v) => ({ kind: "old_block_add", size: v.size, compressed: v.compress, data: nullable(v.data) }), (c) => ({ size: c.size, compress: c.compressed, data: absent(c.data) })), ["old_block_add"], BOTH),
    kindArm(map(explicit(4, sequence({ compress: required(boolean), data: required(octetString) })), (v) => ({ kind: "old_block_set", compressed: v.compress, data: v.data }), (c) => ({ compress: c.compressed, data: c.data })), ["old_block_set"], BOTH),
    // [5] dump: 2.4.1's, "OLD" since 2.7
    kindArm(level("block_dump")(5), ["block_dump"], V24),
    kindArm(level("old_block_dump")(5), ["old_block_dump"], V27),
    kindArm(level("block_dump")(6), ["block_dump"], V27),
    kindArm(map(explicit(7, boolean), (compressed) => ({ kind: "block_set", compressed }), (c) => c.compressed), ["block_set"], V27),
];
const what = (c) => `the command ${c.kind}`;
function wireCommandFor(release) {
    const family = (arms) => releaseChoice(release, arms, what);
    const families = [
        arm(explicit(0, family(CONSOLE_ARMS)), BOTH, BOTH, (c) => familyOf(c) === "console"),
        arm(explicit(1, family(STATS_ARMS)), BOTH, BOTH, (c) => familyOf(c) === "stats"),
        arm(decodeOnly(explicit(2, nul), () => {
            throw new AsnError("support for log dropped");
        }, "log"), BOTH),
        arm(explicit(3, family(unikernelArms(release))), BOTH, BOTH, (c) => familyOf(c) === "unikernel"),
        arm(explicit(4, family(POLICY_ARMS)), BOTH, BOTH, (c) => familyOf(c) === "policy"),
        arm(explicit(5, family(BLOCK_ARMS)), BOTH, BOTH, (c) => familyOf(c) === "block"),
    ];
    return releaseChoice(release, families, what);
}
export const wireCommand = perRelease(wireCommandFor);
/** The unikernel family's arms of each release (for the release table). */
export const UNIKERNEL_ARMS = perRelease(unikernelArms);
/** The value of X.509 extension 1.3.6.1.4.1.49836.42. */
export const certExtension = perRelease((r) => sequence({
    version: required(version[r]),
    command: required(wireCommand[r]),
}));
//# sourceMappingURL=command.js.map