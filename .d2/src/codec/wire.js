// Wire messages (vmm_asn.ml: header, success, payload, wire). The header's
// name grammar depends on the version, so every grammar here is built for a
// release and a name grammar; the version is read first, as Albatross does.
import { AsnError, readTlv } from "../asn1/der.js";
import { boolean, choice, decodeOnly, decodeStrict, explicit, generalizedTime, integer, map, nul, octetString, required, sequence, sequenceOf, utcTime, utf8String, } from "../asn1/schema.js";
import { BOTH, V24, V27, arm, kindArm, perRelease, releaseChoice } from "./arms.js";
import { WIRE_VERSIONS, int64, name, oldWireName, policy, version, wireName } from "./base.js";
import { wireCommand } from "./command.js";
import { stats } from "./stats.js";
import { unikernelLayouts } from "./unikernel.js";
/** A wire name field spread into the record that holds it. */
function withName(fields) {
    return map(fields, ({ name, ...rest }) => ({ ...rest, ...name }), ({ name, labels, ...rest }) => ({ ...rest, name: { name, labels } }));
}
function named(nameAsn, value, label) {
    return sequenceOf(withName(sequence({ name: required(nameAsn), value: required(value, label) })));
}
function infoReply(num, kind, nameAsn, info) {
    return map(explicit(num, named(nameAsn, info, "info")), (unikernels) => ({ kind, unikernels }), (s) => s.unikernels);
}
const image = sequence({ compressed: required(boolean), image: required(octetString) });
function successArms(release, nameAsn) {
    const u = unikernelLayouts[release];
    return [
        kindArm(map(explicit(0, nul), () => ({ kind: "empty" }), () => null), ["empty"], BOTH),
        kindArm(map(explicit(1, utf8String), (value) => ({ kind: "string", value }), (s) => s.value), ["string"], BOTH),
        kindArm(map(explicit(2, named(nameAsn, policy, "policy")), (policies) => ({ kind: "policies", policies }), (s) => s.policies), ["policies"], BOTH),
        // [3] v2 configs: read until 2.4.1
        kindArm(map(explicit(3, named(nameAsn, u.v2Config, "config")), (unikernels) => ({ kind: "old_unikernels", unikernels }), (s) => s.unikernels), ["old_unikernels"], V24),
        kindArm(map(explicit(4, sequenceOf(withName(sequence({ name: required(nameAsn), size: required(integer), active: required(boolean) })))), (devices) => ({ kind: "block_devices", devices }), (s) => s.devices), ["block_devices"], BOTH),
        kindArm(infoReply(5, "old_unikernel_info2", nameAsn, u.info2), ["old_unikernel_info2"], V24),
        kindArm(map(explicit(6, image), (v) => ({ kind: "unikernel_image", compressed: v.compressed, image: v.image }), (s) => s), ["unikernel_image"], BOTH),
        // [7] the image in the reply: 2.4.1's block dump reply, "old" since 2.7
        kindArm(map(explicit(7, image), (v) => ({ kind: "old_block_device_image", compressed: v.compressed, data: v.image }), (s) => ({ compressed: s.compressed, image: s.data })), ["old_block_device_image"], BOTH),
        kindArm(infoReply(8, "old_unikernel_info3", nameAsn, u.info3), ["old_unikernel_info3"], V24),
        // [9] info4 layout: 2.4.1's current info reply, "old" since 2.7
        kindArm(infoReply(9, "unikernel_info", nameAsn, u.info4), ["unikernel_info"], V24),
        kindArm(infoReply(9, "old_unikernel_info4", nameAsn, u.info4), ["old_unikernel_info4"], V27),
        kindArm(map(explicit(10, boolean), (compressed) => ({ kind: "block_device_image", compressed }), (s) => s.compressed), ["block_device_image"], V27),
        kindArm(infoReply(11, "old_unikernel_info5", nameAsn, u.info5), ["old_unikernel_info5"], V27),
        kindArm(map(explicit(12, sequenceOf(name[release])), (names) => ({ kind: "consoles", names }), (s) => s.names), ["consoles"], V27),
        kindArm(infoReply(13, "unikernel_info", nameAsn, u.info), ["unikernel_info"], V27),
    ];
}
const consoleLine = (num, kind, time) => map(explicit(num, sequence({ timestamp: required(time), data: required(utf8String) })), (v) => ({ kind, timestamp: v.timestamp, line: v.data }), (d) => ({ timestamp: d.timestamp, data: d.line }));
export const DATA_ARMS = [
    // [0] console lines with UTCTime: written before 1.5, read until 2.4.1
    kindArm(consoleLine(0, "utc_console", utcTime), ["utc_console"], V24),
    kindArm(map(explicit(1, stats), (s) => ({ kind: "stats", stats: s }), (d) => d.stats), ["stats"], BOTH),
    arm(decodeOnly(explicit(2, nul), () => {
        throw new AsnError("support for log was dropped");
    }, "log"), BOTH),
    kindArm(consoleLine(3, "console", generalizedTime), ["console"], BOTH),
    // [4] block data chunks: since 2.7
    kindArm(map(explicit(4, choice([
        map(explicit(0, octetString), (b) => b, (b) => b),
        map(explicit(1, nul), () => null, () => null),
    ], (b) => (b === null ? 1 : 0))), (data) => ({ kind: "block_data", data }), (d) => d.data), ["block_data"], V27),
];
const describe = (v) => `the ${v.kind} message`;
function payload(release, nameAsn) {
    return choice([
        map(explicit(0, wireCommand[release]), (command) => ({ kind: "command", command }), (p) => p.command),
        map(explicit(1, releaseChoice(release, successArms(release, nameAsn), describe)), (s) => ({ kind: "success", success: s }), (p) => p.success),
        map(explicit(2, utf8String), (message) => ({ kind: "failure", message }), (p) => p.message),
        map(explicit(3, releaseChoice(release, DATA_ARMS, describe)), (d) => ({ kind: "data", data: d }), (p) => p.data),
    ], (p) => ({ command: 0, success: 1, failure: 2, data: 3 })[p.kind]);
}
function wire(release, nameAsn) {
    return sequence({
        header: required(withName(sequence({ version: required(version[release]), sequence: required(int64), name: required(nameAsn) }))),
        payload: required(payload(release, nameAsn)),
    });
}
/** The success arms of each release (for the release table). */
export const SUCCESS_ARMS = perRelease((r) => successArms(r, wireName[r]));
/** Version 5 names the unikernel by its string; versions 3 and 4 (read until 2.4.1) by labels. */
const WIRE_GRAMMARS = perRelease((r) => {
    const v5 = wire(r, wireName[r]);
    const old = WIRE_VERSIONS[r].includes(3) ? wire(r, oldWireName) : undefined;
    return { 5: v5, ...(old ? { 3: old, 4: old } : {}) };
});
/** The length of a definite-length SEQUENCE at the start of `buf` (decode_seq_len). */
function seqHead(buf) {
    if (buf.length <= 2)
        throw new AsnError("buffer too short");
    if (buf[0] !== 0x30)
        throw new AsnError("not a sequence");
    const l1 = buf[1];
    let off;
    let len;
    if (l1 < 0x80) {
        off = 2;
        len = l1;
    }
    else if (l1 === 0x80) {
        throw new AsnError("indefinite length");
    }
    else {
        const octets = l1 & 0x7f;
        if (buf.length - 2 <= octets)
            throw new AsnError("data too short");
        len = 0;
        for (let i = 0; i < octets; i++)
            len = len * 256 + buf[2 + i];
        off = 2 + octets;
    }
    if (buf.length - off < len)
        throw new AsnError("buffer too small");
    return buf.subarray(off, off + len);
}
/** Wire.of_string: reads the header's version first, then the matching grammar. */
export function decodeWireBytes(bytes, release) {
    const header = seqHead(seqHead(bytes));
    const v = version[release].decode(readTlv(header, 0, header.length));
    return decodeStrict(WIRE_GRAMMARS[release][v], bytes);
}
export function encodeWireBytes(w, release) {
    const g = WIRE_GRAMMARS[release][w.header.version];
    if (!g)
        return version[release].encode(w.header.version); // throws with the release's message
    return g.encode(w);
}
//# sourceMappingURL=wire.js.map