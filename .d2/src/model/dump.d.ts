import type { Named } from "./wire.js";
import type { Policy } from "./policy.js";
import type { UnikernelConfig } from "./unikernel.js";
export interface Dump {
    unikernels: Named<UnikernelConfig>[];
    policies: Named<Policy>[];
}
