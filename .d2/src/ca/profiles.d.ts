import { type CertificateProfile, type ProfileKind } from "../x509/index.js";
export type ProfileSet = Partial<Record<ProfileKind, CertificateProfile>>;
export declare function profileSet(profiles: readonly CertificateProfile[]): ProfileSet;
/**
 * The profile for a certificate of this kind. Profiles were given but none of
 * this kind: refused rather than silently falling back to the built-in one.
 */
export declare function pickProfile(kind: ProfileKind, set: ProfileSet | undefined, days?: number): CertificateProfile;
