// CA keys inside a PKCS#11 token: found by their URI, or created there (never
// extractable), and handed to the X.509 layer as a SigningKey whose engine
// signs through the token. The private key never leaves it.
//
// Library choice: node-webcrypto-p11 (PeculiarVentures, on graphene-pk11 and
// the pkcs11js native add-on) gives a WebCrypto `Crypto` over a PKCS#11
// session, which plugs into pkijs's engine exactly as Node's WebCrypto does
// for file keys; it covers ECDSA P-256/384/521 and RSA PKCS#1 v1.5. It has no
// EdDSA, so Ed25519 (CKM_EC_EDWARDS_KEY_PAIR_GEN, CKM_EDDSA of PKCS#11 3.0)
// goes through graphene-pk11 on the same session. A token or module without
// a mechanism gets an error naming the key type and the mechanism.
import { createPublicKey } from "node:crypto";
import { parseCertificate } from "../x509/certificate.js";
import { keyIdentifier, KEY_TYPES, keyTypeOfSpki } from "../x509/keys.js";
import { CKM_EDDSA, TokenCryptoEngine } from "./engine.js";
import { TokenError } from "./errors.js";
import { openToken } from "./token.js";
import { formatPkcs11Uri, parsePkcs11Uri } from "./uri.js";
// pkcs11t.h
const CKO_CERTIFICATE = 1;
const CKO_PUBLIC_KEY = 2;
const CKO_PRIVATE_KEY = 3;
const CKK_RSA = 0x0;
const CKK_EC = 0x3;
const CKK_EC_EDWARDS = 0x40;
const CKM_RSA_PKCS_KEY_PAIR_GEN = 0x0;
const CKM_SHA256_RSA_PKCS = 0x40;
const CKM_EC_KEY_PAIR_GEN = 0x1040;
const CKM_ECDSA = 0x1041;
const CKM_ECDSA_SHA256 = 0x1044;
const CKM_ECDSA_SHA384 = 0x1045;
const CKM_ECDSA_SHA512 = 0x1046;
const CKM_EC_EDWARDS_KEY_PAIR_GEN = 0x1055;
// node-webcrypto-p11 signs with CKM_ECDSA_SHA* when the token has it, else hashes here for CKM_ECDSA.
const ecdsaSign = (hashed, name) => ({ mechanisms: [CKM_ECDSA, hashed], name: `CKM_ECDSA or ${name}` });
const EC_GENERATE = { mechanism: CKM_EC_KEY_PAIR_GEN, name: "CKM_EC_KEY_PAIR_GEN" };
const RSA_GENERATE = { mechanism: CKM_RSA_PKCS_KEY_PAIR_GEN, name: "CKM_RSA_PKCS_KEY_PAIR_GEN" };
const RSA_SIGN = { mechanisms: [CKM_SHA256_RSA_PKCS], name: "CKM_SHA256_RSA_PKCS" };
const RSA_ALGORITHM = { name: "RSASSA-PKCS1-v1_5", hash: { name: "SHA-256" } };
/** Our key types as PKCS#11 sees them (the signature choices are keys.ts's: curve hash for ECDSA, SHA-256 for RSA). */
const TOKEN_KEY_SPECS = {
    ed25519: {
        keyClass: CKK_EC_EDWARDS,
        curve: "06032b6570",
        generate: { mechanism: CKM_EC_EDWARDS_KEY_PAIR_GEN, name: "CKM_EC_EDWARDS_KEY_PAIR_GEN" },
        sign: { mechanisms: [CKM_EDDSA], name: "CKM_EDDSA" },
        algorithm: { name: "Ed25519" },
    },
    p256: { keyClass: CKK_EC, curve: "06082a8648ce3d030107", generate: EC_GENERATE, sign: ecdsaSign(CKM_ECDSA_SHA256, "CKM_ECDSA_SHA256"), algorithm: ecdsa("P-256") },
    p384: { keyClass: CKK_EC, curve: "06052b81040022", generate: EC_GENERATE, sign: ecdsaSign(CKM_ECDSA_SHA384, "CKM_ECDSA_SHA384"), algorithm: ecdsa("P-384") },
    p521: { keyClass: CKK_EC, curve: "06052b81040023", generate: EC_GENERATE, sign: ecdsaSign(CKM_ECDSA_SHA512, "CKM_ECDSA_SHA512"), algorithm: ecdsa("P-521") },
    rsa2048: { keyClass: CKK_RSA, modulusBits: 2048, generate: RSA_GENERATE, sign: RSA_SIGN, algorithm: RSA_ALGORITHM },
    rsa4096: { keyClass: CKK_RSA, modulusBits: 4096, generate: RSA_GENERATE, sign: RSA_SIGN, algorithm: RSA_ALGORITHM },
};
function ecdsa(namedCurve) {
    return { name: "ECDSA", namedCurve };
}
/** The Edwards curve as PKCS#11 3.0 allows naming it: its OID, or the PrintableString "edwards25519". */
const ED25519_PARAMS = ["06032b6570", "130c656477617264733235353139"];
/** What the URI's path selects, for messages. */
function objectWords(uri) {
    const words = [
        uri.object === undefined ? undefined : `object=${uri.object}`,
        uri.id === undefined ? undefined : `id=${Buffer.from(uri.id).toString("hex")}`,
    ].filter((w) => w !== undefined);
    return words.length === 0 ? "" : ` with ${words.join(";")}`;
}
function checkPrivate(uri) {
    if (uri.type !== undefined && uri.type !== "private") {
        throw new TokenError(`the PKCS#11 URI names a ${uri.type} object; a CA key needs type=private (or no type)`);
    }
}
function objectTemplate(objectClass, uri) {
    return {
        class: objectClass,
        ...(uri.object === undefined ? {} : { label: uri.object }),
        ...(uri.id === undefined ? {} : { id: Buffer.from(uri.id) }),
    };
}
function findObjects(token, template) {
    const found = token.session.find(template);
    const objects = [];
    for (let i = 0; i < found.length; i++)
        objects.push(found.items(i));
    return objects;
}
// Read by number: graphene-pk11's names for these differ between templates and reads.
const CKA_EC_PARAMS = 0x180;
const CKA_EC_POINT = 0x181;
function attribute(object, name) {
    try {
        return typeof name === "number" ? object.getAttribute(name) : object.getAttribute(name);
    }
    catch {
        return null;
    }
}
function hasMechanism(token, mechanisms) {
    const offered = token.slot.getMechanisms();
    for (let i = 0; i < offered.length; i++) {
        if (mechanisms.includes(offered.items(i).type))
            return true;
    }
    return false;
}
/** Which of our key types a private key object is, or an error naming what it is. */
function keyTypeOfObject(key, token) {
    const keyClass = attribute(key, "keyType");
    const ours = `ours: ${KEY_TYPES.join(", ")}`;
    switch (keyClass) {
        case CKK_RSA: {
            const modulus = attribute(key, "modulus");
            const bits = Buffer.isBuffer(modulus) ? modulusBits(modulus) : 0;
            if (bits === 2048)
                return "rsa2048";
            if (bits === 4096)
                return "rsa4096";
            throw new TokenError(`unsupported key type in token ${token.label}: RSA-${bits || "?"} (${ours})`);
        }
        case CKK_EC: {
            const params = attribute(key, CKA_EC_PARAMS);
            const hex = Buffer.isBuffer(params) ? params.toString("hex") : "";
            const keyType = ["p256", "p384", "p521"].find((t) => TOKEN_KEY_SPECS[t].curve === hex);
            if (keyType === undefined)
                throw new TokenError(`unsupported key type in token ${token.label}: EC curve ${hex || "?"} (${ours})`);
            return keyType;
        }
        case CKK_EC_EDWARDS: {
            const params = attribute(key, CKA_EC_PARAMS);
            if (Buffer.isBuffer(params) && ED25519_PARAMS.includes(params.toString("hex")))
                return "ed25519";
            throw new TokenError(`unsupported key type in token ${token.label}: an Edwards curve other than Ed25519 (${ours})`);
        }
        default:
            throw new TokenError(`unsupported key type in token ${token.label}: CKK 0x${Number(keyClass ?? -1).toString(16)} (${ours})`);
    }
}
function modulusBits(modulus) {
    let i = 0;
    while (i < modulus.length && modulus[i] === 0)
        i++;
    return i === modulus.length ? 0 : (modulus.length - i - 1) * 8 + (32 - Math.clz32(modulus[i]));
}
/** CKA_EC_POINT is a DER OCTET STRING around the point; some modules give the bare point. */
function ecPoint(value) {
    if (value[0] !== 0x04 || value.length < 2)
        return value;
    const first = value[1];
    const [length, header] = first < 0x80 ? [first, 2] : first === 0x81 ? [value[2] ?? 0, 3] : [-1, 0];
    return length === value.length - header ? value.subarray(header) : value;
}
const base64url = (bytes) => bytes.toString("base64url");
/** A SubjectPublicKeyInfo from a public key object's attributes, through Node's JWK import. */
function spkiOfPublicKey(object, keyType) {
    let jwk;
    if (keyType === "rsa2048" || keyType === "rsa4096") {
        const n = attribute(object, "modulus");
        const e = attribute(object, "publicExponent");
        if (!Buffer.isBuffer(n) || !Buffer.isBuffer(e))
            return null;
        jwk = { kty: "RSA", n: base64url(n), e: base64url(e) };
    }
    else {
        const value = attribute(object, CKA_EC_POINT);
        if (!Buffer.isBuffer(value))
            return null;
        const point = ecPoint(value);
        if (keyType === "ed25519") {
            jwk = { kty: "OKP", crv: "Ed25519", x: base64url(point) };
        }
        else {
            const size = (point.length - 1) / 2;
            const crv = { p256: "P-256", p384: "P-384", p521: "P-521" }[keyType];
            jwk = { kty: "EC", crv, x: base64url(point.subarray(1, 1 + size)), y: base64url(point.subarray(1 + size)) };
        }
    }
    try {
        return new Uint8Array(createPublicKey({ key: jwk, format: "jwk" }).export({ format: "der", type: "spki" }));
    }
    catch {
        return null;
    }
}
/**
 * The public half: the public key object with the private key's CKA_ID (or
 * label), else a certificate with that CKA_ID, as tokens that keep only the
 * private key and its certificate (PIV) have.
 */
