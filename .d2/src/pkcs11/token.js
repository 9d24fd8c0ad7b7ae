// Reaching a token: the module (a shared library), the slot whose token the
// URI names, a session, and the user's login. The native add-on is imported
// only here and only when a token is used, so nothing else pays for it.
import { access, readFile } from "node:fs/promises";
import { TokenError } from "./errors.js";
// PKCS#11 return values and flags we act on (pkcs11t.h).
const CKR_PIN_INCORRECT = 0xa0;
const CKR_PIN_LEN_RANGE = 0xa2;
const CKR_PIN_LOCKED = 0xa4;
const CKR_USER_ALREADY_LOGGED_IN = 0x100;
const CKR_CRYPTOKI_ALREADY_INITIALIZED = 0x191;
const CKF_LOGIN_REQUIRED = 0x4;
const CKF_USER_PIN_INITIALIZED = 0x8;
const CKF_USER_PIN_LOCKED = 0x40000;
/**
 * One module instance per library path: PKCS#11 lets an application
 * initialise a module once, and a sub-CA key may sit in the same token as its root's.
 */
const modules = new Map();
export function pkcs11ErrorCode(error) {
    const code = error?.code;
    return typeof code === "number" ? code : undefined;
}
function describe(error) {
    return error instanceof Error ? error.message.split("\n")[0] : String(error);
}
function modulePath(uri, o) {
    const env = o.env ?? process.env;
    const path = o.module ?? uri.modulePath ?? env["PKCS11_MODULE"];
    if (path === undefined || path === "") {
        throw new TokenError("no PKCS#11 module: give --pkcs11-module PATH (or module-path in the URI, or set PKCS11_MODULE)");
    }
    return path;
}
async function loadModule(path) {
    const loaded = modules.get(path);
    if (loaded !== undefined) {
        loaded.users += 1;
        return loaded.module;
    }
    try {
        await access(path);
    }
    catch (e) {
        const code = e.code;
        throw new TokenError(`PKCS#11 module ${path}: ${code === "ENOENT" ? "no such file" : describe(e)}`);
    }
    const { Module } = await importGraphene();
    let module;
    try {
        module = Module.load(path);
    }
    catch (e) {
        throw new TokenError(`PKCS#11 module ${path}: cannot load it (${describe(e)})`);
    }
    try {
        module.initialize();
    }
    catch (e) {
        if (pkcs11ErrorCode(e) !== CKR_CRYPTOKI_ALREADY_INITIALIZED) {
            throw new TokenError(`PKCS#11 module ${path}: C_Initialize failed (${describe(e)})`);
        }
    }
    modules.set(path, { module, users: 1 });
    return module;
}
function releaseModule(path) {
    const loaded = modules.get(path);
    if (loaded === undefined)
        return;
    loaded.users -= 1;
    if (loaded.users > 0)
        return;
    modules.delete(path);
    try {
        loaded.module.finalize();
    }
    catch {
        // the module is going away either way
    }
}
async function importGraphene() {
    try {
        return await import("graphene-pk11");
    }
    catch (e) {
        throw new TokenError(`PKCS#11 support is not installed (graphene-pk11/pkcs11js: ${describe(e)})`);
    }
}
function slotId(slot) {
    return Number(slot.handle.readBigUInt64LE(0));
}
/** What a URI's token attributes select, for messages. */
function tokenWords(uri) {
    const words = [
        uri.token === undefined ? undefined : `token=${uri.token}`,
        uri.manufacturer === undefined ? undefined : `manufacturer=${uri.manufacturer}`,
        uri.model === undefined ? undefined : `model=${uri.model}`,
        uri.serial === undefined ? undefined : `serial=${uri.serial}`,
        uri.slotId === undefined ? undefined : `slot-id=${uri.slotId}`,
    ].filter((w) => w !== undefined);
    return words.length === 0 ? "any token" : words.join(";");
}
function findSlot(module, uri, path) {
    const candidates = [];
    const slots = module.getSlots(true);
    for (let i = 0; i < slots.length; i++) {
        const slot = slots.items(i);
        const token = slot.getToken();
        if (!(token.flags & 0x400))
            continue; // CKF_TOKEN_INITIALIZED: an empty slot of SoftHSM and the like
        if (uri.token !== undefined && token.label.trim() !== uri.token)
            continue;
        if (uri.manufacturer !== undefined && token.manufacturerID.trim() !== uri.manufacturer)
            continue;
        if (uri.model !== undefined && token.model.trim() !== uri.model)
            continue;
        if (uri.serial !== undefined && token.serialNumber.trim() !== uri.serial)
            continue;
        if (uri.slotId !== undefined && slotId(slot) !== uri.slotId)
            continue;
        candidates.push({ slot, token });
    }
    if (candidates.length === 0)
        throw new TokenError(`no token with ${tokenWords(uri)} in PKCS#11 module ${path}`);
    if (candidates.length > 1) {
        const labels = candidates.map((c) => JSON.stringify(c.token.label.trim())).join(", ");
        throw new TokenError(`${candidates.length} tokens match ${tokenWords(uri)} (${labels}): add token= or serial= to the URI`);
    }
    return candidates[0];
}
/** The first line of a file, as openssl's `file:` pass phrases. */
async function pinFromFile(file, what) {
    let text;
    try {
        text = await readFile(file, "utf8");
    }
    catch (e) {
        const code = e.code;
        throw new TokenError(`${what} ${file}: ${code === "ENOENT" ? "no such file" : describe(e)}`);
    }
    return text.split(/\r?\n/)[0];
}
/** RFC 7512: pin-source is a file, as a path or a file: URI. */
function pinSourceFile(source) {
    if (!source.startsWith("file:"))
        return source;
    try {
        return decodeURIComponent(new URL(source).pathname);
    }
    catch {
        throw new TokenError(`PKCS#11 URI: pin-source ${JSON.stringify(source)} is not a file name or file: URI`);
    }
}
async function userPin(uri, o, label) {
    if (o.pinFile !== undefined)
        return pinFromFile(o.pinFile, "PIN file");
    if (uri.pinValue !== undefined)
        return uri.pinValue;
    if (uri.pinSource !== undefined)
        return pinFromFile(pinSourceFile(uri.pinSource), "PIN file (pin-source)");
    if (o.askPin !== undefined)
        return o.askPin(`PIN for token ${label}:`);
    throw new TokenError(`token ${label} needs its user PIN: give --pin-file FILE or pin-source in the URI, or run on a terminal`);
}
/** Logs in when the token wants it; returns the PIN used, if any. */
async function logIn(session, token, uri, o, label) {
    if (token.flags & CKF_USER_PIN_LOCKED) {
        throw new TokenError(`token ${label} is locked: its user PIN was entered wrongly too often (the security officer must reset it)`);
    }
    if (!(token.flags & CKF_LOGIN_REQUIRED))
        return null;
    if (!(token.flags & CKF_USER_PIN_INITIALIZED))
        throw new TokenError(`token ${label} has no user PIN set`);
    const pin = await userPin(uri, o, label);
    try {
        session.login(pin);
        return pin;
    }
    catch (e) {
        switch (pkcs11ErrorCode(e)) {
            case CKR_USER_ALREADY_LOGGED_IN:
                return pin;
            case CKR_PIN_INCORRECT:
            case CKR_PIN_LEN_RANGE:
                throw new TokenError(`wrong PIN for token ${label}`);
            case CKR_PIN_LOCKED:
                throw new TokenError(`token ${label} is locked: its user PIN was entered wrongly too often (the security officer must reset it)`);
            default:
                throw new TokenError(`token ${label}: login failed (${describe(e)})`);
        }
    }
}
/** Opens a session with the token the URI names and logs in. `readWrite` for creating keys. */
export async function openToken(uri, o, readWrite) {
    const path = modulePath(uri, o);
    const module = await loadModule(path);
    let session;
    try {
        const g = await importGraphene();
        const { slot, token } = findSlot(module, uri, path);
        const label = JSON.stringify(token.label.trim());
        try {
            session = slot.open(g.SessionFlag.SERIAL_SESSION | (readWrite ? g.SessionFlag.RW_SESSION : 0));
        }
        catch (e) {
            throw new TokenError(`token ${label}: cannot open a session (${describe(e)})`);
        }
        const pin = await logIn(session, token, uri, o, label);
        const { Crypto } = await import("node-webcrypto-p11");
        const crypto = new Crypto({ session });
        // Keys marked CKA_ALWAYS_AUTHENTICATE (a YubiKey's PIV signature slot) want the PIN again for each signature.
        if (pin !== null)
            crypto.onAlwaysAuthenticate = () => pin;
        const opened = session;
        let closed = false;
        return {
            label,
            slot,
            session: opened,
            crypto,
            graphene: g,
            close() {
                if (closed)
                    return;
                closed = true;
                try {
                    opened.close();
                }
                finally {
                    releaseModule(path);
                }
            },
        };
    }
    catch (e) {
        try {
            session?.close();
        }
        finally {
            releaseModule(path);
        }
        throw e;
    }
}
//# sourceMappingURL=token.js.map