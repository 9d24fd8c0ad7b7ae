export interface PublicKeyFacts {
    /** One of our key types (ed25519, p256, ...), else what the key is ("rsa 3072 bits", "ec secp256k1"). */
    readonly keyType: string;
    /** Whether Albatross tooling can use it (one of the six key types). */
    readonly supported: boolean;
    /** SubjectPublicKeyInfo DER */
    readonly spki: Uint8Array;
    /** lowercase hex SHA-256 of the SubjectPublicKeyInfo DER */
    readonly sha256: string;
}
export declare function describePublicKey(spki: Uint8Array): PublicKeyFacts;
/** The SubjectPublicKeyInfo of a private key in DER (PKCS#8, PKCS#1 or SEC1); null if it is none. */
export declare function publicHalfOfPrivateKey(der: Uint8Array): Uint8Array | null;
/** The SubjectPublicKeyInfo DER if `der` is one (normalised by Node), else null. */
export declare function readPublicKey(der: Uint8Array): Uint8Array | null;
