// Whether a unikernel's resources fit a policy (Vmm_core.Unikernel.fine_with_policy),
// with Albatross's messages: the check `sign` makes before issuing a create
// certificate and `audit` makes on a chain's innermost policy.

import { PolicyError, type Policy } from "./policy.js";
import { sortedUnique } from "./sets.js";
import { type UnikernelConfig, configBridges } from "./unikernel.js";

/** OCaml's %u prints the machine word as unsigned. */
const unsigned = (n: bigint) => BigInt.asUintN(64, n).toString();

/**
 * Throws PolicyError when the config's CPU id is not in the policy, its memory
 * exceeds the policy's, or one of its bridges (the host bridge, else the
 * interface name) is not allowed. Takes anything with those three fields, so
 * restart arguments are checked the same way as a full config.
 */
export function fitsPolicy(policy: Policy, config: Pick<UnikernelConfig, "cpuid" | "memory" | "bridges">): void {
  if (!policy.cpuids.includes(config.cpuid)) {
    throw new PolicyError(
      `CPUid of unikernel (${config.cpuid}) not allowed by policy (${sortedUnique(policy.cpuids).join(", ")})`,
    );
  }
  if (config.memory > policy.memory) {
    throw new PolicyError(
      `${unsigned(config.memory)} MB memory assigned to unikernel exceeds policy (${unsigned(policy.memory)}MB)`,
    );
  }
  const disallowed = configBridges(config).filter((b) => !policy.bridges.includes(b));
  if (disallowed.length > 0) {
    throw new PolicyError(
      `Bridge(s) ${disallowed.join(", ")} not allowed by policy (available: ${sortedUnique(policy.bridges).join(", ")})`,
    );
  }
}
