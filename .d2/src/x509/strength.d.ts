export declare const RSA_MINIMUM_BITS = 2048;
/** Why a signature algorithm is too weak, or null. */
export declare function weakSignatureAlgorithm(oid: string): string | null;
/** Why a public key (SubjectPublicKeyInfo DER) is too weak, or null. */
export declare function weakPublicKey(spki: Uint8Array): string | null;
