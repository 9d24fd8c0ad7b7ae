// Whether a unikernel's resources fit a policy (Vmm_core.Unikernel.fine_with_policy),
// with Albatross's messages: the check `sign` makes before issuing a create
// certificate and `audit` makes on a chain's innermost policy.
import { PolicyError } from "./policy.js";
import { sortedUnique } from "./sets.js";
import { configBridges } from "./unikernel.js";
/** OCaml's %u prints the machine word as unsigned. */
const unsigned = (n) => BigInt.asUintN(64, n).toString();
/** How each release words CPU ids of a unikernel that the policy lacks. */
const CPUIDS_NOT_ALLOWED = {
    "2.4": (policy, cpuids) => `CPUid of unikernel (${cpuids.join(", ")}) not allowed by policy (${sortedUnique(policy.cpuids).join(", ")})`,
    "2.7": (policy, cpuids) => `the CPUids ${cpuids.filter((c) => !policy.cpuids.includes(c)).join(", ")} requested by the unikernel are not allowed by policy`,
};
/**
 * Throws PolicyError when the config's CPU ids are not in the policy, its memory
 * exceeds the policy's, or one of its bridges (the host bridge, else the
 * interface name) is not allowed. Takes anything with those three fields, so
 * restart arguments are checked the same way as a full config.
 */
export function fitsPolicy(policy, config, release) {
    if (!config.cpuids.every((c) => policy.cpuids.includes(c))) {
        throw new PolicyError(CPUIDS_NOT_ALLOWED[release](policy, config.cpuids));
    }
    if (config.memory > policy.memory) {
        throw new PolicyError(`${unsigned(config.memory)} MB memory assigned to unikernel exceeds policy (${unsigned(policy.memory)}MB)`);
    }
    const disallowed = configBridges(config).filter((b) => !policy.bridges.includes(b));
    if (disallowed.length > 0) {
        throw new PolicyError(`Bridge(s) ${disallowed.join(", ")} not allowed by policy (available: ${sortedUnique(policy.bridges).join(", ")})`);
    }
}
//# sourceMappingURL=fits.js.map