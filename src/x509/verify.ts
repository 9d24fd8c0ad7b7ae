// Signature checks with node:crypto directly: a request's self-signature is
// checked for every certificate issued, and pkijs's way (re-encoding the
// signed part, importing the key through WebCrypto) costs more than the
// signature itself.

import { type KeyObject, verify } from "node:crypto";

import { children, content, type Tlv } from "../asn1/der.js";
import { dottedOid, sameBytes } from "./der.js";
import { oidContent } from "./write.js";

type KeyFamily = "ed25519" | "ec" | "rsa";

interface Scheme {
  readonly oid: string;
  readonly family: KeyFamily;
  /** node:crypto's digest name; null for Ed25519 */
  readonly digest: string | null;
}

/** The weak ones are read too: `sign` refuses them by name (strength.ts) once the signature is known to be the requester's. */
const SCHEMES: readonly Scheme[] = [
  { oid: "1.3.101.112", family: "ed25519", digest: null },
  { oid: "1.2.840.10045.4.1", family: "ec", digest: "sha1" },
  { oid: "1.2.840.10045.4.3.1", family: "ec", digest: "sha224" },
  { oid: "1.2.840.10045.4.3.2", family: "ec", digest: "sha256" },
  { oid: "1.2.840.10045.4.3.3", family: "ec", digest: "sha384" },
  { oid: "1.2.840.10045.4.3.4", family: "ec", digest: "sha512" },
  { oid: "1.2.840.113549.1.1.4", family: "rsa", digest: "md5" },
  { oid: "1.2.840.113549.1.1.5", family: "rsa", digest: "sha1" },
  { oid: "1.2.840.113549.1.1.14", family: "rsa", digest: "sha224" },
  { oid: "1.2.840.113549.1.1.11", family: "rsa", digest: "sha256" },
  { oid: "1.2.840.113549.1.1.12", family: "rsa", digest: "sha384" },
  { oid: "1.2.840.113549.1.1.13", family: "rsa", digest: "sha512" },
];

/** Whether `verifySignature` knows the algorithm of this AlgorithmIdentifier (RSA-PSS, with its parameters, it does not). */
export function knownSignatureAlgorithm(algorithm: Tlv): boolean {
  const [id] = children(algorithm.buf, algorithm.start, algorithm.end);
  return id !== undefined && id.num === 6 && SCHEMES.some((s) => sameBytes(content(id), oidContent(s.oid)));
}

/**
 * Whether `signature` over `message` was made by `key` with the
 * AlgorithmIdentifier `algorithm`. A key of another family than the algorithm's
 * did not make it (false); an algorithm we do not know throws.
 */
export function verifySignature(algorithm: Tlv, key: KeyObject, message: Uint8Array, signature: Uint8Array): boolean {
  const [id] = children(algorithm.buf, algorithm.start, algorithm.end);
  if (id === undefined || id.num !== 6) throw new Error("malformed signature algorithm");
  const scheme = SCHEMES.find((s) => sameBytes(content(id), oidContent(s.oid)));
  if (scheme === undefined) throw new Error(`unsupported signature algorithm ${dottedOid(content(id))}`);
  if (key.asymmetricKeyType !== scheme.family) return false;
  return verify(scheme.digest, message, { key, dsaEncoding: "der" }, signature);
}