function publicKeyOf(token, privateKey, keyType, what) {
    const id = attribute(privateKey, "id");
    const label = attribute(privateKey, "label");
    const match = Buffer.isBuffer(id) && id.length > 0 ? { id } : typeof label === "string" ? { label } : {};
    for (const object of findObjects(token, { class: CKO_PUBLIC_KEY, ...match })) {
        const spki = spkiOfPublicKey(object, keyType);
        if (spki !== null && keyTypeOfSpki(spki) === keyType)
            return spki;
    }
    if ("id" in match) {
        for (const object of findObjects(token, { class: CKO_CERTIFICATE, ...match })) {
            const value = attribute(object, "value");
            if (!Buffer.isBuffer(value))
                continue;
            try {
                const spki = parseCertificate(value).publicKey;
                if (keyTypeOfSpki(spki) === keyType)
                    return spki;
            }
            catch {
                continue;
            }
        }
    }
    throw new TokenError(`${what}: the token holds no public key or certificate for it`);
}
async function wrap(token, privateKey, keyType, uri) {
    const spec = TOKEN_KEY_SPECS[keyType];
    if (!hasMechanism(token, spec.sign.mechanisms)) {
        throw new TokenError(`token ${token.label} cannot sign with ${keyType} keys (its module lacks ${spec.sign.name})`);
    }
    const what = `${keyType} key${objectWords(uri)} in token ${token.label}`;
    const spki = publicKeyOf(token, privateKey, keyType, what);
    const { CryptoKey } = await import("node-webcrypto-p11");
    const p11Key = privateKey.toType();
    const cryptoKey = await token.crypto.keyStorage.getItem(CryptoKey.getID(p11Key), spec.algorithm, false, ["sign"]);
    const label = attribute(privateKey, "label");
    const id = attribute(privateKey, "id");
    const keyUri = {
        token: token.label.slice(1, -1),
        ...(typeof label === "string" && label !== "" ? { object: label } : {}),
        ...(Buffer.isBuffer(id) && id.length > 0 ? { id: new Uint8Array(id) } : {}),
        type: "private",
    };
    return {
        keyType,
        privateKey: cryptoKey,
        spki,
        engine: new TokenCryptoEngine(token),
        uri: formatPkcs11Uri(keyUri),
        close: () => token.close(),
    };
}
async function withToken(uri, access, readWrite, use) {
    const token = await openToken(uri, access, readWrite);
    try {
        return await use(token);
    }
    catch (e) {
        token.close();
        throw e;
    }
}
/** The private key a URI names, e.g. `pkcs11:token=albatross;object=ops-ca;type=private`. */
export async function loadTokenKey(uriText, access = {}) {
    const uri = parsePkcs11Uri(uriText);
    checkPrivate(uri);
    return withToken(uri, access, false, async (token) => {
        const keys = findObjects(token, objectTemplate(CKO_PRIVATE_KEY, uri));
        if (keys.length === 0)
            throw new TokenError(`no private key${objectWords(uri)} in token ${token.label}`);
        if (keys.length > 1) {
            throw new TokenError(`${keys.length} private keys match${objectWords(uri)} in token ${token.label}: add object= or id= to the URI`);
        }
        return wrap(token, keys[0], keyTypeOfObject(keys[0], token), uri);
    });
}
/**
 * A new key pair created inside the token the URI names, labelled with its
 * `object` (required) and its `id` (default: the key identifier, SHA-1 of
 * the public key, as pkcs11-tool and p11tool do). The private key is
 * sensitive and never extractable. Refused if the label or id is taken.
 */
