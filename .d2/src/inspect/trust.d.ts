import type { CertificateView } from "./certificate.js";
export type Hash = "MD5" | "SHA1" | "SHA224" | "SHA256" | "SHA384" | "SHA512";
type Scheme = "RSA_PKCS1" | "RSA_PSS" | "ECDSA" | "ED25519";
type KeyKind = "RSA" | "ED25519" | "P256" | "P384" | "P521";
/** The signature algorithm of a certificate as ocaml-x509 reads it, or null when it knows none. */
export declare function signatureAlgorithm(cert: CertificateView): {
    scheme: Scheme;
    hash: Hash;
} | null;
/** The key kinds ocaml-x509 1.0 decodes; a certificate with another key does not even parse there. */
export declare function publicKeyKind(cert: CertificateView): {
    kind: KeyKind;
    bits: number;
} | null;
export declare function who(cert: CertificateView): string;
export type TrustVerdict = {
    readonly verified: true;
} | {
    readonly verified: false;
    readonly reason: string;
};
/**
 * verify_chain_of_trust without host name and time: the leaf's own checks,
 * then any path from the leaf to one of `anchors` that holds. With `anchors`
 * null, the chain is checked as far as it goes.
 */
export declare function chainOfTrust(chain: readonly CertificateView[], anchors: readonly CertificateView[] | null): Promise<TrustVerdict>;
export {};
