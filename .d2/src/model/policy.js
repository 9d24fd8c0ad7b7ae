// Resource policies carried by sub-CA certificates (Vmm_core.Policy), with
// Albatross's checks and messages.
import { sortedUnique } from "./sets.js";
export class PolicyError extends Error {
    name = "PolicyError";
}
export function makePolicy(p) {
    return { ...p, cpuids: sortedUnique(p.cpuids), bridges: sortedUnique(p.bridges) };
}
/** Policy.usable: throws PolicyError with Albatross's message. */
export function checkUsable(p) {
    if (p.unikernels <= 0n)
        throw new PolicyError("Unusable policy with no unikernels");
    if (p.cpuids.length === 0)
        throw new PolicyError("Unusable policy with no CPUids");
    if (p.memory <= 16n)
        throw new PolicyError(`Unusable policy with memory ${p.memory} MB <= 16 MB`);
    if (p.block !== null && p.block < 0n)
        throw new PolicyError(`Unusable policy with block ${p.block} MB < 0 MB`);
}
const plural = (n, one, many = `${one}s`) => (n === 1n || n === 1 ? one : many);
/** "CPUs 0, 1", "bridge service", or "no bridges" */
const named = (xs, what) => (xs.length ? `${plural(xs.length, what)} ${xs.join(", ")}` : `no ${what}s`);
/**
 * Policy.is_smaller ~super ~sub: throws PolicyError when `sub` allows more
 * than `sup`. The sentences are ours: Albatross's ("policy above allows 0 MB
 * block storage, which is fewer than 0 MB" for no storage above and 0 MB
 * below) do not say which policy asks for what.
 */
export function checkSmaller(sup, sub) {
    if (sup.unikernels < sub.unikernels) {
        throw new PolicyError(`this policy allows ${sub.unikernels} ${plural(sub.unikernels, "unikernel")}, more than the ${sup.unikernels} of the policy above`);
    }
    if (sup.memory < sub.memory) {
        throw new PolicyError(`this policy allows ${sub.memory} MB of memory, more than the ${sup.memory} MB of the policy above`);
    }
    const cpus = sub.cpuids.filter((c) => !sup.cpuids.includes(c));
    if (cpus.length) {
        throw new PolicyError(`this policy allows ${named(cpus, "CPU")}, which the policy above does not (it allows ${named(sup.cpuids, "CPU")})`);
    }
    const bridges = sub.bridges.filter((b) => !sup.bridges.includes(b));
    if (bridges.length) {
        throw new PolicyError(`this policy allows ${named(bridges, "bridge")}, which the policy above does not (it allows ${named(sup.bridges, "bridge")})`);
    }
    if (sub.block !== null && sup.block === null) {
        throw new PolicyError(`this policy allows ${sub.block} MB of block storage, but the policy above allows no block storage`);
    }
    if (sub.block !== null && sup.block !== null && sup.block < sub.block) {
        throw new PolicyError(`this policy allows ${sub.block} MB of block storage, more than the ${sup.block} MB of the policy above`);
    }
}
//# sourceMappingURL=policy.js.map