// The state dump (vmm_asn.ml: state). One layout per era; each release
// writes its newest (2.4.1 tag 4, 2.7.2 tag 6) and reads the older ones.
import { AsnError } from "../asn1/der.js";
import { decodeOnly, explicit, map, nul, required, sequence, sequenceOf, } from "../asn1/schema.js";
import { nameToList, nameToString } from "../model/name.js";
import { compareValues } from "../model/sets.js";
import { BOTH, V24, V27, arm, perRelease, releaseChoice } from "./arms.js";
import { name, policy } from "./base.js";
import { unikernelLayouts } from "./unikernel.js";
function compareLabels(a, b) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
        const c = compareValues(a[i], b[i]);
        if (c !== 0)
            return c;
    }
    return a.length - b.length;
}
/**
 * Albatross keeps these in a trie keyed by the name's labels: a name occurs
 * once, and entries come in label order, a path before what is below it.
 */
export function trieOrder(entries) {
    const keyed = entries.map((e) => ({ e, labels: nameToList(e.name) }));
    keyed.sort((x, y) => compareLabels(x.labels, y.labels));
    keyed.forEach((k, i) => {
        if (i > 0 && compareLabels(keyed[i - 1].labels, k.labels) === 0) {
            throw new AsnError(`duplicate name in dump: ${nameToString(k.e.name)}`);
        }
    });
    return keyed.map((k) => k.e);
}
function trie(release, value) {
    return map(sequenceOf(sequence({ name: required(name[release]), value: required(value) })), (xs) => trieOrder(xs), (xs) => trieOrder(xs));
}
const unikernelsOnly = (unikernels) => ({ unikernels, policies: [] });
function withPolicies(release, configs) {
    return sequence({ unikernels: required(trie(release, configs)), policies: required(trie(release, policy)) });
}
function dumpArms(release) {
    const u = unikernelLayouts[release];
    return [
        arm(decodeOnly(explicit(0, trie(release, u.v1Config)), unikernelsOnly, "unikernel-OLD1 dump"), BOTH),
        arm(decodeOnly(explicit(1, trie(release, u.v0Config)), unikernelsOnly, "unikernel-OLD0 dump"), BOTH),
        arm(decodeOnly(explicit(2, trie(release, u.v2Config)), unikernelsOnly, "unikernel-OLD2 dump"), BOTH),
        arm(decodeOnly(explicit(3, trie(release, u.v3Config)), unikernelsOnly, "unikernel-OLD3 dump"), BOTH),
        // [4] v3 configs and policies: what 2.4.1 writes
        arm(explicit(4, withPolicies(release, u.v3Config)), BOTH, V24),
        // [5] v4 configs (2.5 – 2.6)
        arm(explicit(5, withPolicies(release, u.v4Config)), V27),
        // [6] current configs: what 2.7.2 writes
        arm(explicit(6, withPolicies(release, u.config)), V27, V27),
        arm(decodeOnly(explicit(7, nul), () => {
            throw new AsnError("not yet implemented");
        }, "NYI dump"), V27),
    ];
}
/** The dump's arms of each release (for the release table). */
export const DUMP_ARMS = perRelease(dumpArms);
export const dump = perRelease((r) => releaseChoice(r, DUMP_ARMS[r], () => "this dump"));
//# sourceMappingURL=dump.js.map