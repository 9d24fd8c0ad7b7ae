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
export declare class PolicyError extends Error {
    name: string;
}
export declare function makePolicy(p: Policy): Policy;
/** Policy.usable: throws PolicyError with Albatross's message. */
export declare function checkUsable(p: Policy): void;
/**
 * Policy.is_smaller ~super ~sub: throws PolicyError when `sub` allows more
 * than `sup`. The sentences are ours: Albatross's ("policy above allows 0 MB
 * block storage, which is fewer than 0 MB" for no storage above and 0 MB
 * below) do not say which policy asks for what.
 */
export declare function checkSmaller(sup: Policy, sub: Policy): void;
