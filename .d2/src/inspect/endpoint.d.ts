import { type CertExtension, type Command } from "../model/command.js";
import { type Name } from "../model/name.js";
import type { Policy } from "../model/policy.js";
import type { Release } from "../model/release.js";
/** The two things the endpoint reads of a certificate. */
export interface EndpointCertificate {
    readonly subjectCn: string | null;
    /** The value of extension 1.3.6.1.4.1.49836.42, whatever its criticality. */
    readonly albatrossExtension: {
        readonly value: Uint8Array;
    } | null;
}
export interface DelegatedPolicy {
    readonly path: readonly string[];
    readonly policy: Policy;
}
export type EndpointVerdict = {
    readonly accepted: true;
    readonly name: Name;
    /** Deepest sub-CA first, as Albatross returns them. */
    readonly policies: readonly DelegatedPolicy[];
    readonly extension: CertExtension;
    /** the release whose endpoint judged (and whose words print the command) */
    readonly release: Release;
} | {
    readonly accepted: false;
    readonly error: string;
    readonly release: Release;
};
/** A chain of this many certificates or more is refused. */
export declare const CHAIN_LENGTH_LIMIT = 10;
/** Whether the release's endpoint executes this command when a leaf certificate carries it. */
export declare function leafCommandAllowed(c: Command, release: Release): boolean;
/** Vmm_tls.handle of `release` on a leaf-first chain. */
export declare function endpointVerdict(chain: readonly EndpointCertificate[], release: Release): EndpointVerdict;
