import { type Command } from "../model/command.js";
import { type Release } from "../model/release.js";
import { type IssuedCertificate, type ProfileKind } from "../x509/index.js";
import { type Authority } from "./authority.js";
import { type Warn } from "./errors.js";
import { type ProfileSet } from "./profiles.js";
import { type ExecuteOptions, type Plan } from "./plan.js";
import type { KeyOptions } from "./signing-key.js";
export interface SignOptions {
    /** validity; default by profile: sub-CA 365, leaf 1, server 365 */
    days?: number;
    /** the operator's profiles, by kind (default: templates/profiles) */
    profiles?: ProfileSet;
    now?: Date;
    warn?: Warn;
    /** the Albatross release whose checks apply and whose encoding is written (default: the current one) */
    release?: Release;
}
export interface SignedCertificate {
    commonName: string;
    profile: ProfileKind;
    /** the request's command; null for a server certificate */
    command: Command | null;
    certificate: IssuedCertificate;
    /** the certificate followed by the authority's certificates that are not self-signed */
    chainPem: string;
}
export declare function signRequest(authority: Authority, request: string | Uint8Array, o?: SignOptions): Promise<SignedCertificate>;
/** What a certificate certifies: a subject, its key, and the command it carries (none for a server). */
export interface Subject {
    commonName: string;
    /** SubjectPublicKeyInfo DER */
    publicKey: Uint8Array;
    command: Command | null;
}
/** The checks of `sign` and the certificate, for a request or for a renewal. */
export declare function certify(authority: Authority, subject: Subject, o?: SignOptions): Promise<SignedCertificate>;
/**
 * albatross-client trusts any server certificate that chains to the root:
 * one issued by a tenant's sub-CA would let the tenant impersonate Albatross.
 */
export declare function assertRoot(authority: Authority): void;
export interface SignFilesOptions extends SignOptions, ExecuteOptions, KeyOptions {
    caCertificateFile: string;
    /** a key file or a PKCS#11 URI */
    caKeyFile: string;
    requestFile: string;
    /** the CA database: `<serial-hex> <CN>` is appended */
    databaseFile: string;
    /** where `<CN>.pem` goes (default: the current directory) */
    outDir?: string;
    /** replace an existing `<CN>.pem` */
    force?: boolean;
}
export interface SignedFiles extends SignedCertificate {
    certificateFile: string;
}
/**
 * The certificate file and the database record of a signed certificate:
 * the chain as `<CN>.pem`, the serial recorded with the chain kept beside
 * the database.
 */
export declare function signedPlan(signed: SignedCertificate, o: {
    databaseFile: string;
    outDir: string;
    force?: boolean;
    caCertificateFile: string;
    caKeyFile: string;
    /** the certificate file being renewed: replacing it is the point */
    renews?: string;
}): Promise<{
    certificateFile: string;
    plan: Plan;
}>;
export declare function signRequestFiles(o: SignFilesOptions): Promise<SignedFiles>;
export interface SignManyFilesOptions extends Omit<SignFilesOptions, "requestFile"> {
    /** signed in this order, all or none */
    requestFiles: readonly string[];
    /** told after each request is signed (the CLI shows a bar on a terminal) */
    progress?: (signed: number, total: number) => void;
}
/**
 * `sign` for many requests (a folder's worth) under one authority, read
 * once: every request is checked and signed before anything is written, then
 * the certificates, their kept copies and the database lines are written
 * together (one lock, one flush per folder). A request that fails any check
 * fails the call, named by its file, and nothing is written. The batch is
 * held in memory until then: sign requests with large images a few at a time.
 */
export declare function signRequestsFiles(o: SignManyFilesOptions): Promise<SignedFiles[]>;