export async function generateTokenKey(uriText, keyType, access = {}) {
    const uri = parsePkcs11Uri(uriText);
    checkPrivate(uri);
    if (uri.object === undefined)
        throw new TokenError("a new key in a token needs a name: add object=NAME to the PKCS#11 URI");
    return withToken(uri, access, true, async (token) => {
        for (const objectClass of [CKO_PRIVATE_KEY, CKO_PUBLIC_KEY]) {
            const taken = [...findObjects(token, { class: objectClass, label: uri.object })];
            if (uri.id !== undefined)
                taken.push(...findObjects(token, { class: objectClass, id: Buffer.from(uri.id) }));
            if (taken.length > 0) {
                throw new TokenError(`token ${token.label} already holds a key${objectWords(uri)}: use generate --key with its URI, or pick another object=`);
            }
        }
        const spec = TOKEN_KEY_SPECS[keyType];
        if (!hasMechanism(token, [spec.generate.mechanism])) {
            throw new TokenError(`token ${token.label} cannot create ${keyType} keys (its module lacks ${spec.generate.name})`);
        }
        const shape = spec.modulusBits === undefined
            ? { paramsEC: Buffer.from(spec.curve, "hex") }
            : { modulusBits: spec.modulusBits, publicExponent: Buffer.from([1, 0, 1]) };
        const common = { token: true, label: uri.object, ...(uri.id === undefined ? {} : { id: Buffer.from(uri.id) }) };
        let pair;
        try {
            pair = token.session.generateKeyPair(spec.generate.mechanism, { ...common, keyType: spec.keyClass, verify: true, ...shape }, { ...common, keyType: spec.keyClass, sign: true, private: true, sensitive: true, extractable: false });
        }
        catch (e) {
            throw new TokenError(`token ${token.label}: creating a ${keyType} key failed (${e.message.split("\n")[0]})`);
        }
        const spki = spkiOfPublicKey(pair.publicKey, keyType);
        if (spki === null) {
            throw new TokenError(`token ${token.label}: the new ${keyType} key's public half cannot be read`);
        }
        if (uri.id === undefined) {
            const id = Buffer.from(keyIdentifier(spki));
            try {
                pair.publicKey.setAttribute({ id });
                pair.privateKey.setAttribute({ id });
            }
            catch {
                // Some tokens fix CKA_ID themselves (a key slot's number): the key is still found by its label.
            }
        }
        return wrap(token, pair.privateKey, keyType, uri);
    });
}
//# sourceMappingURL=keys.js.map