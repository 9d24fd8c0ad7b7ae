// Signature checks with node:crypto directly: a request's self-signature is
// checked for every certificate issued, and pkijs's way (re-encoding the
// signed part, importing the key through WebCrypto) costs more than the
// signature itself. The signed part is checked where it lies in its input.

import { constants, type KeyObject, verify } from "node:crypto";

import { type AlgorithmIdentifier, algorithmIdentifier, rsassaPssParams } from "./grammar.js";

type KeyFamily = "ed25519" | "ec" | "rsa";

interface Scheme {
  readonly family: KeyFamily;
  /** node:crypto's digest name; null for Ed25519 */
  readonly digest: string | null;
}

/** The weak ones are read too: `sign` refuses them by name (strength.ts) once the signature is known to be the requester's. */
const SCHEMES: Readonly<Record<string, Scheme>> = {
  "1.3.101.112": { family: "ed25519", digest: null },
  "1.2.840.10045.4.1": { family: "ec", digest: "sha1" },
  "1.2.840.10045.4.3.1": { family: "ec", digest: "sha224" },
  "1.2.840.10045.4.3.2": { family: "ec", digest: "sha256" },
  "1.2.840.10045.4.3.3": { family: "ec", digest: "sha384" },
  "1.2.840.10045.4.3.4": { family: "ec", digest: "sha512" },
  "1.2.840.113549.1.1.4": { family: "rsa", digest: "md5" },
  "1.2.840.113549.1.1.5": { family: "rsa", digest: "sha1" },
  "1.2.840.113549.1.1.14": { family: "rsa", digest: "sha224" },
  "1.2.840.113549.1.1.11": { family: "rsa", digest: "sha256" },
  "1.2.840.113549.1.1.12": { family: "rsa", digest: "sha384" },
  "1.2.840.113549.1.1.13": { family: "rsa", digest: "sha512" },
};

const RSA_PSS = "1.2.840.113549.1.1.10";
const MGF1 = "1.2.840.113549.1.1.8";
const SHA1 = "1.3.14.3.2.26";
const DIGESTS: Readonly<Record<string, string>> = {
  [SHA1]: "sha1",
  "2.16.840.1.101.3.4.2.4": "sha224",
  "2.16.840.1.101.3.4.2.1": "sha256",
  "2.16.840.1.101.3.4.2.2": "sha384",
  "2.16.840.1.101.3.4.2.3": "sha512",
};

/**
 * Whether `signature` over `message` was made by `key` with `algorithm`. A
 * key of another family than the algorithm's did not make it (false); an
 * algorithm we do not know throws.
 */
export function verifySignature(algorithm: AlgorithmIdentifier, key: KeyObject, message: Uint8Array, signature: Uint8Array): boolean {
  if (algorithm.algorithm === RSA_PSS) return verifyPss(algorithm, key, message, signature);
  const scheme = Object.hasOwn(SCHEMES, algorithm.algorithm) ? SCHEMES[algorithm.algorithm]! : undefined;
  if (scheme === undefined) throw new Error(`unsupported signature algorithm ${algorithm.algorithm}`);
  if (key.asymmetricKeyType !== scheme.family) return false;
  return verify(scheme.digest, message, { key, dsaEncoding: "der" }, signature);
}

/** RSASSA-PSS with the hash, salt length and MGF1 hash its parameters name (RFC 4055); OpenSSL's MGF1 takes the message's hash. */
function verifyPss(algorithm: AlgorithmIdentifier, key: KeyObject, message: Uint8Array, signature: Uint8Array): boolean {
  if (algorithm.parameters === undefined) throw new Error("RSA-PSS without parameters");
  const params = rsassaPssParams.decode(algorithm.parameters);
  const hash = params.hashAlgorithm?.algorithm ?? SHA1;
  const digest = Object.hasOwn(DIGESTS, hash) ? DIGESTS[hash]! : undefined;
  if (digest === undefined) throw new Error(`unsupported RSA-PSS hash ${hash}`);
  const mgf = params.maskGenAlgorithm;
  const mgfHash = mgf?.parameters === undefined ? SHA1 : algorithmIdentifier.decode(mgf.parameters).algorithm;
  if ((mgf !== undefined && mgf.algorithm !== MGF1) || mgfHash !== hash) throw new Error("unsupported RSA-PSS mask generation (MGF1 with the message's hash only)");
  if ((params.trailerField ?? 1n) !== 1n) throw new Error("unsupported RSA-PSS trailer field");
  if (key.asymmetricKeyType !== "rsa" && key.asymmetricKeyType !== "rsa-pss") return false;
  const saltLength = Number(params.saltLength ?? 20n);
  return verify(digest, message, { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength }, signature);
}
