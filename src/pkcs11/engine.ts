import type { webcrypto } from "node:crypto";

import type * as graphene from "graphene-pk11";
import type { CryptoKey as P11CryptoKey } from "node-webcrypto-p11";
import type * as pkijs from "pkijs";

import { AlbatrossCryptoEngine } from "../x509/engine.js";
import type { OpenToken } from "./token.js";

/** CKM_EDDSA (PKCS#11 3.0); graphene-pk11 and node-webcrypto-p11 do not name it. */
export const CKM_EDDSA = 0x1057;

/**
 * pkijs's engine over a token's WebCrypto (node-webcrypto-p11), as
 * src/x509/engine.ts is over Node's. node-webcrypto-p11 has ECDSA and RSA but
 * no EdDSA, so Ed25519 signatures go to the token directly: CKM_EDDSA on
 * the same session (pure Ed25519: no parameters, the whole message).
 */
export class TokenCryptoEngine extends AlbatrossCryptoEngine {
  readonly #session: graphene.Session;

  constructor(token: OpenToken) {
    super({ name: `albatross-ca-pkcs11 ${token.label}`, crypto: token.crypto as unknown as webcrypto.Crypto });
    this.#session = token.session;
  }

  override async signWithPrivateKey(
    data: webcrypto.BufferSource,
    privateKey: webcrypto.CryptoKey,
    parameters: pkijs.CryptoEngineSignWithPrivateKeyParams,
  ): Promise<ArrayBuffer> {
    if (privateKey.algorithm.name !== "Ed25519") return super.signWithPrivateKey(data, privateKey, parameters);
    const bytes = ArrayBuffer.isView(data) ? Buffer.from(data.buffer, data.byteOffset, data.byteLength) : Buffer.from(data);
    const signature = this.#session.createSign(CKM_EDDSA, (privateKey as unknown as P11CryptoKey).key).once(bytes);
    return new Uint8Array(signature).buffer;
  }
}
