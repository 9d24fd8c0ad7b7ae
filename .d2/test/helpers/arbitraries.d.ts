import fc from "fast-check";
import type { CertExtension, Command } from "../../src/model/command.js";
import type { Dump } from "../../src/model/dump.js";
import type { Name } from "../../src/model/name.js";
import { type Policy } from "../../src/model/policy.js";
import type { Time } from "../../src/model/time.js";
import type { Release } from "../../src/model/release.js";
import type { UnikernelArguments, UnikernelConfig } from "../../src/model/unikernel.js";
export declare const int: fc.Arbitrary<bigint>;
export declare const label: fc.Arbitrary<string>;
export declare const name: fc.Arbitrary<Name>;
export declare const text: fc.Arbitrary<string>;
/** GeneralizedTime keeps milliseconds: that is what survives a round trip. */
export declare const time: fc.Arbitrary<Time>;
export declare const policy: fc.Arbitrary<Policy>;
export declare const unikernelArgumentsFor: (release: Release) => fc.Arbitrary<UnikernelArguments>;
export declare const unikernelConfigFor: (release: Release) => fc.Arbitrary<UnikernelConfig>;
/** Every command a release writes. */
export declare function commandFor(release: Release): fc.Arbitrary<Command>;
export declare const certExtensionFor: (release: Release) => fc.Arbitrary<CertExtension>;
/** Dumps: distinct names (a trie holds each name once). */
export declare const dumpFor: (release: Release) => fc.Arbitrary<Dump>;
/** Albatross 2.4.1's values (the suites written for it). */
export declare const unikernelConfig: fc.Arbitrary<UnikernelConfig>;
export declare const command: fc.Arbitrary<Command>;
export declare const certExtension: fc.Arbitrary<CertExtension>;
export declare const dump: fc.Arbitrary<Dump>;
