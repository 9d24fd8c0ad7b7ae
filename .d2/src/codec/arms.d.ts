import { type Asn } from "../asn1/schema.js";
import { type Release } from "../model/release.js";
export interface Arm<T> {
    readonly asn: Asn<T>;
    /** the releases that decode this alternative */
    readonly reads: readonly Release[];
    /** the releases that encode a value through it (when `when` holds for the value) */
    readonly writes: readonly Release[];
    readonly when: (v: T) => boolean;
}
export declare const V24: readonly Release[];
export declare const V27: readonly Release[];
export declare const BOTH: readonly Release[];
export declare const NONE: readonly Release[];
/** An alternative read by `reads`, written by `writes` for the values `when` accepts. */
export declare function arm<T>(asn: Asn<T>, reads: readonly Release[], writes?: readonly Release[], when?: (v: T) => boolean): Arm<T>;
/** Several alternatives for values of one kind: `when` tests the value's kind. */
export declare function kindArm<T extends {
    kind: string;
}>(asn: Asn<T>, kinds: readonly T["kind"][], reads: readonly Release[], writes?: readonly Release[], also?: (v: T) => boolean): Arm<T>;
/** The releases that write `v` through one of these arms. */
export declare function writersOf<T>(arms: readonly Arm<T>[], v: T): Release[];
/** " (Albatross 2.4 reads this)": the hint when another release would take what `release` refuses. */
export declare function otherReleasesHint(release: Release, others: readonly Release[]): string;
/**
 * CHOICE as `release` has it: decoding takes the first arm it reads whose tag
 * matches (a mismatch names the last arm's tag, as asn1-combinators does);
 * encoding takes the first arm `release` writes the value through.
 */
export declare function releaseChoice<T>(release: Release, arms: readonly Arm<T>[], describe: (v: T) => string): Asn<T>;
/** One value per release, built by the same function: the release's grammar, printer or table. */
export declare function perRelease<T>(build: (r: Release) => T): Record<Release, T>;
