import type { Time } from "./time.js";
export type FailBehaviour = {
    kind: "quit";
}
/** exitCodes null: restart on every exit code except 1 */
 | {
    kind: "restart";
    exitCodes: bigint[] | null;
};
export interface BlockDevice {
    /** the device name in the unikernel's manifest */
    name: string;
    /** the host block device; absent = same as name */
    device: string | null;
    sectorSize: bigint | null;
}
export interface Bridge {
    /** the network interface name in the unikernel's manifest */
    name: string;
    /** the host bridge; absent = same as name */
    bridge: string | null;
    /** "aa:bb:cc:dd:ee:ff" */
    mac: string | null;
}
/** bhyve virtual machines exist since Albatross 2.5; 2.4.1 refuses the tag ("typ not yet supported"). */
export type Typ = "solo5" | "bhyve";
/**
 * What `restart` may replace: a config without typ and image. The model is
 * Albatross 2.7.2's; layouts of older releases carry one CPU id and none of
 * startup, add_name, #cpus and the boot partition, which decode to the
 * defaults Albatross fills in (no startup, add_name true, 1 cpu, no partition).
 */
export interface UnikernelArguments {
    failBehaviour: FailBehaviour;
    /** start-up priority; null = not specified */
    startup: bigint | null;
    /** whether Albatross passes the unikernel's name as a boot argument */
    addName: boolean;
    /** a set: sorted, no duplicates (exactly one in layouts before 2.7) */
    cpuids: bigint[];
    memory: bigint;
    blockDevices: BlockDevice[];
    bridges: Bridge[];
    argv: string[] | null;
    /** the number of virtual CPUs (bhyve) */
    numcpus: bigint;
    /** the partition a Linux VM boots from (bhyve) */
    linuxBootPartition: string | null;
}
export interface UnikernelConfig extends UnikernelArguments {
    typ: Typ;
    compressed: boolean;
    image: Uint8Array;
}
/** The fields older layouts do not carry, as Albatross 2.7.2 fills them in. */
export declare const OLD_LAYOUT_DEFAULTS: {
    readonly startup: null;
    readonly addName: true;
    readonly numcpus: 1n;
    readonly linuxBootPartition: null;
};
export interface BlockInfo {
    unikernelDevice: string;
    hostDevice: string;
    sectorSize: bigint;
    size: bigint;
}
export interface NetInfo {
    unikernelDevice: string;
    hostDevice: string;
    mac: string;
}
export interface UnikernelInfo {
    typ: Typ;
    failBehaviour: FailBehaviour;
    startup: bigint | null;
    /** a set */
    cpuids: bigint[];
    memory: bigint;
    blockDevices: BlockInfo[];
    bridges: NetInfo[];
    argv: string[] | null;
    /** the image digest (solo5), the VM's name in bhyve (printed as text) */
    digest: Uint8Array;
    started: Time;
    numcpus: bigint;
    linuxBootPartition: string | null;
}
/** The bridges a config uses: the bridge name, else the interface name. */
export declare function configBridges(c: {
    bridges: Bridge[];
}): string[];
