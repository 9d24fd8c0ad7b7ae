// What we refuse to certify: signatures by hashes with known collisions and
// RSA keys small enough to factor. Albatross itself would refuse the SHA-1
// signatures of the certificates (ocaml-x509 allows SHA-2 only), and keys
// below 2048 bits fall short of NIST SP 800-131A.
import { publicKeyObject } from "./keys.js";
export const RSA_MINIMUM_BITS = 2048;
/** Signature algorithms whose hash is weaker than SHA-256, by OID. */
const WEAK_SIGNATURES = {
    "1.2.840.113549.1.1.4": "MD5 with RSA",
    "1.2.840.113549.1.1.5": "SHA-1 with RSA",
    "1.2.840.113549.1.1.14": "SHA-224 with RSA",
    "1.2.840.10045.4.1": "ECDSA with SHA-1",
    "1.2.840.10045.4.3.1": "ECDSA with SHA-224",
    "1.2.840.10040.4.3": "DSA with SHA-1",
};
/** Why a signature algorithm is too weak, or null. */
export function weakSignatureAlgorithm(oid) {
    const name = WEAK_SIGNATURES[oid];
    return name === undefined ? null : `it is signed with ${name}; only SHA-256 or stronger is accepted`;
}
/** Why a public key (SubjectPublicKeyInfo DER) is too weak, or null. */
export function weakPublicKey(spki) {
    let key;
    try {
        key = publicKeyObject(spki);
    }
    catch {
        return null;
    }
    const bits = key.asymmetricKeyDetails?.modulusLength;
    if ((key.asymmetricKeyType === "rsa" || key.asymmetricKeyType === "rsa-pss") && bits !== undefined && bits < RSA_MINIMUM_BITS) {
        return `its RSA key has ${bits} bits; at least ${RSA_MINIMUM_BITS} are needed`;
    }
    if (key.asymmetricKeyType === "dsa")
        return "it has a DSA key";
    return null;
}
//# sourceMappingURL=strength.js.map