import type { Command, Tap } from "../model/command.js";
import type { Release } from "../model/release.js";
import type { Time } from "../model/time.js";
import { type BlockDevice, type Bridge, type Typ, type UnikernelArguments } from "../model/unikernel.js";
import { type Warn } from "./errors.js";
/** albatross-client compresses at level 9 for certificates (0 only when talking to the local socket). */
export declare const DEFAULT_COMPRESSION_LEVEL = 9;
export declare const DEFAULT_CPUID = 0n;
export declare const DEFAULT_UNIKERNEL_MEMORY = 32n;
export declare const DEFAULT_POLICY_MEMORY = 512n;
export declare const DEFAULT_CONSOLE_COUNT = 20n;
export declare function checkCompressionLevel(level: number): void;
/**
 * zlib (RFC 1950), as Albatross's Vmm_compress. Level 0 means "do not
 * compress": the data goes out as it is, flagged uncompressed.
 */
export declare function compress(data: Uint8Array, level: number): {
    compressed: boolean;
    data: Uint8Array;
};
/** What `create` and `restart --replace-arguments` take; absent fields get albatross-client's defaults. */
export interface UnikernelOptions {
    /** a set (default: CPU 0); Albatross 2.4 takes exactly one */
    cpuids?: readonly bigint[];
    /** start-up priority (2.7) */
    startup?: bigint | null;
    /** pass the unikernel's name as a boot argument (2.7; default true) */
    addName?: boolean;
    /** number of virtual CPUs (2.7, bhyve; default 1) */
    numcpus?: bigint;
    /** the partition a Linux VM boots from (2.7, bhyve) */
    linuxBootPartition?: string | null;
    memory?: bigint;
    /** boot arguments; none at all is sent as "no argv" */
    argv?: readonly string[];
    blockDevices?: readonly BlockDevice[];
    bridges?: readonly Bridge[];
    restartOnFail?: boolean;
    /** exit codes to restart on; none means every code except 1 */
    exitCodes?: readonly bigint[];
}
/** What the two clients do differently with the same arguments. */
interface ClientRules {
    /** what --cpu of create and restart takes: one id, or a set (repeated) */
    cpuids: "one" | "set";
    /** options (of create and restart) and commands only this release's client has */
    onlyOptions: readonly string[];
    onlyCommands: readonly string[];
    /** CPU ids of a policy when no --cpu is given */
    policyCpuids: readonly bigint[];
    /** the commands of `create-block`, with the data (uncompressed) if any */
    createBlock(size: bigint, data: Uint8Array | null, level: number): Command[];
    /** the command of `set-block` */
    setBlock(data: Uint8Array, level: number): Command;
}
export declare const CLIENT_RULES: Record<Release, ClientRules>;
export declare function unikernelArguments(o?: UnikernelOptions, warn?: Warn, emptyCpuids?: string): UnikernelArguments;
export interface CreateOptions extends UnikernelOptions {
    /** solo5 (default) or, since 2.7, bhyve: a VM whose image is not sent */
    typ?: Typ;
    /** the unikernel image, uncompressed */
    image: Uint8Array;
    /** replace a running unikernel of the same name */
    force?: boolean;
    compressionLevel?: number;
    /** for images that are not Solo5 ELF files; Albatross itself would refuse them */
    skipManifestCheck?: boolean;
}
export declare function createCommand(o: CreateOptions, warn?: Warn): Command;
/** Restart with the arguments it was created with (null), or with new ones. */
export declare function restartCommand(args: UnikernelArguments | null): Command;
/** Console lines since a time, else the last `count` lines (default 20); a time wins over a count. */
export declare function consoleCommand(o?: {
    since?: Time | undefined;
    count?: bigint | undefined;
}): Command;
/**
 * Download the image, compressed by Albatross at this level. albatross-client
 * sends any integer (Albatross passes it to zlib); the caller may warn.
 */
export declare function getCommand(compressionLevel?: number | bigint): Command;
export interface PolicyOptions {
    unikernels: bigint;
    memory?: bigint;
    cpuids: readonly bigint[];
    /** MB of block storage; absent: none allowed */
    block?: bigint | null;
    bridges?: readonly string[];
}
/** A policy for a sub-CA; an unusable policy is refused with Albatross's message. */
export declare function addPolicyCommand(o: PolicyOptions, release: Release, warn?: Warn): Command;
export declare function statsAddCommand(o: {
    pid: bigint;
    vmmdev?: string | undefined;
    taps?: readonly Tap[];
}): Command;
/**
 * A new block device of `size` MB, empty or holding `data` (uncompressed, at
 * most `size` MB): one command for 2.4 (the data inside), two for 2.7 (add,
 * then set, the data following the set as wire data messages).
 */
export declare function createBlockCommands(o: {
    size: bigint;
    data?: Uint8Array | null;
    compressionLevel?: number;
}, release: Release): Command[];
/** Overwrite a block device with `data` (uncompressed). */
export declare function setBlockCommand(blockData: Uint8Array, release: Release, compressionLevel?: number): Command;
/** Download a block device's data, compressed by Albatross at this level. */
export declare function dumpBlockCommand(compressionLevel?: number | bigint): Command;
export {};
