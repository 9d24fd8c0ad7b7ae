import type { Command } from "../model/command.js";
import type { Dump } from "../model/dump.js";
import type { Policy } from "../model/policy.js";
import type { Release } from "../model/release.js";
import type { Stats } from "../model/stats.js";
import type { UnikernelArguments, UnikernelConfig, UnikernelInfo } from "../model/unikernel.js";
import type { Data, Success, Wire } from "../model/wire.js";
export interface RenderOptions {
    /** Albatross's `~verbose:true`: configs end with their argv */
    verbose?: boolean;
}
/** What each release's printers say differently. */
interface ReleaseText {
    typ: Record<UnikernelConfig["typ"], string>;
    /** the parts of Unikernel.pp_arguments after the fail behaviour */
    arguments(a: UnikernelArguments): string[];
    /** the parts of Unikernel.pp_config after the image */
    config(c: UnikernelConfig): string[];
    info(i: UnikernelInfo): string[];
    /** the break before the last part of a config, arguments or info */
    lastBreak: string;
    policy(p: Policy): string;
    consoleAdd(max: bigint | null): string;
    /** block commands and replies whose words changed */
    oldBlock: {
        add: string;
        set: string;
        dump: string;
        image: string;
    };
    consoleLine(line: string): string;
}
export declare const RELEASE_TEXT: Record<Release, ReleaseText>;
/** Policy.pp */
export declare function ppPolicy(p: Policy, release: Release): string;
/** Unikernel.pp_config (and pp_config_with_argv when verbose) */
export declare function ppConfig(c: UnikernelConfig, release: Release, o?: RenderOptions): string;
/** Unikernel.pp_arguments (and pp_arguments_with_argv when verbose) */
export declare function ppArguments(a: UnikernelArguments, release: Release, o?: RenderOptions): string;
/** Unikernel.pp_info (and pp_info_with_argv when verbose) */
export declare function ppInfo(i: UnikernelInfo, release: Release, o?: RenderOptions): string;
/** Vmm_commands.pp */
export declare function ppCommand(c: Command, release: Release, o?: RenderOptions): string;
/** Vmm_commands.pp_success */
export declare function ppSuccess(s: Success, release: Release, o?: RenderOptions): string;
/** Stats.pp */
export declare function ppStats(s: Stats): string;
/** Vmm_commands.pp_data */
export declare function ppData(d: Data, release: Release): string;
/** Vmm_commands.pp_wire */
export declare function ppWire(w: Wire, release: Release, o?: RenderOptions): string;
/** The listing of `albatross-client inspect-dump`. */
export declare function ppDump(d: Dump, release: Release, o?: RenderOptions): string;
export {};
