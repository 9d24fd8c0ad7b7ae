// A release's grammar is a choice of arms over shared declarations: each arm
// names the releases that read it and the releases whose encoder writes
// through it, so a new release adds arms and tables, not a copy of a grammar.
import { AsnError, describeTlv } from "../asn1/der.js";
import { encodedOf, encoders } from "../asn1/schema.js";
import { RELEASES, RELEASE_VERSION } from "../model/release.js";
export const V24 = ["2.4"];
export const V27 = ["2.7"];
export const BOTH = RELEASES;
export const NONE = [];
/** An alternative read by `reads`, written by `writes` for the values `when` accepts. */
export function arm(asn, reads, writes = NONE, when = () => true) {
    return { asn, reads, writes, when };
}
/** Several alternatives for values of one kind: `when` tests the value's kind. */
export function kindArm(asn, kinds, reads, writes = reads, also = () => true) {
    return arm(asn, reads, writes, (v) => kinds.includes(v.kind) && also(v));
}
/** The releases that write `v` through one of these arms. */
export function writersOf(arms, v) {
    return RELEASES.filter((r) => arms.some((a) => a.writes.includes(r) && a.when(v)));
}
/** " (Albatross 2.4 reads this)": the hint when another release would take what `release` refuses. */
export function otherReleasesHint(release, others) {
    const rest = others.filter((r) => r !== release);
    return rest.length ? ` (Albatross ${rest.join(", ")} ${rest.length > 1 ? "read" : "reads"} this)` : "";
}
/**
 * CHOICE as `release` has it: decoding takes the first arm it reads whose tag
 * matches (a mismatch names the last arm's tag, as asn1-combinators does);
 * encoding takes the first arm `release` writes the value through.
 */
export function releaseChoice(release, arms, describe) {
    const read = arms.filter((a) => a.reads.includes(release));
    const last = read[read.length - 1];
    const writers = arms.filter((a) => a.writes.includes(release));
    return {
        tags: read.flatMap((a) => a.asn.tags),
        expected: last.asn.expected,
        ...encoders((v) => {
            const a = writers.find((w) => w.when(v));
            if (!a) {
                const others = writersOf(arms, v).filter((r) => r !== release);
                const hint = others.length ? ` (Albatross ${others.map((r) => RELEASE_VERSION[r]).join(", ")} writes it)` : "";
                throw new AsnError(`Albatross ${RELEASE_VERSION[release]} cannot write ${describe(v)}${hint}`);
            }
            return encodedOf(a.asn, v);
        }),
        decode: (t) => {
            const a = read.find((x) => x.asn.tags.some((g) => g.cls === t.cls && g.num === t.num));
            if (!a)
                throw new AsnError(`Type mismatch: expected: ${last.asn.expected} got: ${describeTlv(t)}`);
            return a.asn.decode(t);
        },
    };
}
/** One value per release, built by the same function: the release's grammar, printer or table. */
export function perRelease(build) {
    return Object.fromEntries(RELEASES.map((r) => [r, build(r)]));
}
//# sourceMappingURL=arms.js.map