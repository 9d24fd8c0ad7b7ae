import type { Policy } from "./policy.js";
import type { Time } from "./time.js";
import type { UnikernelArguments, UnikernelConfig } from "./unikernel.js";
export type SinceCount = {
    kind: "since";
    since: Time;
} | {
    kind: "count";
    count: bigint;
};
export interface Tap {
    bridge: string;
    tap: string;
}
export type ConsoleCommand = 
/** albatross-console registers a unikernel; 2.7 sends its ring buffer limit, 2.4 nothing (null) */
{
    kind: "console_add";
    maxUnikernels: bigint | null;
} | {
    kind: "console_subscribe";
    subscribe: SinceCount;
}
/** since 2.7: the consoles whose unikernel is gone */
 | {
    kind: "console_list_inactive";
}
/** written by clients before 1.5 (UTCTime timestamps) */
 | {
    kind: "old_console_subscribe";
    subscribe: SinceCount;
};
export type StatsCommand = {
    kind: "stats_add";
    vmmdev: string;
    pid: bigint;
    taps: Tap[];
} | {
    kind: "stats_remove";
} | {
    kind: "stats_subscribe";
} | {
    kind: "stats_initial";
};
export type UnikernelCommand = {
    kind: "unikernel_info";
} | {
    kind: "unikernel_create";
    config: UnikernelConfig;
} | {
    kind: "unikernel_force_create";
    config: UnikernelConfig;
} | {
    kind: "unikernel_restart";
    arguments: UnikernelArguments | null;
} | {
    kind: "unikernel_destroy";
} | {
    kind: "unikernel_get";
    level: bigint;
} | {
    kind: "old_unikernel_info1";
} | {
    kind: "old_unikernel_info2";
} | {
    kind: "old_unikernel_info3";
}
/** 2.4.1's info tag, read by 2.7 as an old command */
 | {
    kind: "old_unikernel_info4";
} | {
    kind: "old_unikernel_info5";
} | {
    kind: "old_unikernel_get";
};
export type PolicyCommand = {
    kind: "policy_info";
} | {
    kind: "policy_add";
    policy: Policy;
} | {
    kind: "policy_remove";
};
/**
 * Since 2.7 a block device's data travels as wire data messages: `block_add`
 * carries a size only and `block_set` a compression flag. The `old_*` layouts
 * carry the data in the command (what 2.4.1 writes as its add and set).
 */
export type BlockCommand = {
    kind: "block_info";
} | {
    kind: "block_add";
    size: bigint;
} | {
    kind: "block_remove";
} | {
    kind: "block_set";
    compressed: boolean;
} | {
    kind: "block_dump";
    level: bigint;
} | {
    kind: "old_block_add";
    size: bigint;
    compressed: boolean;
    data: Uint8Array | null;
} | {
    kind: "old_block_set";
    compressed: boolean;
    data: Uint8Array;
} | {
    kind: "old_block_dump";
    level: bigint;
};
export type Command = ConsoleCommand | StatsCommand | UnikernelCommand | PolicyCommand | BlockCommand;
export type CommandKind = Command["kind"];
export type Family = "console" | "stats" | "unikernel" | "policy" | "block";
export declare function familyOf(c: Command): Family;
/** The certificate extension's content: a wire version and one command. */
export type WireVersion = 3 | 4 | 5;
export declare const CURRENT_VERSION: WireVersion;
export interface CertExtension {
    version: WireVersion;
    command: Command;
}
