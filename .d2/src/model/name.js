// Albatross names (Vmm_core.Name): a path of sub-CA labels plus an optional
// final label, the unikernel name. "sub:foo.bar" is path [sub], name foo.bar;
// "foo:" is the path [foo] alone; ":" is the root.
export class NameError extends Error {
    name = "NameError";
}
const LABEL = /^[a-zA-Z0-9.][a-zA-Z0-9.-]{0,62}$/;
/** 1..63 characters of a-z A-Z 0-9 - ., not starting with '-'. */
export function isValidLabel(s) {
    return LABEL.test(s);
}
export const root = { path: [], name: null };
const LABEL_RULE = "invalid label (only [a-zA-Z0-9-.] allowed, 1 to 63 chars)";
export const LABEL_READING = {
    "2.4": { normal: (l) => l, invalidPath: "invalid path" },
    "2.7": { normal: (l) => l.toLowerCase(), invalidPath: `invalid path: ${LABEL_RULE}` },
};
/** The name as a release reads it (2.7: every label lowercased). */
export function readAs(n, reading) {
    return { path: n.path.map(reading.normal), name: n.name === null ? null : reading.normal(n.name) };
}
/** 2.7's Name.Label.of_string: a valid label, lowercased. */
export function labelOfString27(s) {
    if (!isValidLabel(s))
        throw new NameError(LABEL_RULE);
    return LABEL_READING["2.7"].normal(s);
}
export function pathOfString(s, reading = LABEL_READING["2.4"]) {
    const parts = s.split(":");
    const labels = parts[0] === "" ? parts.slice(1) : parts;
    if (!labels.every(isValidLabel))
        throw new NameError(reading.invalidPath);
    return labels.map(reading.normal);
}
function ofPath(labels) {
    if (labels.length === 0)
        throw new NameError("empty name");
    return { path: labels.slice(0, -1), name: labels[labels.length - 1] };
}
/** Name.of_string, with Albatross's error messages (2.4.1's reading unless another is given). */
export function nameOfString(s, reading = LABEL_READING["2.4"]) {
    if (s === "")
        throw new NameError("empty name");
    if (s.endsWith(":"))
        return { path: pathOfString(s.slice(0, -1), reading), name: null };
    let labels;
    try {
        labels = pathOfString(s, reading);
    }
    catch {
        throw new NameError("invalid name");
    }
    return ofPath(labels);
}
/** Name.to_string: "a:b:name", ":name" at the root, "a:b:" for a path. */
export function nameToString(n) {
    return `${n.path.join(":")}:${n.name ?? ""}`;
}
/** Name.pp: "[unikernel: a:b:name]". */
export function ppName(n) {
    return `[unikernel: ${nameToString(n)}]`;
}
/** Name.to_list: the labels, the unikernel name last. */
export function nameToList(n) {
    return n.name === null ? [...n.path] : [...n.path, n.name];
}
/** The path in to_string form without the trailing colon ("sub:subsub"). */
export function pathToString(path) {
    return path.join(":");
}
export function createName(path, name) {
    if (!isValidLabel(name))
        throw new NameError(`invalid name: ${name}`);
    return { path: [...path], name };
}
export function appendPath(path, label) {
    if (!isValidLabel(label))
        throw new NameError(`invalid path: ${label}`);
    return [...path, label];
}
//# sourceMappingURL=name.js.map