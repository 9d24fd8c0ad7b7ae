// Signature checks with node:crypto directly: a request's self-signature is
// checked for every certificate issued, and pkijs's way (re-encoding the
// signed part, importing the key through WebCrypto) costs more than the
// signature itself. The signed part is checked where it lies in its input.

import { constants, type KeyObject, verify } from "node:crypto";

import { digestName, hashOf, RSA_PSS_OID, SHA1_OID, signatureAlgorithmOf } from "./algorithms.js";
import { type AlgorithmIdentifier, algorithmIdentifier, rsassaPssParams } from "./grammar.js";

const MGF1 = "1.2.840.113549.1.1.8";

/**
 * Whether `signature` over `message` was made by `key` with `algorithm`. A
 * key of another family than the algorithm's did not make it (false); an
 * algorithm we do not know throws.
 */
export function verifySignature(algorithm: AlgorithmIdentifier, key: KeyObject, message: Uint8Array, signature: Uint8Array): boolean {
  if (algorithm.algorithm === RSA_PSS_OID) return verifyPss(algorithm, key, message, signature);
  const known = signatureAlgorithmOf(algorithm.algorithm);
  if (known === undefined) throw new Error(`unsupported signature algorithm ${algorithm.algorithm}`);
  if (key.asymmetricKeyType !== known.family) return false;
  // pure EdDSA signs the message itself: node:crypto takes no digest for it
  const digest = known.family === "ed25519" ? null : digestName(known.hash);
  return verify(digest, message, { key, dsaEncoding: "der" }, signature);
}

/** RSASSA-PSS with the hash, salt length and MGF1 hash its parameters name (RFC 4055); OpenSSL's MGF1 takes the message's hash. */
function verifyPss(algorithm: AlgorithmIdentifier, key: KeyObject, message: Uint8Array, signature: Uint8Array): boolean {
  if (algorithm.parameters === undefined) throw new Error("RSA-PSS without parameters");
  const params = rsassaPssParams.decode(algorithm.parameters);
  const hash = params.hashAlgorithm?.algorithm ?? SHA1_OID;
  const known = hashOf(hash);
  if (known === undefined) throw new Error(`unsupported RSA-PSS hash ${hash}`);
  const digest = digestName(known);
  const mgf = params.maskGenAlgorithm;
  const mgfHash = mgf?.parameters === undefined ? SHA1_OID : algorithmIdentifier.decode(mgf.parameters).algorithm;
  if ((mgf !== undefined && mgf.algorithm !== MGF1) || mgfHash !== hash) throw new Error("unsupported RSA-PSS mask generation (MGF1 with the message's hash only)");
  if ((params.trailerField ?? 1n) !== 1n) throw new Error("unsupported RSA-PSS trailer field");
  if (key.asymmetricKeyType !== "rsa" && key.asymmetricKeyType !== "rsa-pss") return false;
  const saltLength = Number(params.saltLength ?? 20n);
  return verify(digest, message, { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength }, signature);
}
