// Small grammars shared by commands, wire messages and dumps (vmm_asn.ml).
import { AsnError } from "../asn1/der.js";
import { choice, decodeOnly, explicit, integer, map, nul, octetString, optional, required, sequence, sequenceOf, setOf, utf8String, } from "../asn1/schema.js";
import { RELEASES, RELEASE_VERSION } from "../model/release.js";
import { BOTH, V24, V27, arm, otherReleasesHint, perRelease, releaseChoice } from "./arms.js";
import { LABEL_READING, nameOfString, nameToList, nameToString } from "../model/name.js";
import { makePolicy } from "../model/policy.js";
import { sortedUnique } from "../model/sets.js";
/** The wire versions each release reads: 2.5 dropped versions 3 and 4. */
export const WIRE_VERSIONS = { "2.4": [3, 4, 5], "2.7": [5] };
function versionFor(release) {
    const known = WIRE_VERSIONS[release];
    return map(integer, (v) => {
        const n = Number(v);
        if (BigInt(n) === v && known.includes(n))
            return n;
        // OCaml prints the 63-bit int unsigned in hex
        const shown = v < 0n ? (1n << 63n) + v : v;
        throw new AsnError(`unknown version number 0x${shown.toString(16).toUpperCase()}`);
    }, (v) => {
        if (!known.includes(v)) {
            throw new AsnError(`Albatross ${RELEASE_VERSION[release]} cannot write wire version ${v}${otherReleasesHint(release, RELEASES.filter((r) => WIRE_VERSIONS[r].includes(v)))}`);
        }
        return BigInt(v);
    });
}
/** version INTEGER, as each release reads it */
export const version = perRelease(versionFor);
/** OCTET STRING of (at least) 8 bytes, big endian, read as unsigned. */
export const int64 = map(octetString, (b) => {
    if (b.length < 8)
        throw new AsnError("int64: octet string shorter than 8 bytes");
    return Buffer.from(b.buffer, b.byteOffset, 8).readBigUInt64BE(0);
}, (v) => {
    const b = Buffer.alloc(8);
    b.writeBigUInt64BE(BigInt.asUintN(64, v));
    return b;
});
/** INTEGER truncated to OCaml's int32 (Int32.of_int). */
export const int32 = map(integer, (v) => Number(BigInt.asIntN(32, v)), (v) => BigInt(v));
export const MAC_PATTERN = /^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/;
export const macAddress = map(octetString, (b) => {
    if (b.length !== 6)
        throw new AsnError("bad mac address: Macaddr: MAC is exactly 6 bytes");
    return Buffer.from(b).toString("hex").replace(/(..)(?!$)/g, "$1:");
}, (mac) => {
    if (!MAC_PATTERN.test(mac))
        throw new AsnError(`bad mac address: ${mac}`);
    return Buffer.from(mac.replaceAll(":", ""), "hex");
});
/** Names since wire version 5: Name.to_string as one UTF8String. */
/** Names as each release reads them: 2.5 and later lowercase every label (Vmm_core.Name.of_string). */
export const name = perRelease((r) => map(utf8String, (s) => nameOfString(s, LABEL_READING[r]), nameToString));
/** Names in wire version 5 messages. */
export const wireName = perRelease((r) => map(name[r], (n) => ({ name: n }), (w) => w.name));
/** Names in wire versions 3 and 4 (2.4.1 only): labels, which the decoder joins with '.'. */
export const oldWireName = map(sequenceOf(utf8String), (labels) => ({ name: nameOfString(labels.join(".")), labels }), (w) => (w.labels && nameToString(nameOfString(w.labels.join("."))) === nameToString(w.name) ? w.labels : nameToList(w.name)));
/** [0] solo5 / [1] bhyve; 2.4.1 declares bhyve's tag but refuses it. */
export const typ = perRelease((release) => releaseChoice(release, [
    arm(map(explicit(0, nul), () => "solo5", () => null), BOTH, BOTH, (t) => t === "solo5"),
    arm(decodeOnly(explicit(1, nul), () => {
        throw new AsnError("typ not yet supported");
    }, "bhyve"), V24),
    arm(map(explicit(1, nul), () => "bhyve", () => null), V27, V27, (t) => t === "bhyve"),
], (t) => `typ ${t}`));
export const failBehaviour = choice([
    map(explicit(0, nul), () => ({ kind: "quit" }), () => null),
    map(explicit(1, setOf(integer)), (codes) => ({ kind: "restart", exitCodes: codes.length ? sortedUnique(codes) : null }), (f) => (f.kind === "restart" && f.exitCodes ? sortedUnique(f.exitCodes) : [])),
], (f) => (f.kind === "quit" ? 0 : 1));
export const policy = map(sequence({
    cpuids: required(sequenceOf(integer)),
    unikernels: required(integer),
    memory: required(integer),
    block: optional(integer),
    bridges: required(sequenceOf(utf8String)),
}), (p) => makePolicy({ ...p, block: p.block ?? null }), (p) => {
    const q = makePolicy(p);
    return { ...q, block: q.block ?? undefined };
});
/** Absent list ↔ empty list, as Albatross maps `None` and `[]`. */
export function listOrAbsent(xs) {
    return xs ?? [];
}
export function absentIfEmpty(xs) {
    return xs.length ? [...xs] : undefined;
}
export const nullable = (v) => (v === undefined ? null : v);
export const absent = (v) => (v === null ? undefined : v);
//# sourceMappingURL=base.js.map