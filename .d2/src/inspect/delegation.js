// Whether the resources a chain delegates shrink at every step, as Albatross
// enforces when it stores policies and creates unikernels: each sub-CA's
// policy usable and within its parent's, a leaf's unikernel within the
// innermost policy. Messages are Albatross's (ours for a policy larger than
// its parent's: see checkSmaller), prefixed with where.
import { fitsPolicy } from "../model/fits.js";
import { pathToString } from "../model/name.js";
import { checkSmaller, checkUsable } from "../model/policy.js";
import { error } from "./findings.js";
function problem(check) {
    try {
        check();
        return null;
    }
    catch (e) {
        return e.message;
    }
}
/** What a leaf command asks for in unikernel resources, if anything. */
function requestedResources(c) {
    switch (c.kind) {
        case "unikernel_create":
        case "unikernel_force_create":
            return { what: c.kind === "unikernel_create" ? "unikernel create" : "unikernel force create", resources: c.config };
        case "unikernel_restart":
            return c.arguments === null ? null : { what: "unikernel restart", resources: c.arguments };
        default:
            return null;
    }
}
/** `policies` deepest sub-CA first, as the endpoint returns them. */
export function delegationFindings(policies, command, release) {
    const findings = [];
    policies.forEach(({ path, policy }, i) => {
        const where = pathToString(path);
        const unusable = problem(() => checkUsable(policy));
        if (unusable !== null)
            findings.push(error(`policy of ${where}: ${unusable}`));
        const parent = policies[i + 1];
        if (parent === undefined)
            return;
        const larger = problem(() => checkSmaller(parent.policy, policy));
        if (larger !== null)
            findings.push(error(`policy of ${where} exceeds the policy of ${pathToString(parent.path)}: ${larger}`));
    });
    const innermost = policies[0];
    const request = requestedResources(command);
    if (innermost !== undefined && request !== null) {
        const unfit = problem(() => fitsPolicy(innermost.policy, request.resources, release));
        if (unfit !== null) {
            findings.push(error(`${request.what} does not fit the policy of ${pathToString(innermost.path)}: ${unfit}`));
        }
    }
    return findings;
}
//# sourceMappingURL=delegation.js.map