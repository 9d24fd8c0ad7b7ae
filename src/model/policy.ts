// Resource policies carried by sub-CA certificates (Vmm_core.Policy), with
// Albatross's checks and messages.

import { sortedUnique } from "./sets.js";

export interface Policy {
  unikernels: bigint;
  /** a set: sorted, no duplicates */
  cpuids: bigint[];
  /** MB */
  memory: bigint;
  /** MB of block storage; absent = no block storage allowed */
  block: bigint | null;
  /** a set: sorted, no duplicates */
  bridges: string[];
}

export class PolicyError extends Error {
  override name = "PolicyError";
}

export function makePolicy(p: Policy): Policy {
  return { ...p, cpuids: sortedUnique(p.cpuids), bridges: sortedUnique(p.bridges) };
}

/** Policy.pp */
export function ppPolicy(p: Policy): string {
  const block = p.block === null ? "no" : `${p.block} MB`;
  const bridges = p.bridges.length ? `, bridges: ${p.bridges.join(", ")}` : "";
  return `policy: ${p.unikernels} unikernels ${p.cpuids.join(",")} cpus ${p.memory} MB memory ${block} block${bridges}`;
}

/** Policy.usable: throws PolicyError with Albatross's message. */
export function checkUsable(p: Policy): void {
  if (p.unikernels <= 0n) throw new PolicyError("Unusable policy with no unikernels");
  if (p.cpuids.length === 0) throw new PolicyError("Unusable policy with no CPUids");
  if (p.memory <= 16n) throw new PolicyError(`Unusable policy with memory ${p.memory} MB <= 16 MB`);
  if (p.block !== null && p.block < 0n) throw new PolicyError(`Unusable policy with block ${p.block} MB < 0 MB`);
}

const subset = <T>(sub: readonly T[], sup: readonly T[]) => sub.every((x) => sup.includes(x));

/** Policy.is_smaller ~super ~sub: throws PolicyError with Albatross's message. */
export function checkSmaller(sup: Policy, sub: Policy): void {
  if (sup.unikernels < sub.unikernels) {
    throw new PolicyError(`policy above allows ${sup.unikernels} unikernels, which is fewer than ${sub.unikernels}`);
  }
  if (sup.memory < sub.memory) {
    throw new PolicyError(`policy above allows ${sup.memory} MB memory, which is fewer than ${sub.memory} MB`);
  }
  if (!subset(sub.cpuids, sup.cpuids)) {
    throw new PolicyError(
      `policy above allows CPUids ${sup.cpuids.join(", ")}, which is not a superset of ${sub.cpuids.join(", ")}`,
    );
  }
  if (!subset(sub.bridges, sup.bridges)) {
    throw new PolicyError(
      `policy above allows bridge(s) ${sup.bridges.join(", ")}, which is not a superset of ${sub.bridges.join(", ")}`,
    );
  }
  const blockOk = sup.block === null ? sub.block === null : sub.block === null || sup.block >= sub.block;
  if (!blockOk) {
    throw new PolicyError(
      `policy above allows ${sup.block ?? 0n} MB block storage, which is fewer than ${sub.block ?? 0n} MB`,
    );
  }
}
