export { X509Error } from "./errors.js";
export { decodePem, encodePem, type PemBlock, pemChunks, PemText, splitPem } from "./pem.js";
export { PemDecoder, readDerFile } from "./pem-stream.js";
export { type PemHolding, pemHolding } from "./pem-holding.js";
export {
  DEFAULT_KEY_TYPE,
  generateKey,
  isKeyType,
  KEY_TYPES,
  keyIdentifier,
  type KeyPair,
  type KeyType,
  keyTypeOfSpki,
  type SigningKey,
  privateKeyToPem,
  EncryptedKeyError,
  privateKeyToEncryptedPem,
  readPrivateKey,
  signatureHash,
  type SignatureHash,
} from "./keys.js";
export {
  ALBATROSS_EXTENSION_OID,
  type BasicConstraintsInfo,
  type DecodedExtensions,
  EXTENDED_KEY_USAGES,
  type ExtendedKeyUsageInfo,
  type ExtendedKeyUsageName,
  EXTENSION_REQUEST_OID,
  KEY_USAGES,
  type KeyUsageInfo,
  type KeyUsageName,
} from "./extensions.js";
export {
  BUILTIN_PROFILES,
  BUILTIN_PROFILES_DIR,
  type CertificateProfile,
  loadProfile,
  ONE_SHOT_LEAF_SECONDS,
  parseProfile,
  PROFILE_KINDS,
  type ProfileKind,
  SECONDS_PER_DAY,
  withValidity,
} from "./profiles.js";
export { type CertificateRequestInfo, createCsr, csrToPem, parseCsr } from "./csr.js";
export {
  type CertificateInfo,
  certificateToPem,
  parseCertificate,
  readCertificate,
  verifyCertificateSignature,
} from "./certificate.js";
export { generateCa, type GeneratedCa, type IssuedCertificate, issueCertificate, type Issuer, type IssueRequest } from "./issue.js";
export { RSA_MINIMUM_BITS, weakPublicKey, weakSignatureAlgorithm } from "./strength.js";
// memory a request or certificate may be written around (an image read into it is not copied)
export { bytesToWriteAround } from "../asn1/der.js";
