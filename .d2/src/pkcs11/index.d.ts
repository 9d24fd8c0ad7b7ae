export { TokenError } from "./errors.js";
export { CKM_EDDSA, TokenCryptoEngine } from "./engine.js";
export { generateTokenKey, loadTokenKey, type TokenKey } from "./keys.js";
export { type OpenToken, openToken, type TokenAccess } from "./token.js";
export { formatPkcs11Uri, isPkcs11Uri, OBJECT_TYPES, type ObjectType, type Pkcs11Uri, parsePkcs11Uri } from "./uri.js";
