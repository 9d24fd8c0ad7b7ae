import type { webcrypto } from "node:crypto";
import * as asn1js from "asn1js";
import * as pkijs from "pkijs";
/** id-Ed25519 (RFC 8410). Its AlgorithmIdentifier has no parameters, not even NULL. */
export declare const ED25519_OID = "1.3.101.112";
/**
 * pkijs knows RSA and ECDSA but not Ed25519: its key import/export goes
 * through JWK conversions that have no OKP case, and its signature
 * parameters have no EdDSA branch. WebCrypto itself (Node >= 20) handles
 * Ed25519 fine, so those paths go straight to it.
 */
export declare class AlbatrossCryptoEngine extends pkijs.CryptoEngine {
    importKey(format: webcrypto.KeyFormat, keyData: webcrypto.BufferSource | webcrypto.JsonWebKey, algorithm: webcrypto.AlgorithmIdentifier, extractable: boolean, keyUsages: webcrypto.KeyUsage[]): Promise<webcrypto.CryptoKey>;
    exportKey(format: "jwk", key: webcrypto.CryptoKey): Promise<webcrypto.JsonWebKey>;
    exportKey(format: Exclude<webcrypto.KeyFormat, "jwk">, key: webcrypto.CryptoKey): Promise<ArrayBuffer>;
    exportKey(format: string, key: webcrypto.CryptoKey): Promise<ArrayBuffer | webcrypto.JsonWebKey>;
    getSignatureParameters(privateKey: webcrypto.CryptoKey, hashAlgorithm?: string): Promise<pkijs.CryptoEngineSignatureParams>;
    verifyWithPublicKey(data: webcrypto.BufferSource, signature: asn1js.BitString | asn1js.OctetString, publicKeyInfo: pkijs.PublicKeyInfo, signatureAlgorithm: pkijs.AlgorithmIdentifier, shaAlgorithm?: string): Promise<boolean>;
}
/**
 * Install our engine as pkijs's global engine (once) and return it. Callers
 * also pass it explicitly to `sign`/`verify`, so another module installing a
 * different global engine cannot silently break Ed25519 here.
 */
export declare function ensureEngine(): pkijs.CryptoEngine;
