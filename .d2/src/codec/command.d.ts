import { type Asn } from "../asn1/schema.js";
import type { BlockCommand, CertExtension, Command, ConsoleCommand, PolicyCommand, StatsCommand, UnikernelCommand } from "../model/command.js";
import type { Release } from "../model/release.js";
import { type Arm } from "./arms.js";
export declare const CONSOLE_ARMS: readonly Arm<ConsoleCommand>[];
export declare const STATS_ARMS: readonly Arm<StatsCommand>[];
export declare const POLICY_ARMS: readonly Arm<PolicyCommand>[];
export declare const BLOCK_ARMS: readonly Arm<BlockCommand>[];
export declare const wireCommand: Record<Release, Asn<Command>>;
/** The unikernel family's arms of each release (for the release table). */
export declare const UNIKERNEL_ARMS: Record<Release, readonly Arm<UnikernelCommand>[]>;
/** The value of X.509 extension 1.3.6.1.4.1.49836.42. */
export declare const certExtension: Record<Release, Asn<CertExtension>>;
