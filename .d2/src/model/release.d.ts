export declare const RELEASES: readonly ["2.4", "2.7"];
export type Release = (typeof RELEASES)[number];
/** The release hosts run today, used when neither the option nor ALBATROSS_VERSION says otherwise. */
export declare const DEFAULT_RELEASE: Release;
/** The full version each release speaks for, as printed in messages. */
export declare const RELEASE_VERSION: Record<Release, string>;
/** `2.4`, `2.4.1`, `2.7`, `2.7.2` (a leading `v` is allowed) → the release; anything else is an error. */
export declare function parseRelease(text: string): Release;
/** The release from an explicit choice, else the environment's ALBATROSS_VERSION, else the default. */
export declare function releaseFrom(option: string | undefined, env?: NodeJS.ProcessEnv): Release;
/** The other release, for "(Albatross 2.4 reads this)" hints. */
export declare const otherRelease: (r: Release) => Release;
