import type { Command } from "../model/command.js";
import { type Policy } from "../model/policy.js";
import type { Release } from "../model/release.js";
import { type CertificateInfo, type SigningKey } from "../x509/index.js";
import { type KeyOptions } from "./signing-key.js";
export interface Authority {
    /** the CA's certificate, then the rest of its file (its chain, if kept there), as DER */
    certificates: Uint8Array[];
    certificate: CertificateInfo;
    /** a key file's key, or one in a PKCS#11 token (close it when done) */
    key: SigningKey;
    /** the policy of a sub-CA; null for the root */
    policy: Policy | null;
}
/** The policy in a CA certificate's Albatross extension, if it has one. */
export declare function authorityPolicy(certificate: CertificateInfo, release: Release): Policy | null;
export declare function makeAuthority(certificatePem: string, key: SigningKey, release: Release): Authority;
/** The CA certificate file and its key: a key file or a PKCS#11 URI (see loadSigningKey). */
export declare function readAuthority(certificateFile: string, keySpec: string, release: Release, o?: KeyOptions): Promise<Authority>;
/** Runs `use` with the authority and closes its key afterwards (a token session). */
export declare function withAuthority<T>(certificateFile: string, keySpec: string, release: Release, o: KeyOptions, use: (authority: Authority) => Promise<T>): Promise<T>;
export declare function checkAgainstAuthority(command: Command, policy: Policy | null, release: Release): void;
/**
 * A new certificate as the file to hand out: it, then the authority's
 * certificates except self-signed ones (a root is the verifier's trust anchor,
 * never sent along). With the CA's chain kept in its file, this is the whole
 * chain up to the root.
 */
export declare function chainPem(newCertificatePem: string, authority: Authority): string;
