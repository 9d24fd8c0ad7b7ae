import { type Release } from "../model/release.js";
export declare const ISSUED_KINDS: readonly ["sub-ca", "leaf", "server"];
export type IssuedKind = (typeof ISSUED_KINDS)[number];
export type IssuedStatus = "valid" | "expired" | "not-yet-valid";
/** One issued certificate; what is not known (no kept certificate) is null. */
export interface IssuedEntry {
    serial: string;
    common_name: string;
    /** the Albatross name (leaf) or path (sub-CA) it acts as; null for a server */
    name: string | null;
    kind: IssuedKind | null;
    /** the command, as Albatross prints it */
    command: string | null;
    /** a sub-CA's policy, as Albatross prints it */
    policy: string | null;
    not_before: string | null;
    not_after: string | null;
    status: IssuedStatus | null;
}
/** The entry of a kept chain (certificate first, then the sub-CAs above it). */
export declare function describeIssued(serial: string, cn: string, chainPem: string, at: Date, release?: Release): IssuedEntry;
/** The database's records, in order, with what the kept certificates tell, read and printed as `release` does. */
export declare function listIssued(database: string, at?: Date, release?: Release): Promise<IssuedEntry[]>;
/** A duration as `30d`, `12h`, `2w`, `90m`, `45s`, in milliseconds. */
export declare function parseDuration(text: string, option?: string): number;
export interface ListFilter {
    kind?: IssuedKind;
    /** only valid certificates whose validity ends within this many milliseconds */
    expiringWithinMs?: number;
}
export declare function filterIssued(entries: readonly IssuedEntry[], f: ListFilter, at?: Date): IssuedEntry[];
/** One line per certificate: serial, kind, status, end of validity, name and what it does. */
export declare function issuedToText(entries: readonly IssuedEntry[]): string;
