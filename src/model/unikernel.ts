// Unikernel configurations and runtime information (Vmm_core.Unikernel).

import type { Time } from "./time.js";

export type FailBehaviour =
  | { kind: "quit" }
  /** exitCodes null: restart on every exit code except 1 */
  | { kind: "restart"; exitCodes: bigint[] | null };

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

export interface UnikernelConfig {
  typ: "solo5";
  compressed: boolean;
  image: Uint8Array;
  failBehaviour: FailBehaviour;
  cpuid: bigint;
  memory: bigint;
  blockDevices: BlockDevice[];
  bridges: Bridge[];
  argv: string[] | null;
}

/** What `restart` may replace (a config without typ and image). */
export type UnikernelArguments = Omit<UnikernelConfig, "typ" | "compressed" | "image">;

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
  typ: "solo5";
  failBehaviour: FailBehaviour;
  cpuid: bigint;
  memory: bigint;
  blockDevices: BlockInfo[];
  bridges: NetInfo[];
  argv: string[] | null;
  digest: Uint8Array;
  started: Time;
}

/** The bridges a config uses: the bridge name, else the interface name. */
export function configBridges(c: { bridges: Bridge[] }): string[] {
  return c.bridges.map((b) => b.bridge ?? b.name);
}
