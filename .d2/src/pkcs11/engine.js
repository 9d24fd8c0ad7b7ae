import { AlbatrossCryptoEngine } from "../x509/engine.js";
/** CKM_EDDSA (PKCS#11 3.0); graphene-pk11 and node-webcrypto-p11 do not name it. */
export const CKM_EDDSA = 0x1057;
/**
 * pkijs's engine over a token's WebCrypto (node-webcrypto-p11), as
 * src/x509/engine.ts is over Node's. node-webcrypto-p11 has ECDSA and RSA but
 * no EdDSA, so Ed25519 signatures go to the token directly: CKM_EDDSA on
 * the same session (pure Ed25519: no parameters, the whole message).
 */
export class TokenCryptoEngine extends AlbatrossCryptoEngine {
    #session;
    constructor(token) {
        super({ name: `albatross-ca-pkcs11 ${token.label}`, crypto: token.crypto });
        this.#session = token.session;
    }
    async signWithPrivateKey(data, privateKey, parameters) {
        if (privateKey.algorithm.name !== "Ed25519")
            return super.signWithPrivateKey(data, privateKey, parameters);
        const bytes = ArrayBuffer.isView(data) ? Buffer.from(data.buffer, data.byteOffset, data.byteLength) : Buffer.from(data);
        const signature = this.#session.createSign(CKM_EDDSA, privateKey.key).once(bytes);
        return new Uint8Array(signature).buffer;
    }
}
//# sourceMappingURL=engine.js.map