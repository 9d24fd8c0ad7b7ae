import { type Asn } from "../asn1/schema.js";
import type { Release } from "../model/release.js";
import { type UnikernelArguments, type UnikernelConfig, type UnikernelInfo } from "../model/unikernel.js";
export interface UnikernelLayouts {
    /** v0 (albatross < 1.0, dump files only): hvt images by architecture */
    v0Config: Asn<UnikernelConfig>;
    /** v1 (albatross 1.0 – 1.3): block and bridge names only */
    v1Config: Asn<UnikernelConfig>;
    /** v2 (albatross 1.4 – 1.5): bridges may name a host bridge */
    v2Config: Asn<UnikernelConfig>;
    /** v3 (albatross 1.5 – 2.4.1, 2.4.1's current): full device descriptions */
    v3Config: Asn<UnikernelConfig>;
    /** v4 (albatross 2.5 – 2.6): startup and add_name */
    v4Config: Asn<UnikernelConfig>;
    /** current (2.7): a set of CPU ids, #cpus, the boot partition */
    config: Asn<UnikernelConfig>;
    /** restart arguments v0 (2.4.1's): a config without typ and image */
    v0Arguments: Asn<UnikernelArguments>;
    /** v1 (2.5 – 2.6): startup and add_name */
    v1Arguments: Asn<UnikernelArguments>;
    /** current (2.7) */
    arguments: Asn<UnikernelArguments>;
    /** info2 (albatross 1.4): no start time */
    info2: Asn<UnikernelInfo>;
    /** info3 (albatross 1.5 – 2.0): with start time */
    info3: Asn<UnikernelInfo>;
    /** info4 (albatross 2.1 – 2.4.1, 2.4.1's current): sizes and MACs always present */
    info4: Asn<UnikernelInfo>;
    /** info5 (2.5 – 2.6): startup */
    info5: Asn<UnikernelInfo>;
    /** current (2.7): a set of CPU ids, #cpus, the boot partition */
    info: Asn<UnikernelInfo>;
}
/** Every layout, over each release's `typ`. */
export declare const unikernelLayouts: Record<Release, UnikernelLayouts>;
