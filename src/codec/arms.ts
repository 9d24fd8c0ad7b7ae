// A release's grammar is a choice of arms over shared declarations: each arm
// names the releases that read it and the releases whose encoder writes
// through it, so a new release adds arms and tables, not a copy of a grammar.

import { AsnError, describeTlv } from "../asn1/der.js";
import { type Asn, encodedOf, encoders, firstByTag } from "../asn1/schema.js";
import { RELEASES, RELEASE_VERSION, type Release } from "../model/release.js";

export interface Arm<T> {
  readonly asn: Asn<T>;
  /** the releases that decode this alternative */
  readonly reads: readonly Release[];
  /** the releases that encode a value through it (when `when` holds for the value) */
  readonly writes: readonly Release[];
  readonly when: (v: T) => boolean;
}

export const V24: readonly Release[] = ["2.4"];
export const V27: readonly Release[] = ["2.7"];
export const BOTH: readonly Release[] = RELEASES;
export const NONE: readonly Release[] = [];

/** An alternative read by `reads`, written by `writes` for the values `when` accepts. */
export function arm<T>(asn: Asn<T>, reads: readonly Release[], writes: readonly Release[] = NONE, when: (v: T) => boolean = () => true): Arm<T> {
  return { asn, reads, writes, when };
}

/** Several alternatives for values of one kind: `when` tests the value's kind. */
export function kindArm<T extends { kind: string }>(
  asn: Asn<T>,
  kinds: readonly T["kind"][],
  reads: readonly Release[],
  writes: readonly Release[] = reads,
  also: (v: T) => boolean = () => true,
): Arm<T> {
  return arm(asn, reads, writes, (v) => kinds.includes(v.kind) && also(v));
}

/** The releases that write `v` through one of these arms. */
export function writersOf<T>(arms: readonly Arm<T>[], v: T): Release[] {
  return RELEASES.filter((r) => arms.some((a) => a.writes.includes(r) && a.when(v)));
}

/** " (Albatross 2.4 reads this)": the hint when another release would take what `release` refuses. */
export function otherReleasesHint(release: Release, others: readonly Release[]): string {
  const rest = others.filter((r) => r !== release);
  return rest.length ? ` (Albatross ${rest.join(", ")} ${rest.length > 1 ? "read" : "reads"} this)` : "";
}

/**
 * CHOICE as `release` has it: decoding takes the first arm it reads whose tag
 * matches (a mismatch names the last arm's tag, as asn1-combinators does);
 * encoding takes the first arm `release` writes the value through.
 */
export function releaseChoice<T>(release: Release, arms: readonly Arm<T>[], describe: (v: T) => string): Asn<T> {
  const read = arms.filter((a) => a.reads.includes(release));
  const last = read[read.length - 1]!;
  const writers = arms.filter((a) => a.writes.includes(release));
  // no arm is ANY (each is tagged): firstByTag's reading of none as every tag never applies
  const armFor = firstByTag(read, (a) => a.asn.tags);
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
      const a = armFor(t);
      if (!a) throw new AsnError(`Type mismatch: expected: ${last.asn.expected} got: ${describeTlv(t)}`);
      return a.asn.decode(t);
    },
  };
}

/** One value per release, built by the same function: the release's grammar, printer or table. */
export function perRelease<T>(build: (r: Release) => T): Record<Release, T> {
  return Object.fromEntries(RELEASES.map((r) => [r, build(r)])) as Record<Release, T>;
}
