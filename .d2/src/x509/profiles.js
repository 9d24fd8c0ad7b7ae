import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { errorMessage, X509Error } from "./errors.js";
import { EXTENDED_KEY_USAGES, isExtendedKeyUsageName, isKeyUsageName, KEY_USAGES, } from "./extensions.js";
/**
 * The four roles of SPEC section 4. The role decides which settings are safe:
 * only CAs may sign, and only sub-CAs and leaves carry the Albatross extension
 * (that is how `sign` tells them from a server certificate).
 */
export const PROFILE_KINDS = ["root-ca", "sub-ca", "leaf", "server"];
export const SECONDS_PER_DAY = 86_400;
/** A one-shot leaf, minted on the fly for a single command, lives five minutes. */
export const ONE_SHOT_LEAF_SECONDS = 300;
/** Beyond a century a validity is a typo, and soon beyond what GeneralizedTime or Date hold. */
const MAX_VALIDITY_SECONDS = 36_525 * SECONDS_PER_DAY;
const CA_KINDS = ["root-ca", "sub-ca"];
const ALBATROSS_KINDS = ["sub-ca", "leaf"];
const REQUIRED_PURPOSE = { leaf: "clientAuth", server: "serverAuth" };
/** Read and validate a profile; unknown fields and unsafe settings are refused naming the file and the field. */
export function loadProfile(file) {
    let text;
    try {
        text = readFileSync(file, "utf8");
    }
    catch (error) {
        throw new X509Error(`${file}: cannot read profile (${errorMessage(error)})`);
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new X509Error(`${file}: not valid JSON (${errorMessage(error)})`);
    }
    return parseProfile(json, file);
}
/** Validate a profile given as parsed JSON; `source` names it in messages. */
export function parseProfile(json, source) {
    const fail = (field, problem) => {
        throw new X509Error(`${source}: field "${field}" ${problem}`);
    };
    const top = object(json, TOP_LEVEL, ["kind", "validity", "extensions"], fail);
    const kind = top["kind"];
    if (typeof kind !== "string" || !PROFILE_KINDS.includes(kind)) {
        return fail("kind", `must be one of ${PROFILE_KINDS.join(", ")}`);
    }
    const profileKind = kind;
    const validitySeconds = parseValidity(required(top, TOP_LEVEL, "validity", fail), fail);
    const extensions = object(required(top, TOP_LEVEL, "extensions", fail), "extensions", ["basicConstraints", "keyUsage", "extendedKeyUsage", "subjectKeyIdentifier", "authorityKeyIdentifier", "albatross"], fail);
    const basicConstraintsJson = object(required(extensions, "extensions", "basicConstraints", fail), "extensions.basicConstraints", ["critical", "ca"], fail);
    const basicConstraints = {
        critical: boolean(basicConstraintsJson, "extensions.basicConstraints", "critical", fail),
        ca: boolean(basicConstraintsJson, "extensions.basicConstraints", "ca", fail),
    };
    const keyUsageJson = object(required(extensions, "extensions", "keyUsage", fail), "extensions.keyUsage", ["critical", "usages"], fail);
    const keyUsage = {
        critical: boolean(keyUsageJson, "extensions.keyUsage", "critical", fail),
        usages: nameList(keyUsageJson["usages"], "extensions.keyUsage.usages", isKeyUsageName, KEY_USAGES, fail),
    };
    const extendedKeyUsage = extensions["extendedKeyUsage"] === undefined ? null : parseExtendedKeyUsage(extensions["extendedKeyUsage"], fail);
    const subjectKeyIdentifier = nonCriticalFlag(extensions, "subjectKeyIdentifier", fail);
    const authorityKeyIdentifier = nonCriticalFlag(extensions, "authorityKeyIdentifier", fail);
    const albatross = nonCriticalFlag(extensions, "albatross", fail);
    const isCa = CA_KINDS.includes(profileKind);
    if (basicConstraints.ca !== isCa) {
        fail("extensions.basicConstraints.ca", `must be ${isCa} for a ${profileKind} profile`);
    }
    if (isCa && !basicConstraints.critical) {
        fail("extensions.basicConstraints.critical", "must be true for a CA (RFC 5280 4.2.1.9)");
    }
    if (isCa && !keyUsage.usages.includes("keyCertSign")) {
        fail("extensions.keyUsage.usages", `must include keyCertSign for a ${profileKind} profile`);
    }
    const signingUsage = keyUsage.usages.find((usage) => usage === "keyCertSign" || usage === "cRLSign");
    if (!isCa && signingUsage !== undefined) {
        fail("extensions.keyUsage.usages", `must not include ${signingUsage} for a ${profileKind} profile`);
    }
    const purpose = REQUIRED_PURPOSE[profileKind];
    if (purpose !== undefined && extendedKeyUsage !== null && !extendedKeyUsage.purposes.includes(purpose)) {
        fail("extensions.extendedKeyUsage.purposes", `must include ${purpose} for a ${profileKind} profile`);
    }
    const needsAlbatross = ALBATROSS_KINDS.includes(profileKind);
    if (albatross !== needsAlbatross) {
        fail("extensions.albatross", `must be ${needsAlbatross ? "present" : "absent"} in a ${profileKind} profile`);
    }
    return {
        kind: profileKind,
        source,
        validitySeconds,
        basicConstraints,
        keyUsage,
        extendedKeyUsage,
        subjectKeyIdentifier,
        authorityKeyIdentifier,
        albatross,
    };
}
/** The same profile with another validity, e.g. `--days` or a one-shot leaf. */
export function withValidity(profile, validitySeconds) {
    if (!Number.isSafeInteger(validitySeconds) || validitySeconds <= 0 || validitySeconds > MAX_VALIDITY_SECONDS) {
        throw new X509Error(`validity of ${validitySeconds} seconds: must be a positive integer of at most 100 years`);
    }
    return { ...profile, validitySeconds };
}
const TOP_LEVEL = "";
function fieldPath(parent, key) {
    return parent === TOP_LEVEL ? key : `${parent}.${key}`;
}
function object(value, field, allowed, fail) {
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
        return fail(field === TOP_LEVEL ? "(top level)" : field, "must be a JSON object");
    }
    for (const key of Object.keys(value)) {
        if (!allowed.includes(key)) {
            fail(fieldPath(field, key), `is unknown (allowed here: ${allowed.join(", ")})`);
        }
    }
    return value;
}
function required(parent, parentField, key, fail) {
    if (parent[key] === undefined) {
        return fail(fieldPath(parentField, key), "is required");
    }
    return parent[key];
}
function boolean(parent, parentField, key, fail) {
    const value = parent[key];
    if (typeof value !== "boolean") {
        return fail(fieldPath(parentField, key), "must be true or false");
    }
    return value;
}
function parseValidity(value, fail) {
    const validity = object(value, "validity", ["days", "seconds"], fail);
    const units = Object.keys(validity);
    if (units.length !== 1) {
        return fail("validity", 'must give exactly one of "days" or "seconds"');
    }
    const [unit] = units;
    const amount = validity[unit];
    if (typeof amount !== "number" || !Number.isSafeInteger(amount) || amount <= 0) {
        return fail(`validity.${unit}`, "must be a positive integer");
    }
    const seconds = unit === "days" ? amount * SECONDS_PER_DAY : amount;
    if (seconds > MAX_VALIDITY_SECONDS) {
        return fail(`validity.${unit}`, "must not exceed 100 years");
    }
    return seconds;
}
function parseExtendedKeyUsage(value, fail) {
    const field = "extensions.extendedKeyUsage";
    const json = object(value, field, ["critical", "purposes"], fail);
    return {
        critical: boolean(json, field, "critical", fail),
        purposes: nameList(json["purposes"], `${field}.purposes`, isExtendedKeyUsageName, Object.keys(EXTENDED_KEY_USAGES), fail),
    };
}
/** SKI, AKI (RFC 5280 4.2.1.1/4.2.1.2) and the Albatross extension (Albatross's own X.509 validation) must be non-critical. */
function nonCriticalFlag(extensions, key, fail) {
    if (extensions[key] === undefined) {
        return false;
    }
    const field = `extensions.${key}`;
    if (boolean(object(extensions[key], field, ["critical"], fail), field, "critical", fail)) {
        fail(`${field}.critical`, "must be false");
    }
    return true;
}
function nameList(value, field, isName, known, fail) {
    if (!Array.isArray(value) || value.length === 0) {
        return fail(field, "must be a non-empty list");
    }
    const names = [];
    for (const item of value) {
        if (typeof item !== "string" || !isName(item)) {
            return fail(field, `has ${JSON.stringify(item)}, expected one of ${known.join(", ")}`);
        }
        if (names.includes(item)) {
            return fail(field, `lists ${item} twice`);
        }
        names.push(item);
    }
    return names;
}
/** templates/profiles of the package; this file runs from dist/src/x509/. */
export const BUILTIN_PROFILES_DIR = fileURLToPath(new URL("../../../templates/profiles/", import.meta.url));
function builtin(kind) {
    const profile = loadProfile(`${BUILTIN_PROFILES_DIR}${kind}.json`);
    if (profile.kind !== kind) {
        throw new X509Error(`${profile.source}: field "kind" must be ${kind} for the built-in ${kind} profile`);
    }
    return profile;
}
export const BUILTIN_PROFILES = {
    "root-ca": builtin("root-ca"),
    "sub-ca": builtin("sub-ca"),
    leaf: builtin("leaf"),
    server: builtin("server"),
};
//# sourceMappingURL=profiles.js.map