// Which common name a certificate for a command carries, and which commands
// the Albatross TLS endpoint (Vmm_tls.handle, 2.4.1) takes from a leaf.
//
// The endpoint builds the unikernel name from the chain: every sub-CA's CN is
// a path label, the leaf's CN the final label ("." for none). So a request
// names one label and the path comes from whoever signs it — albatross-client
// refuses a unikernel name with a path ("non-empty path") and names policy
// commands by their path. What the endpoint would refuse we refuse here,
// before any key or request is written.
import { familyOf } from "../model/command.js";
import { LABEL_READING, nameToString, pathToString, readAs } from "../model/name.js";
import { leafCommandAllowed } from "../inspect/endpoint.js";
import { CaError } from "./errors.js";
/**
 * The name as the target release's client reads it: albatross-client 2.7
 * passes every name through Name.of_string, which lowercases its labels.
 */
export function requestedName(name, release, warn) {
    const read = readAs(name, LABEL_READING[release]);
    if (nameToString(read) !== nameToString(name)) {
        warn(`Albatross ${release} reads names in lowercase: ${nameToString(name)} is ${nameToString(read)}`);
    }
    return read;
}
/** The leaf CN for "no unikernel name": the endpoint then uses the chain's path alone. */
export const NO_NAME = ".";
/** Commands that act on one unikernel or block device, so their certificate must name it. */
const NEEDS_NAME = new Set([
    "console_subscribe",
    "unikernel_create",
    "unikernel_force_create",
    "unikernel_restart",
    "unikernel_destroy",
    "unikernel_get",
    "block_add",
    "block_remove",
    "block_set",
    "block_dump",
    "old_block_add",
    "old_block_set",
    "old_block_dump",
]);
/** Policy commands whose path is the policy to change (an empty one would be the root's). */
const NEEDS_PATH = new Set(["policy_add", "policy_remove"]);
/** "unikernel force create", "policy add", ...: the command's kind, readable. */
function describe(command) {
    return command.kind.replace(/_/g, " ");
}
export function commonNameFor(command, name) {
    if (familyOf(command) === "policy") {
        const { path } = name;
        if (path.length === 0) {
            if (NEEDS_PATH.has(command.kind))
                throw new CaError(`${describe(command)} needs a path (the sub-CA's name)`);
            return NO_NAME;
        }
        if (path.length > 1) {
            throw new CaError(`the path ${pathToString(path)} has ${path.length} labels, but a certificate names one: ` +
                `request ${path[path.length - 1]} and have it signed by the sub-CA for ${pathToString(path.slice(0, -1))}`);
        }
        return path[0];
    }
    if (name.path.length > 0) {
        throw new CaError(`non-empty path: ${nameToString(name)} — a certificate names only the unikernel, ` +
            `the path comes from the sub-CA that signs it`);
    }
    if (name.name === null) {
        if (NEEDS_NAME.has(command.kind))
            throw new CaError(`${describe(command)} needs a name`);
        return NO_NAME;
    }
    return name.name;
}
/** Whether the release's endpoint executes this command when it comes in a leaf certificate. */
export function endpointAcceptsLeaf(command, release) {
    return leafCommandAllowed(command, release);
}
/** albatross-client makes such certificates without a word; we say they will not be executed. */
export function warnIfEndpointRefuses(command, warn, release) {
    if (!endpointAcceptsLeaf(command, release)) {
        warn(`the Albatross ${release} TLS endpoint refuses "${describe(command)}" in a leaf certificate ` +
            "(it accepts console, stats subscribe, unikernel, policy info and block commands)");
    }
}
//# sourceMappingURL=common-name.js.map