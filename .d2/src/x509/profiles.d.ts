import { type ExtendedKeyUsageName, type KeyUsageName } from "./extensions.js";
/**
 * The four roles of SPEC section 4. The role decides which settings are safe:
 * only CAs may sign, and only sub-CAs and leaves carry the Albatross extension
 * (that is how `sign` tells them from a server certificate).
 */
export declare const PROFILE_KINDS: readonly ["root-ca", "sub-ca", "leaf", "server"];
export type ProfileKind = (typeof PROFILE_KINDS)[number];
/** What a certificate of this profile contains. SKI, AKI and the Albatross extension are never critical. */
export interface CertificateProfile {
    readonly kind: ProfileKind;
    /** The file it was loaded from, for messages. */
    readonly source: string;
    readonly validitySeconds: number;
    readonly basicConstraints: {
        readonly critical: boolean;
        readonly ca: boolean;
    };
    readonly keyUsage: {
        readonly critical: boolean;
        readonly usages: readonly KeyUsageName[];
    };
    readonly extendedKeyUsage: {
        readonly critical: boolean;
        readonly purposes: readonly ExtendedKeyUsageName[];
    } | null;
    readonly subjectKeyIdentifier: boolean;
    readonly authorityKeyIdentifier: boolean;
    readonly albatross: boolean;
}
export declare const SECONDS_PER_DAY = 86400;
/** A one-shot leaf, minted on the fly for a single command, lives five minutes. */
export declare const ONE_SHOT_LEAF_SECONDS = 300;
/** Read and validate a profile; unknown fields and unsafe settings are refused naming the file and the field. */
export declare function loadProfile(file: string): CertificateProfile;
/** Validate a profile given as parsed JSON; `source` names it in messages. */
export declare function parseProfile(json: unknown, source: string): CertificateProfile;
/** The same profile with another validity, e.g. `--days` or a one-shot leaf. */
export declare function withValidity(profile: CertificateProfile, validitySeconds: number): CertificateProfile;
/** templates/profiles of the package; this file runs from dist/src/x509/. */
export declare const BUILTIN_PROFILES_DIR: string;
export declare const BUILTIN_PROFILES: Readonly<Record<ProfileKind, CertificateProfile>>;
