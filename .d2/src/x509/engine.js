import * as asn1js from "asn1js";
import * as pkijs from "pkijs";
/** id-Ed25519 (RFC 8410). Its AlgorithmIdentifier has no parameters, not even NULL. */
export const ED25519_OID = "1.3.101.112";
const ED25519 = { name: "Ed25519" };
/**
 * pkijs knows RSA and ECDSA but not Ed25519: its key import/export goes
 * through JWK conversions that have no OKP case, and its signature
 * parameters have no EdDSA branch. WebCrypto itself (Node >= 20) handles
 * Ed25519 fine, so those paths go straight to it.
 */
export class AlbatrossCryptoEngine extends pkijs.CryptoEngine {
    async importKey(format, keyData, algorithm, extractable, keyUsages) {
        if (isEd25519(algorithm)) {
            return format === "jwk"
                ? this.subtle.importKey(format, keyData, ED25519, extractable, keyUsages)
                : this.subtle.importKey(format, keyData, ED25519, extractable, keyUsages);
        }
        return super.importKey(format, keyData, algorithm, extractable, keyUsages);
    }
    async exportKey(format, key) {
        if (isEd25519(key.algorithm)) {
            return this.subtle.exportKey(format, key);
        }
        return super.exportKey(format, key);
    }
    async getSignatureParameters(privateKey, hashAlgorithm) {
        if (isEd25519(privateKey.algorithm)) {
            return {
                signatureAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: ED25519_OID }),
                parameters: { algorithm: ED25519, usages: ["sign"] },
            };
        }
        const result = await super.getSignatureParameters(privateKey, hashAlgorithm);
        if (privateKey.algorithm.name === "RSASSA-PKCS1-v1_5") {
            // RFC 4055: the sha*WithRSAEncryption parameters MUST be NULL; pkijs omits them.
            result.signatureAlgorithm.algorithmParams = new asn1js.Null();
        }
        return result;
    }
    async verifyWithPublicKey(data, signature, publicKeyInfo, signatureAlgorithm, shaAlgorithm) {
        const signatureFamily = familyOf(signatureAlgorithm.algorithmId, SIGNATURE_FAMILIES);
        const keyFamily = familyOf(publicKeyInfo.algorithm.algorithmId, KEY_FAMILIES);
        // A key of another kind did not make this signature. pkijs would throw
        // trying to read, say, an RSA signature as an ECDSA one.
        if (signatureFamily !== undefined && keyFamily !== undefined && signatureFamily !== keyFamily) {
            return false;
        }
        if (signatureFamily !== "ed25519") {
            return super.verifyWithPublicKey(data, signature, publicKeyInfo, signatureAlgorithm, shaAlgorithm);
        }
        const spki = publicKeyInfo.toSchema().toBER(false);
        const key = await this.importKey("spki", spki, ED25519, false, ["verify"]);
        return this.subtle.verify(ED25519, key, signature.valueBlock.valueHexView, data);
    }
}
const SIGNATURE_FAMILIES = [
    [/^1\.3\.101\.112$/, "ed25519"],
    [/^1\.2\.840\.10045\.4\./, "ecdsa"],
    [/^1\.2\.840\.113549\.1\.1\.(5|10|11|12|13)$/, "rsa"],
];
const KEY_FAMILIES = [
    [/^1\.3\.101\.112$/, "ed25519"],
    [/^1\.2\.840\.10045\.2\.1$/, "ecdsa"],
    [/^1\.2\.840\.113549\.1\.1\.(1|10)$/, "rsa"],
];
function familyOf(oid, families) {
    return families.find(([pattern]) => pattern.test(oid))?.[1];
}
function isEd25519(algorithm) {
    const name = typeof algorithm === "string" ? algorithm : algorithm.name;
    return name.toLowerCase() === "ed25519";
}
let engine;
/**
 * Install our engine as pkijs's global engine (once) and return it. Callers
 * also pass it explicitly to `sign`/`verify`, so another module installing a
 * different global engine cannot silently break Ed25519 here.
 */
export function ensureEngine() {
    if (engine === undefined) {
        engine = new AlbatrossCryptoEngine({ name: "albatross-ca", crypto: globalThis.crypto });
        pkijs.setEngine(engine.name, engine);
    }
    return engine;
}
//# sourceMappingURL=engine.js.map