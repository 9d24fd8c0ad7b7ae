// Certificate signing requests for a command, as `albatross-client <command>
// --csr` writes them: CN as the command wants it, the command (version 5) in
// the extension, `<CN>.key` reused when present, `<CN>.req` next to it.
import { readTlv } from "../asn1/der.js";
import { encodeExtension, encodeExtensionParts } from "../codec/index.js";
import { CURRENT_VERSION } from "../model/command.js";
import { DEFAULT_RELEASE } from "../model/release.js";
import { createCsr, csrToPem, DEFAULT_KEY_TYPE } from "../x509/index.js";
import { commonNameFor, requestedName, warnIfEndpointRefuses } from "./common-name.js";
import { ignoreWarnings } from "./errors.js";
import { assertDirectory, fileFor } from "./files.js";
import { caKeyFor } from "./generate.js";
import { executePlan } from "./plan.js";
/** The extension value the release's albatross-client writes for a command. */
export function commandExtension(command, release) {
    return encodeExtension({ version: CURRENT_VERSION, command }, release);
}
/** The same, as its parts: an image is copied only into the request or certificate it goes into. */
export function commandExtensionParts(command, release) {
    return encodeExtensionParts({ version: CURRENT_VERSION, command }, release);
}
export async function buildRequest(command, name, key, release) {
    return signedRequest(commonNameFor(command, name), commandExtensionParts(command, release), key);
}
async function signedRequest(commonName, extension, key) {
    const der = await createCsr(commonName, key, extension);
    // the value sits at the end of the request's signed part, just before the signature algorithm and signature
    const info = readTlv(der, readTlv(der, 0, der.length).start, der.length);
    return { commonName, extension: der.subarray(info.end - extension.length, info.end), der };
}
/**
 * The files of the requests one command line makes, in order: `<CN>.req`,
 * then `<CN>.data.req` (Albatross 2.7's create-block --data is a block add
 * followed by a block set, and albatross-client would write both into one
 * file, the second replacing the first).
 */
const REQUEST_FILES = ["req", "data.req"];
/** The key (when new) and the request files of one or more commands for the same name, not yet written. */
export async function planRequests(commands, given, o = {}) {
    if (commands.length === 0 || commands.length > REQUEST_FILES.length)
        throw new Error(`${commands.length} commands for one request`);
    const outDir = o.outDir ?? ".";
    const release = o.release ?? DEFAULT_RELEASE;
    const warn = o.warn ?? ignoreWarnings;
    // Everything that can refuse a command is checked before a key is made.
    const name = requestedName(given, release, warn);
    const checked = commands.map((command) => {
        const commonName = commonNameFor(command, name);
        const extension = commandExtensionParts(command, release);
        // a policy add request becomes a sub-CA when signed, not a leaf
        if (command.kind !== "policy_add")
            warnIfEndpointRefuses(command, warn, release);
        return { commonName, extension };
    });
    const commonName = checked[0].commonName;
    const requestFiles = commands.map((_, i) => fileFor(outDir, commonName, REQUEST_FILES[i]));
    await assertDirectory(outDir);
    const keyType = o.keyType ?? DEFAULT_KEY_TYPE;
    const { key, where, planned, created } = await caKeyFor(o.key ?? { kind: "file" }, fileFor(outDir, commonName, "key"), keyType, o);
    try {
        const requests = [];
        for (const [i, { extension }] of checked.entries()) {
            const request = await signedRequest(commonName, extension, key);
            const file = { kind: "file", file: requestFiles[i], data: csrToPem(request.der), replace: o.force ?? false };
            // the key goes with the first request: the others are signed by the same one
            const plan = i === 0 ? [...planned, file] : [file];
            requests.push({ commonName, keyFile: where, keyCreated: i === 0 && created, requestFile: requestFiles[i], request, plan });
        }
        return requests;
    }
    finally {
        key.close?.();
    }
}
/** The key (when new) and `<CN>.req` of a request, not yet written. */
export async function planRequest(command, name, o = {}) {
    return (await planRequests([command], name, o))[0];
}
/** Writes the requests of one command line (all or none). */
export async function writeRequests(commands, name, o = {}) {
    const planned = await planRequests(commands, name, o);
    await executePlan(planned.flatMap((p) => p.plan));
    return planned.map(({ request: _request, plan: _plan, ...files }) => files);
}
export async function writeRequest(command, name, o = {}) {
    return (await writeRequests([command], name, o))[0];
}
//# sourceMappingURL=request.js.map