// Inspections as text for people and as JSON for programs; both show the
// same facts. Albatross's own renderings (command, policy, dump listing) are
// quoted exactly; the readable config follows them.
import * as forms from "../json/forms.js";
import { nameToString, pathToString } from "../model/name.js";
import { ppCommand, ppDump, ppPolicy } from "../render/albatross.js";
import { formatLines, readableCommand } from "../render/readable.js";
import { commandPayload } from "../model/payload.js";
import { payloadFacts, payloadJson } from "../render/payload.js";
/** The image or block data a command carries, as the operator knows it; null when it carries none. */
function payloadOf(command) {
    const p = commandPayload(command);
    return p === null ? null : payloadJson(payloadFacts(p));
}
import { isoSeconds } from "./validity.js";
function keyLines(k) {
    return [
        ["key type", k.supported ? k.keyType : `${k.keyType} (not an Albatross key type)`],
        ["public key", `SHA-256 ${k.sha256}`],
    ];
}
/** Which releases read an encoding, in words. */
function readers(releases) {
    return releases.length ? releases.map((r) => `Albatross ${r}`).join(", ") : "no Albatross release";
}
function extensionLines(e) {
    if (e === null)
        return { lines: [["albatross", "no extension"]], details: [] };
    const critical = e.critical === null ? "" : e.critical ? ", CRITICAL" : ", non-critical";
    const readBy = ["read by", readers(e.acceptedBy)];
    if ("error" in e)
        return { lines: [["albatross", `undecodable extension${critical}: ${e.error}`], readBy], details: [] };
    return {
        lines: [
            ["albatross", `extension version ${e.value.version}${critical}`],
            ["command", ppCommand(e.value.command, e.release)],
            readBy,
        ],
        details: readableCommand(e.value.command),
    };
}
/** A heading, its facts aligned, then the command's readable details indented below them. */
function section(heading, facts, extension) {
    const { lines, details } = extensionLines(extension);
    const parts = [heading, formatLines([...facts, ...lines], "  ")];
    if (details.length)
        parts.push(formatLines(details, "    "));
    return parts.join("\n");
}
function certificateText(c, heading) {
    const facts = [
        ["subject", c.subject],
        ["issuer", c.issuer],
        ["serial", c.serialHex],
        ["not before", isoSeconds(c.notBefore)],
        ["not after", isoSeconds(c.notAfter)],
        ["validity", `${c.validity} at ${isoSeconds(c.at)}`],
        ...keyLines(c.key),
        ["profile", c.profile],
        ["SHA-256", c.sha256],
    ];
    return section(heading, facts, c.extension);
}
function requestText(r) {
    return section("certificate request", [["subject", r.subject], ["signature", "valid"], ...keyLines(r.key)], r.extension);
}
/** The endpoint's verdict as label/value lines; `audit` adds its own below them. */
export function endpointLines(v) {
    if (!v.accepted)
        return [["accepted", "no"], ["error", v.error]];
    const width = Math.max(0, ...v.policies.map((p) => pathToString(p.path).length));
    return [
        ["accepted", "yes"],
        ["name", nameToString(v.name)],
        ["version", `${v.extension.version}`],
        ["command", ppCommand(v.extension.command, v.release)],
        ["policies", v.policies.length ? "" : "none"],
        ...v.policies.map((p) => ["", `${pathToString(p.path).padEnd(width)}  ${ppPolicy(p.policy, v.release)}`]),
    ];
}
export function inspectionToText(i) {
    switch (i.kind) {
        case "certificate":
            return certificateText(i, "certificate");
        case "chain":
            return [
                ...i.certificates.map((c, n) => certificateText(c, `certificate ${n + 1} of ${i.certificates.length}${n === 0 ? " (leaf)" : ""}`)),
                ["Albatross endpoint", formatLines(endpointLines(i.endpoint), "  ")].join("\n"),
            ].join("\n\n");
        case "csr":
            return requestText(i);
        case "key-pair":
            return ["key pair (public half only)", formatLines(keyLines(i.key), "  ")].join("\n");
        case "public-key":
            return ["public key", formatLines(keyLines(i.key), "  ")].join("\n");
        case "dump":
            return ppDump(i.dump, i.release);
    }
}
function keyJson(k) {
    return { key_type: k.keyType, albatross_key_type: k.supported, public_key_sha256: k.sha256 };
}
function extensionJson(e) {
    const ok = e !== null && "value" in e;
    return {
        extension: ok ? forms.certExtension.toJson(e.value) : null,
        extension_critical: e?.critical ?? null,
        extension_error: e !== null && "error" in e ? e.error : null,
        command: ok ? ppCommand(e.value.command, e.release) : null,
        payload: ok ? payloadOf(e.value.command) : null,
        read_by: e === null ? [] : e.acceptedBy,
    };
}
function certificateJson(c) {
    return {
        kind: c.kind,
        subject: c.subject,
        issuer: c.issuer,
        common_name: c.commonName,
        serial: c.serialHex,
        not_before: isoSeconds(c.notBefore),
        not_after: isoSeconds(c.notAfter),
        validity: c.validity,
        checked_at: isoSeconds(c.at),
        ...keyJson(c.key),
        profile: c.profile,
        sha256: c.sha256,
        ...extensionJson(c.extension),
    };
}
/** The endpoint's verdict in the fields `audit` uses. */
export function endpointJson(v) {
    return {
        accepted: v.accepted,
        name: v.accepted ? nameToString(v.name) : null,
        version: v.accepted ? v.extension.version : null,
        policies: v.accepted ? v.policies.map((p) => ({ path: pathToString(p.path), policy: ppPolicy(p.policy, v.release) })) : [],
        command: v.accepted ? ppCommand(v.extension.command, v.release) : null,
        error: v.accepted ? null : v.error,
    };
}
export function inspectionToJson(i) {
    switch (i.kind) {
        case "certificate":
            return certificateJson(i);
        case "chain":
            return { kind: i.kind, certificates: i.certificates.map(certificateJson), albatross: endpointJson(i.endpoint) };
        case "csr":
            return {
                kind: i.kind,
                subject: i.subject,
                common_name: i.commonName,
                signature_valid: true,
                ...keyJson(i.key),
                ...extensionJson(i.extension),
            };
        case "key-pair":
        case "public-key":
            return { kind: i.kind, ...keyJson(i.key) };
        case "dump":
            return { kind: i.kind, dump: forms.dump.toJson(i.dump), read_by: i.acceptedBy };
    }
}
//# sourceMappingURL=render.js.map