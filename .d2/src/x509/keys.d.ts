import { type KeyObject, type webcrypto } from "node:crypto";
import * as pkijs from "pkijs";
import { X509Error } from "./errors.js";
export declare const KEY_TYPES: readonly ["ed25519", "p256", "p384", "p521", "rsa2048", "rsa4096"];
export type KeyType = (typeof KEY_TYPES)[number];
export declare const DEFAULT_KEY_TYPE: KeyType;
/** The digest pkijs must be told explicitly: its `sign` defaults to SHA-1. */
export type SignatureHash = "SHA-256" | "SHA-384" | "SHA-512";
/**
 * What a CA signs with: a private key and its public half. A key held
 * elsewhere — in a PKCS#11 token — brings the engine that reaches it, and a
 * `close` that ends its session; a key in memory signs with ours.
 */
export interface SigningKey {
    readonly keyType: KeyType;
    readonly privateKey: webcrypto.CryptoKey;
    /** SubjectPublicKeyInfo DER of the public key. */
    readonly spki: Uint8Array;
    readonly engine?: pkijs.CryptoEngine;
    close?(): void;
}
/** A private key in memory, ready for signing and for writing to a file. */
export interface KeyPair extends SigningKey {
    /** PKCS#8 DER of the private key. */
    readonly pkcs8: Uint8Array;
}
export declare function isKeyType(value: string): value is KeyType;
export declare function signatureHash(keyType: KeyType): SignatureHash;
export declare function generateKey(keyType?: KeyType): Promise<KeyPair>;
/** PEM PKCS#8 ("BEGIN PRIVATE KEY"), the format Albatross writes. */
export declare function privateKeyToPem(key: KeyPair): string;
/** A private key that needs its passphrase: callers may ask for one and try again. */
export declare class EncryptedKeyError extends X509Error {
    name: string;
}
/**
 * Read a private key from PEM, as openssl and ssh-keygen write them: PKCS#8
 * ("PRIVATE KEY", or "ENCRYPTED PRIVATE KEY" as `openssl genpkey -aes256`
 * and `openssl pkcs8 -topk8 -v2 aes256` write it), PKCS#1 ("RSA PRIVATE
 * KEY"), SEC1 ("EC PRIVATE KEY", after "EC PARAMETERS" as `openssl ecparam
 * -genkey` writes it), the legacy encrypted forms of both, and OpenSSH's
 * ("OPENSSH PRIVATE KEY"). Node's own key handling decrypts; an encrypted
 * key without `passphrase` throws EncryptedKeyError.
 */
export declare function readPrivateKey(pem: string | Uint8Array, passphrase?: string | Uint8Array): Promise<KeyPair>;
/**
 * PKCS#8 encrypted with AES-256-CBC under a PBKDF2-derived key
 * ("BEGIN ENCRYPTED PRIVATE KEY"), as `openssl pkcs8 -topk8 -v2 aes256`
 * writes it; `openssl pkey -passin` reads it.
 */
export declare function privateKeyToEncryptedPem(key: KeyPair, passphrase: string | Uint8Array): string;
/** The key type of a SubjectPublicKeyInfo, or null when it is none of ours (RSA-3072, secp256k1, ...). */
export declare function keyTypeOfSpki(spki: Uint8Array): KeyType | null;
export declare function keyTypeOfPublicKey(key: KeyObject): KeyType | null;
/**
 * A SubjectPublicKeyInfo as a key to verify with. OpenSSL 3 decodes DER keys
 * through a generic decoder search that costs several signatures; an Ed25519
 * key is just its 32 octets, imported as such.
 */
export declare function publicKeyObject(spki: Uint8Array): KeyObject;
export declare function checkPublicKeyInfo(spki: Uint8Array): void;
/**
 * RFC 5280 section 4.2.1.2 method 1: SHA-1 over the subjectPublicKey BIT
 * STRING contents (without tag, length and unused-bits octet). This is also
 * what Albatross (`X509.Public_key.id`) puts in SKI and AKI.
 */
export declare function keyIdentifier(spki: Uint8Array): Uint8Array;
