import { type Policy } from "./policy.js";
import type { Release } from "./release.js";
import { type UnikernelConfig } from "./unikernel.js";
/**
 * Throws PolicyError when the config's CPU ids are not in the policy, its memory
 * exceeds the policy's, or one of its bridges (the host bridge, else the
 * interface name) is not allowed. Takes anything with those three fields, so
 * restart arguments are checked the same way as a full config.
 */
export declare function fitsPolicy(policy: Policy, config: Pick<UnikernelConfig, "cpuids" | "memory" | "bridges">, release: Release): void;
