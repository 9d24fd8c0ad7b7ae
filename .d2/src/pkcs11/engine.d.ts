import type { webcrypto } from "node:crypto";
import type * as pkijs from "pkijs";
import { AlbatrossCryptoEngine } from "../x509/engine.js";
import type { OpenToken } from "./token.js";
/** CKM_EDDSA (PKCS#11 3.0); graphene-pk11 and node-webcrypto-p11 do not name it. */
export declare const CKM_EDDSA = 4183;
/**
 * pkijs's engine over a token's WebCrypto (node-webcrypto-p11), as
 * src/x509/engine.ts is over Node's. node-webcrypto-p11 has ECDSA and RSA but
 * no EdDSA, so Ed25519 signatures go to the token directly: CKM_EDDSA on
 * the same session (pure Ed25519: no parameters, the whole message).
 */
export declare class TokenCryptoEngine extends AlbatrossCryptoEngine {
    #private;
    constructor(token: OpenToken);
    signWithPrivateKey(data: webcrypto.BufferSource, privateKey: webcrypto.CryptoKey, parameters: pkijs.CryptoEngineSignWithPrivateKeyParams): Promise<ArrayBuffer>;
}
