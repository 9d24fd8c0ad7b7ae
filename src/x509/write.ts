// X.509 structures written with our own DER layer around their contents. A
// create request or certificate carries a whole unikernel image: it is copied
// once, into the output buffer, or not at all when it was read into memory
// handed over to the writer (flattenInPlace), and signed where it lies there
// (pkijs/asn1js would hold it in several objects and copies at once).

import { createSign, KeyObject, sign as signOneShot, type webcrypto } from "node:crypto";

import { Cls, type Encoded, encodedBytes, firstPart, flatten, flattenInPlace, primitiveTlv, wrap } from "../asn1/der.js";
import { errorMessage, X509Error } from "./errors.js";
import { type KeyType, signatureHash, type SigningKey } from "./keys.js";

const U = Cls.Universal;

export const sequence = (...inner: Encoded[]): Encoded => wrap(U, true, 16, inner);
export const set = (...inner: Encoded[]): Encoded => wrap(U, true, 17, inner);
export const octetString = (bytes: Uint8Array | Encoded): Encoded =>
  bytes instanceof Uint8Array ? primitiveTlv(U, 4, bytes) : wrap(U, false, 4, [bytes]);
export const explicit = (num: number, inner: Encoded): Encoded => wrap(Cls.Context, true, num, [inner]);
export const primitive = (num: number, bytes: Uint8Array): Encoded => primitiveTlv(U, num, bytes);
export const TRUE = primitive(1, Uint8Array.of(0xff));
const NULL = primitive(5, new Uint8Array(0));

/** A positive INTEGER from its minimal two's-complement content octets. */
export const integer = (content: Uint8Array): Encoded => primitive(2, content);

const oidCache = new Map<string, Uint8Array>();

/** The content octets of an OBJECT IDENTIFIER (X.690 8.19). */
export function oidContent(dotted: string): Uint8Array {
  let cached = oidCache.get(dotted);
  if (cached === undefined) {
    const [first = 0, second = 0, ...rest] = dotted.split(".").map(Number);
    const out: number[] = [];
    for (const arc of [first * 40 + second, ...rest]) {
      const septets = [arc & 0x7f];
      for (let x = Math.floor(arc / 128); x > 0; x = Math.floor(x / 128)) septets.unshift((x & 0x7f) | 0x80);
      out.push(...septets);
    }
    cached = Uint8Array.from(out);
    oidCache.set(dotted, cached);
  }
  return cached;
}

export const oid = (dotted: string): Encoded => primitive(6, oidContent(dotted));

/** BIT STRING with `unusedBits` unused bits in its last octet. */
export const bitString = (bytes: Uint8Array, unusedBits = 0): Encoded =>
  wrap(U, false, 3, [encodedBytes(Uint8Array.of(unusedBits)), encodedBytes(bytes)]);

const utf8 = new TextEncoder();

/** `CN=<name>` and nothing else, as a UTF8String like Albatross writes it. */
export function commonNameName(commonName: string): Encoded {
  if (commonName.length === 0) throw new X509Error("the common name must not be empty");
  return sequence(set(sequence(oid("2.5.4.3"), primitive(12, utf8.encode(commonName)))));
}

/** Extension ::= SEQUENCE { extnID, critical BOOLEAN DEFAULT FALSE, extnValue OCTET STRING } */
export function extension(id: string, critical: boolean, value: Uint8Array | Encoded): Encoded {
  return critical ? sequence(oid(id), TRUE, octetString(value)) : sequence(oid(id), octetString(value));
}

interface SignatureScheme {
  readonly algorithm: Encoded;
  /** node:crypto's digest name; null for Ed25519 (pure EdDSA signs the message itself) */
  readonly digest: string | null;
}

const ECDSA = (oidString: string, digest: string): SignatureScheme => ({ algorithm: sequence(oid(oidString)), digest });
const RSA_SHA256: SignatureScheme = { algorithm: sequence(oid("1.2.840.113549.1.1.11"), NULL), digest: "sha256" };

/** As the Albatross reference chains; RFC 4055: sha*WithRSAEncryption has NULL parameters, ECDSA and Ed25519 none. */
const SCHEMES: Readonly<Record<KeyType, SignatureScheme>> = {
  ed25519: { algorithm: sequence(oid("1.3.101.112")), digest: null },
  p256: ECDSA("1.2.840.10045.4.3.2", "sha256"),
  p384: ECDSA("1.2.840.10045.4.3.3", "sha384"),
  p521: ECDSA("1.2.840.10045.4.3.4", "sha512"),
  rsa2048: RSA_SHA256,
  rsa4096: RSA_SHA256,
};

export const signatureAlgorithm = (keyType: KeyType): Encoded => SCHEMES[keyType].algorithm;

const keyObjects = new WeakMap<webcrypto.CryptoKey, KeyObject>();

function keyObjectOf(key: webcrypto.CryptoKey): KeyObject {
  let object = keyObjects.get(key);
  if (object === undefined) {
    object = KeyObject.from(key);
    keyObjects.set(key, object);
  }
  return object;
}

const ED25519_SIGNATURE_BYTES = 64;

/**
 * `SEQUENCE { tbs, signatureAlgorithm, BIT STRING signature }` (a certificate
 * or a request). The result is the only copy of the signed bytes: Ed25519
 * signs the TBS inside it, the digest schemes hash it part by part first.
 * A key that brings its own engine (a token's) signs through it.
 */
export async function signed(tbs: Encoded, key: SigningKey): Promise<Uint8Array> {
  const scheme = SCHEMES[key.keyType];
  try {
    if (key.engine !== undefined) {
      const { parameters } = await key.engine.getSignatureParameters(key.privateKey, signatureHash(key.keyType));
      const signature = await key.engine.signWithPrivateKey(flatten(tbs), key.privateKey, parameters);
      return flattenInPlace(sequence(tbs, scheme.algorithm, bitString(new Uint8Array(signature))));
    }
    const privateKey = keyObjectOf(key.privateKey);
    if (scheme.digest !== null) {
      const signer = createSign(scheme.digest);
      for (const part of tbs.parts) signer.update(part);
      const signature = signer.sign({ key: privateKey, dsaEncoding: "der" });
      return flattenInPlace(sequence(tbs, scheme.algorithm, bitString(signature)));
    }
    const placeholder = new Uint8Array(ED25519_SIGNATURE_BYTES);
    const whole = sequence(tbs, scheme.algorithm, bitString(placeholder));
    const out = flattenInPlace(whole);
    const tbsStart = firstPart(whole)!.length;
    const signature = signOneShot(null, out.subarray(tbsStart, tbsStart + tbs.length), privateKey);
    out.set(signature, out.length - ED25519_SIGNATURE_BYTES);
    return out;
  } catch (error) {
    throw new X509Error(`cannot sign with the ${key.keyType} key: ${errorMessage(error)}`);
  }
}
