export { X509Error } from "./errors.js";
export { BER_OPTIONS } from "./der.js";
export { AlbatrossCryptoEngine, ED25519_OID, ensureEngine } from "./engine.js";
export { decodePem, encodePem, splitPem } from "./pem.js";
export { pemHolding } from "./pem-holding.js";
export { DEFAULT_KEY_TYPE, generateKey, isKeyType, KEY_TYPES, keyIdentifier, keyTypeOfSpki, privateKeyToPem, EncryptedKeyError, privateKeyToEncryptedPem, readPrivateKey, signatureHash, } from "./keys.js";
export { ALBATROSS_EXTENSION_OID, EXTENDED_KEY_USAGES, EXTENSION_REQUEST_OID, KEY_USAGES, } from "./extensions.js";
export { BUILTIN_PROFILES, BUILTIN_PROFILES_DIR, loadProfile, ONE_SHOT_LEAF_SECONDS, parseProfile, PROFILE_KINDS, SECONDS_PER_DAY, withValidity, } from "./profiles.js";
export { createCsr, csrToPem, parseCsr } from "./csr.js";
export { certificateToPem, decodeCertificate, encodedName, parseCertificate, verifyCertificateSignature, } from "./certificate.js";
export { generateCa, issueCertificate } from "./issue.js";
export { RSA_MINIMUM_BITS, weakPublicKey, weakSignatureAlgorithm } from "./strength.js";
//# sourceMappingURL=index.js.map