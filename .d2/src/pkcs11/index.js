export { TokenError } from "./errors.js";
export { CKM_EDDSA, TokenCryptoEngine } from "./engine.js";
export { generateTokenKey, loadTokenKey } from "./keys.js";
export { openToken } from "./token.js";
export { formatPkcs11Uri, isPkcs11Uri, OBJECT_TYPES, parsePkcs11Uri } from "./uri.js";
//# sourceMappingURL=index.js.map