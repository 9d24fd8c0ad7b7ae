import { createPrivateKey, createPublicKey, hash, type KeyObject, type webcrypto } from "node:crypto";

import * as pkijs from "pkijs";
import type { PrivateKey as SshPrivateKey } from "sshpk";

import { children, readTlv, type Tlv } from "../asn1/der.js";
import { errorMessage, X509Error } from "./errors.js";
import { encodePem } from "./pem.js";
import { blankInput } from "./pem-stream.js";

export const KEY_TYPES = ["ed25519", "p256", "p384", "p521", "rsa2048", "rsa4096"] as const;
export type KeyType = (typeof KEY_TYPES)[number];
export const DEFAULT_KEY_TYPE: KeyType = "ed25519";

/** The digest pkijs must be told explicitly: its `sign` defaults to SHA-1. */
export type SignatureHash = "SHA-256" | "SHA-384" | "SHA-512";

interface KeySpec {
  /** WebCrypto algorithm for generating and importing, with the hash bound where the algorithm needs one. */
  readonly algorithm: webcrypto.Algorithm;
  /** Generation parameters beyond `algorithm`. */
  readonly generate?: { readonly modulusLength: number; readonly publicExponent: Uint8Array };
  readonly hash: SignatureHash;
}

const RSA_EXPONENT = new Uint8Array([1, 0, 1]);

/**
 * As the Albatross reference chains: ECDSA uses its curve's hash
 * (ecdsa-with-SHA256/384/512), RSA is PKCS#1 v1.5 with SHA-256.
 * Ed25519 hashes with SHA-512 internally; the engine ignores the name for it.
 */
