// Every Albatross 2.4.1 command (Vmm_commands.t), flattened into one
// discriminated union. The `old_*` kinds are commands of older clients that
// Albatross still reads and prints.

import type { Policy } from "./policy.js";
import type { Time } from "./time.js";
import type { UnikernelArguments, UnikernelConfig } from "./unikernel.js";

export type SinceCount = { kind: "since"; since: Time } | { kind: "count"; count: bigint };

export interface Tap {
  bridge: string;
  tap: string;
}

export type ConsoleCommand =
  | { kind: "console_add" }
  | { kind: "console_subscribe"; subscribe: SinceCount }
  /** written by clients before 1.5 (UTCTime timestamps) */
  | { kind: "old_console_subscribe"; subscribe: SinceCount };

export type StatsCommand =
  | { kind: "stats_add"; vmmdev: string; pid: bigint; taps: Tap[] }
  | { kind: "stats_remove" }
  | { kind: "stats_subscribe" }
  | { kind: "stats_initial" };

export type UnikernelCommand =
  | { kind: "unikernel_info" }
  | { kind: "unikernel_create"; config: UnikernelConfig }
  | { kind: "unikernel_force_create"; config: UnikernelConfig }
  | { kind: "unikernel_restart"; arguments: UnikernelArguments | null }
  | { kind: "unikernel_destroy" }
  | { kind: "unikernel_get"; level: bigint }
  | { kind: "old_unikernel_info1" }
  | { kind: "old_unikernel_info2" }
  | { kind: "old_unikernel_info3" }
  | { kind: "old_unikernel_get" };

export type PolicyCommand =
  | { kind: "policy_info" }
  | { kind: "policy_add"; policy: Policy }
  | { kind: "policy_remove" };

export type BlockCommand =
  | { kind: "block_info" }
  | { kind: "block_add"; size: bigint; compressed: boolean; data: Uint8Array | null }
  | { kind: "block_remove" }
  | { kind: "block_set"; compressed: boolean; data: Uint8Array }
  | { kind: "block_dump"; level: bigint };

export type Command = ConsoleCommand | StatsCommand | UnikernelCommand | PolicyCommand | BlockCommand;
export type CommandKind = Command["kind"];

export type Family = "console" | "stats" | "unikernel" | "policy" | "block";

export function familyOf(c: Command): Family {
  switch (c.kind) {
    case "console_add":
    case "console_subscribe":
    case "old_console_subscribe":
      return "console";
    case "stats_add":
    case "stats_remove":
    case "stats_subscribe":
    case "stats_initial":
      return "stats";
    case "policy_info":
    case "policy_add":
    case "policy_remove":
      return "policy";
    case "block_info":
    case "block_add":
    case "block_remove":
    case "block_set":
    case "block_dump":
      return "block";
    default:
      return "unikernel";
  }
}

/** The certificate extension's content: a wire version and one command. */
export type WireVersion = 3 | 4 | 5;
export const CURRENT_VERSION: WireVersion = 5;

export interface CertExtension {
  version: WireVersion;
  command: Command;
}
