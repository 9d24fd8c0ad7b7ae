export declare const repoRoot: string;
export declare const sharedDir: string;
/** The in-repository copy of the reference vectors, one folder per release
 * (`npm run vectors:sync` refreshes it from ../shared/vectors). */
export declare const vectorRoot: string;
export type VectorRelease = "2.4" | "2.7";
export declare const vectorsDir: (release?: VectorRelease) => string;
/** The real Solo5 images live only beside the workspace checkout; tests that
 * need them are pending in a clone that stands alone. */
export declare const fixturesDir: string;
export declare const solo5FixturesDir: string;
export declare const haveSolo5Fixtures: boolean;
/** `it`, or `it.skip` (reported pending) when ../shared/fixtures is absent. */
export declare const itWithFixtures: Mocha.TestFunction | Mocha.PendingTestFunction;
export declare const solo5Fixture: (name: string) => Uint8Array;
export declare const cliPath: string;
export interface VectorCase {
    id: string;
    variant: string;
    der_hex: string;
    valid: boolean;
    text: string | null;
    text_verbose: string | null;
    version: number | null;
    error: string | null;
    cli: string | null;
    note?: string;
    [key: string]: unknown;
}
export declare function loadVectors(file: string, release?: VectorRelease): VectorCase[];
