import { type Release } from "../model/release.js";
import { type EndpointVerdict } from "./endpoint.js";
import { type Finding } from "./findings.js";
import { endpointJson } from "./render.js";
export interface AuditOptions {
    /** The trust anchor (PEM or DER); without it, `verified` is null. */
    readonly ca?: string | Uint8Array | null;
    /** When validity is checked; default now. */
    readonly at?: Date;
    /** Whose endpoint judges; default the current release. */
    readonly release?: Release;
    /** Also give the other releases' verdicts (they do not decide). */
    readonly allReleases?: boolean;
}
export interface AuditResult {
    /** the target release's verdict: the one that decides */
    readonly verdict: EndpointVerdict;
    /** the other releases' verdicts on the same chain, when asked for (AuditOptions.allReleases) */
    readonly otherVerdicts: readonly EndpointVerdict[];
    readonly verified: boolean | null;
    readonly inValidity: boolean;
    readonly at: Date;
    readonly findings: readonly Finding[];
}
/** Audits a leaf-first chain (PEM, or one DER certificate). Unreadable input throws. */
export declare function auditChain(chain: string | Uint8Array, options?: AuditOptions): Promise<AuditResult>;
/** Exit status 0: Albatross accepts the chain, it verifies when a CA was given, and no finding is an error. */
export declare function auditPassed(r: AuditResult): boolean;
export interface AuditJson {
    accepted: boolean;
    name: string | null;
    version: number | null;
    policies: {
        path: string;
        policy: string;
    }[];
    command: string | null;
    error: string | null;
    verified: boolean | null;
    in_validity: boolean;
    findings: Finding[];
    /** the release whose verdict this is */
    release?: Release;
    /** every release's verdict, with --all-releases */
    releases?: Partial<Record<Release, ReturnType<typeof endpointJson>>>;
}
export declare function auditToJson(r: AuditResult): AuditJson;
/** The result of a file that could not be read as a chain, in the same shape (for --jsonl). */
export declare function unreadableToJson(message: string): AuditJson;
export declare function auditToText(r: AuditResult): string;
