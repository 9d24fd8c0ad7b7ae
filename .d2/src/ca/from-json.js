// Re-creating a command from its JSON form: what `decode --format json` or
// `inspect --format json` printed for a certificate or request, or a bare
// command. The same JSON declarations read it that wrote it.
import { fromJson, KINDS } from "../codec/index.js";
import { familyOf } from "../model/command.js";
import { checkUsable } from "../model/policy.js";
import { command as commandForm } from "../json/forms.js";
import { CaError } from "./errors.js";
import { NO_NAME } from "./common-name.js";
const isObject = (x) => typeof x === "object" && x !== null && !Array.isArray(x);
/**
 * The command a JSON form holds, refused as its own command would refuse it
 * (an unusable policy gets add-policy's message), before any key is written.
 */
export function commandFromJson(json, release) {
    const found = readCommand(json, release);
    if (found.command.kind === "policy_add")
        checkUsable(found.command.policy);
    return found;
}
function readCommand(json, release) {
    if (Array.isArray(json)) {
        throw new CaError(`the JSON lists ${json.length} inspected files; give what inspect printed for one of them`);
    }
    if (!isObject(json))
        throw new CaError("expected a JSON object: a command, an extension, or what inspect --format json prints");
    // a chain (what a sub-CA hands out): its leaf, the first certificate, carries the command
    if (json.kind === "chain" && Array.isArray(json.certificates)) {
        if (json.certificates.length === 0)
            throw new CaError("the chain's JSON lists no certificates");
        return readCommand(json.certificates[0], release);
    }
    if ("extension" in json) {
        if (!isObject(json.extension))
            throw new CaError("this file's JSON has no Albatross extension to re-create");
        const cn = typeof json.common_name === "string" ? json.common_name : null;
        return { command: fromJson(KINDS[release].extension, json.extension).command, commonName: cn };
    }
    if ("command" in json)
        return { command: fromJson(KINDS[release].extension, json).command, commonName: null };
    try {
        return { command: commandForm.fromJson(json, "command"), commonName: null };
    }
    catch (e) {
        throw new CaError(e.message);
    }
}
/** The name a certificate's common name stands for (commonNameFor, backwards). */
export function nameForCommonName(command, commonName) {
    const none = commonName === NO_NAME;
    if (familyOf(command) === "policy")
        return { path: none ? [] : [commonName], name: null };
    return { path: [], name: none ? null : commonName };
}
//# sourceMappingURL=from-json.js.map