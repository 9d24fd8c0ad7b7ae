// PKCS#11 URIs (RFC 7512): which token, which object, and how to reach them.
// No maintained npm package parses them, so this is a small parser of our own
// covering the attributes a CA key needs; any other attribute is refused
// rather than ignored, so a URI never matches more than it says.
import { TokenError } from "./errors.js";
/** CKA_CLASS as RFC 7512 spells it. */
export const OBJECT_TYPES = ["public", "private", "cert", "secret-key", "data"];
const SCHEME = "pkcs11:";
const text = (field) => (uri, bytes, attribute) => {
    uri[field] = utf8(bytes, attribute);
};
const PATH_ATTRIBUTES = {
    token: text("token"),
    manufacturer: text("manufacturer"),
    model: text("model"),
    serial: text("serial"),
    "slot-id": (uri, bytes, attribute) => {
        const value = utf8(bytes, attribute);
        if (!/^[0-9]{1,10}$/.test(value) || Number(value) > 0xffffffff) {
            throw new TokenError(`PKCS#11 URI: slot-id must be a decimal number, not ${JSON.stringify(value)}`);
        }
        uri.slotId = Number(value);
    },
    object: text("object"),
    id: (uri, bytes) => {
        uri.id = bytes;
    },
    type: (uri, bytes, attribute) => {
        const value = utf8(bytes, attribute);
        if (!OBJECT_TYPES.includes(value)) {
            throw new TokenError(`PKCS#11 URI: type must be one of ${OBJECT_TYPES.join(", ")}, not ${JSON.stringify(value)}`);
        }
        uri.type = value;
    },
};
const QUERY_ATTRIBUTES = {
    "pin-source": text("pinSource"),
    "pin-value": text("pinValue"),
    "module-path": text("modulePath"),
};
export function isPkcs11Uri(value) {
    return value.slice(0, SCHEME.length).toLowerCase() === SCHEME;
}
export function parsePkcs11Uri(value) {
    if (!isPkcs11Uri(value))
        throw new TokenError(`not a PKCS#11 URI (expected pkcs11:...): ${JSON.stringify(value)}`);
    const rest = value.slice(SCHEME.length);
    const question = rest.indexOf("?");
    const path = question < 0 ? rest : rest.slice(0, question);
    const query = question < 0 ? "" : rest.slice(question + 1);
    const uri = {};
    const seen = new Set();
    readAttributes(uri, path, ";", PATH_ATTRIBUTES, "path", seen);
    readAttributes(uri, query, "&", QUERY_ATTRIBUTES, "query", seen);
    if (uri.pinSource !== undefined && uri.pinValue !== undefined) {
        throw new TokenError("PKCS#11 URI: give pin-source or pin-value, not both");
    }
    return uri;
}
function readAttributes(uri, part, separator, setters, where, seen) {
    if (part === "")
        return;
    for (const attribute of part.split(separator)) {
        const equals = attribute.indexOf("=");
        if (equals <= 0)
            throw new TokenError(`PKCS#11 URI: expected name=value in the ${where}, not ${JSON.stringify(attribute)}`);
        const name = attribute.slice(0, equals).toLowerCase();
        const setter = Object.hasOwn(setters, name) ? setters[name] : undefined;
        if (setter === undefined) {
            throw new TokenError(`PKCS#11 URI: unsupported ${where} attribute ${JSON.stringify(name)} (expected ${Object.keys(setters).join(", ")})`);
        }
        // RFC 7512 2.3: an attribute may appear at most once.
        if (seen.has(name))
            throw new TokenError(`PKCS#11 URI: ${name} given twice`);
        seen.add(name);
        setter(uri, percentDecode(attribute.slice(equals + 1), name), name);
    }
}
function percentDecode(value, attribute) {
    const bytes = [];
    for (let i = 0; i < value.length;) {
        if (value[i] === "%") {
            const hex = value.slice(i + 1, i + 3);
            if (!/^[0-9a-fA-F]{2}$/.test(hex)) {
                throw new TokenError(`PKCS#11 URI: ${attribute} has a malformed escape ${JSON.stringify(value.slice(i, i + 3))}`);
            }
            bytes.push(parseInt(hex, 16));
            i += 3;
        }
        else {
            const codePoint = value.codePointAt(i);
            const char = String.fromCodePoint(codePoint);
            bytes.push(...Buffer.from(char, "utf8"));
            i += char.length;
        }
    }
    return new Uint8Array(bytes);
}
function utf8(bytes, attribute) {
    try {
        return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    }
    catch {
        throw new TokenError(`PKCS#11 URI: ${attribute} is not UTF-8 text`);
    }
}
/** The URI of an object, for messages and for what generate prints: path attributes only, never a PIN. */
export function formatPkcs11Uri(uri) {
    const parts = [];
    const add = (name, value) => {
        if (value !== undefined)
            parts.push(`${name}=${percentEncode(value)}`);
    };
    add("token", uri.token);
    add("manufacturer", uri.manufacturer);
    add("model", uri.model);
    add("serial", uri.serial);
    add("slot-id", uri.slotId === undefined ? undefined : String(uri.slotId));
    add("object", uri.object);
    add("id", uri.id);
    add("type", uri.type);
    return SCHEME + parts.join(";");
}
/** RFC 7512 2.3: unreserved characters stay as they are; an id is always fully escaped. */
function percentEncode(value) {
    if (typeof value !== "string")
        return [...value].map((b) => "%" + b.toString(16).padStart(2, "0")).join("");
    return [...Buffer.from(value, "utf8")]
        .map((b) => (/[A-Za-z0-9\-._~]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : "%" + b.toString(16).padStart(2, "0")))
        .join("");
}
//# sourceMappingURL=uri.js.map