const KEY_SPECS: Readonly<Record<KeyType, KeySpec>> = {
  ed25519: { algorithm: { name: "Ed25519" }, hash: "SHA-512" },
  p256: { algorithm: { name: "ECDSA", namedCurve: "P-256" } as webcrypto.EcKeyImportParams, hash: "SHA-256" },
  p384: { algorithm: { name: "ECDSA", namedCurve: "P-384" } as webcrypto.EcKeyImportParams, hash: "SHA-384" },
  p521: { algorithm: { name: "ECDSA", namedCurve: "P-521" } as webcrypto.EcKeyImportParams, hash: "SHA-512" },
  rsa2048: {
    algorithm: { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" } as webcrypto.RsaHashedImportParams,
    generate: { modulusLength: 2048, publicExponent: RSA_EXPONENT },
    hash: "SHA-256",
  },
  rsa4096: {
    algorithm: { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" } as webcrypto.RsaHashedImportParams,
    generate: { modulusLength: 4096, publicExponent: RSA_EXPONENT },
    hash: "SHA-256",
  },
};

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

export function isKeyType(value: string): value is KeyType {
  return (KEY_TYPES as readonly string[]).includes(value);
}

export function signatureHash(keyType: KeyType): SignatureHash {
  return KEY_SPECS[keyType].hash;
}

export async function generateKey(keyType: KeyType = DEFAULT_KEY_TYPE): Promise<KeyPair> {
  const spec = KEY_SPECS[keyType];
  const generated = (await globalThis.crypto.subtle.generateKey({ ...spec.algorithm, ...spec.generate }, true, [
    "sign",
    "verify",
  ])) as webcrypto.CryptoKeyPair;
  const pkcs8 = new Uint8Array(await globalThis.crypto.subtle.exportKey("pkcs8", generated.privateKey));
  const spki = new Uint8Array(await globalThis.crypto.subtle.exportKey("spki", generated.publicKey));
  return { keyType, privateKey: generated.privateKey, pkcs8, spki };
}

/** PEM PKCS#8 ("BEGIN PRIVATE KEY"), the format Albatross writes. */
export function privateKeyToPem(key: KeyPair): string {
  return encodePem("PRIVATE KEY", key.pkcs8);
}

/** A private key that needs its passphrase: callers may ask for one and try again. */
export class EncryptedKeyError extends X509Error {
  override name = "EncryptedKeyError";
}

const ENCRYPTED = ["-----BEGIN ENCRYPTED PRIVATE KEY-----", "Proc-Type: 4,ENCRYPTED"];
const OPENSSH = "-----BEGIN OPENSSH PRIVATE KEY-----";

/**
 * ssh-keygen's own format (always its format for Ed25519): sshpk reads it, Node takes the PKCS#8 it gives.
 * sshpk (with its crypto libraries) is loaded only for such a key: it costs every command's start-up otherwise.
 */
async function openSshKey(text: Buffer, passphrase: string | Uint8Array | undefined): Promise<KeyObject> {
  const { default: sshpk } = await import("sshpk");
  let key: SshPrivateKey;
  try {
    key = sshpk.parsePrivateKey(text, "ssh", passphrase === undefined ? {} : { passphrase: Buffer.from(passphrase) });
  } catch (error) {
    if ((error as Error).name === "KeyEncryptedError") {
      throw new EncryptedKeyError("the private key is encrypted (give its passphrase)");
    }
    const wrong = passphrase !== undefined && /decrypt|passphrase|check/i.test(errorMessage(error));
    throw new X509Error(wrong ? "cannot decrypt the private key: wrong passphrase" : `cannot read private key: ${errorMessage(error)}`);
  }
  if (key.type === "ed25519") {
    // sshpk's Ed25519 PKCS#8 (version 2, with the public key) is one OpenSSL 3 does not decode: import the JWK
    const part = (name: string) => Buffer.from(key.parts.find((p) => p.name === name)!.data).toString("base64url");
    return createPrivateKey({ key: { kty: "OKP", crv: "Ed25519", d: part("k"), x: part("A") }, format: "jwk" });
  }
  return createPrivateKey({ key: key.toBuffer("pkcs8", {}), format: "pem" });
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
export async function readPrivateKey(pem: string | Uint8Array, passphrase?: string | Uint8Array): Promise<KeyPair> {
  const text = Buffer.from(pem);
  const blank = blankInput(text);
  if (blank !== null) throw new X509Error(`cannot read private key: ${blank}`);
  // OpenSSL says only "DECODER routines::unsupported"
  if (!text.includes("-----BEGIN ")) throw new X509Error("cannot read private key: not PEM (no -----BEGIN line)");
  let keyObject: KeyObject;
  if (text.includes(OPENSSH)) {
    keyObject = await openSshKey(text, passphrase);
  } else {
    const encrypted = ENCRYPTED.some((marker) => text.includes(marker));
    // Without a passphrase OpenSSL only reports "interrupted or cancelled".
    if (encrypted && passphrase === undefined) throw new EncryptedKeyError("the private key is encrypted (give its passphrase)");
    try {
      keyObject = createPrivateKey({ key: text, format: "pem", ...(encrypted ? { passphrase: Buffer.from(passphrase!) } : {}) });
    } catch (error) {
      const code = (error as { code?: string }).code ?? "";
      // CBC padding catches most wrong passphrases (BAD_DECRYPT); nothing authenticates the rest, so about
      // one in 256 decrypts to bytes that pass the padding and then do not decode (UNSUPPORTED)
      if (encrypted && /DECRYPT|UNSUPPORTED/.test(code)) throw new X509Error("cannot decrypt the private key: wrong passphrase");
      throw new X509Error(`cannot read private key: ${errorMessage(error)}`);
    }
  }
  const keyType = keyTypeOfKeyObject(keyObject);
  const pkcs8 = new Uint8Array(keyObject.export({ format: "der", type: "pkcs8" }));
  const spki = new Uint8Array(createPublicKey(keyObject).export({ format: "der", type: "spki" }));
  const privateKey = await globalThis.crypto.subtle.importKey("pkcs8", pkcs8, KEY_SPECS[keyType].algorithm, true, [
    "sign",
  ]);
  return { keyType, privateKey, pkcs8, spki };
}

/**
 * PKCS#8 encrypted with AES-256-CBC under a PBKDF2-derived key
 * ("BEGIN ENCRYPTED PRIVATE KEY"), as `openssl pkcs8 -topk8 -v2 aes256`
 * writes it; `openssl pkey -passin` reads it.
 */
export function privateKeyToEncryptedPem(key: KeyPair, passphrase: string | Uint8Array): string {
  const keyObject = createPrivateKey({ key: Buffer.from(key.pkcs8), format: "der", type: "pkcs8" });
  return keyObject.export({ format: "pem", type: "pkcs8", cipher: "aes-256-cbc", passphrase: Buffer.from(passphrase) }).toString();
}

/** The key type of a SubjectPublicKeyInfo, or null when it is none of ours (RSA-3072, secp256k1, ...). */
export function keyTypeOfSpki(spki: Uint8Array): KeyType | null {
  try {
    return keyTypeOfPublicKey(publicKeyObject(spki));
  } catch {
    return null;
  }
}

export function keyTypeOfPublicKey(key: KeyObject): KeyType | null {
  try {
    return keyTypeOfKeyObject(key);
  } catch {
    return null;
  }
}

/** SEQUENCE { SEQUENCE { id-Ed25519 }, BIT STRING (32 octets) }: all but the key itself. */
const ED25519_SPKI_PREFIX = Buffer.from("302a300506032b6570032100", "hex");

/**
 * A SubjectPublicKeyInfo as a key to verify with. OpenSSL 3 decodes DER keys
 * through a generic decoder search that costs several signatures; an Ed25519
 * key is just its 32 octets, imported as such.
 */
export function publicKeyObject(spki: Uint8Array): KeyObject {
  const bytes = Buffer.from(spki.buffer, spki.byteOffset, spki.byteLength);
  // signing a request reads its key twice (the signature, then the key's strength)
  if (lastKey !== null && lastKey.spki.equals(bytes)) return lastKey.key;
  let key: KeyObject;
  if (bytes.length === ED25519_SPKI_PREFIX.length + 32 && bytes.subarray(0, ED25519_SPKI_PREFIX.length).equals(ED25519_SPKI_PREFIX)) {
    const x = bytes.subarray(ED25519_SPKI_PREFIX.length).toString("base64url");
    key = createPublicKey({ key: { kty: "OKP", crv: "Ed25519", x }, format: "jwk" });
  } else {
    key = createPublicKey({ key: bytes, format: "der", type: "spki" });
  }
  lastKey = { spki: Buffer.from(bytes), key };
  return key;
}

let lastKey: { spki: Buffer; key: KeyObject } | null = null;

/** The subjectPublicKey BIT STRING of a SubjectPublicKeyInfo (`SEQUENCE { algorithm, subjectPublicKey }`), checked to be just that. */
function subjectPublicKeyBits(spki: Uint8Array): Tlv {
  try {
    const info = readTlv(spki, 0, spki.length);
    const fields = children(spki, info.start, info.end);
    const [algorithm, bits] = fields;
    if (info.end !== spki.length || info.num !== 16 || fields.length !== 2 || algorithm!.num !== 16 || bits!.num !== 3 || bits!.start === bits!.end) {
      throw new Error("expected SEQUENCE { AlgorithmIdentifier, BIT STRING }");
    }
    return bits!;
  } catch (error) {
    throw new X509Error(`SubjectPublicKeyInfo: malformed (${errorMessage(error)})`);
  }
}

export function checkPublicKeyInfo(spki: Uint8Array): void {
  subjectPublicKeyBits(spki);
}

/**
 * RFC 5280 section 4.2.1.2 method 1: SHA-1 over the subjectPublicKey BIT
 * STRING contents (without tag, length and unused-bits octet). This is also
 * what Albatross (`X509.Public_key.id`) puts in SKI and AKI.
 */
export function keyIdentifier(spki: Uint8Array): Uint8Array {
  const bits = subjectPublicKeyBits(spki);
  // one-shot: a Hash object is a native one, which costs the garbage collector more than the hashing
  return new Uint8Array(hash("sha1", spki.subarray(bits.start + 1, bits.end), "buffer"));
}

const CURVE_KEY_TYPES: Readonly<Record<string, KeyType>> = {
  prime256v1: "p256",
  secp384r1: "p384",
  secp521r1: "p521",
};

function keyTypeOfKeyObject(keyObject: KeyObject): KeyType {
  const details = keyObject.asymmetricKeyDetails ?? {};
  switch (keyObject.asymmetricKeyType) {
    case "ed25519":
      return "ed25519";
    case "ec": {
      const keyType = CURVE_KEY_TYPES[details.namedCurve ?? ""];
      if (keyType === undefined) {
        throw new X509Error(`unsupported EC curve ${details.namedCurve} (expected P-256, P-384 or P-521)`);
      }
      return keyType;
    }
    case "rsa":
      if (details.modulusLength === 2048 || details.modulusLength === 4096) {
        return `rsa${details.modulusLength}`;
      }
      throw new X509Error(`unsupported RSA key size ${details.modulusLength} (expected 2048 or 4096)`);
    default:
      throw new X509Error(`unsupported key algorithm ${keyObject.asymmetricKeyType} (expected one of ${KEY_TYPES.join(", ")})`);
  }
}
