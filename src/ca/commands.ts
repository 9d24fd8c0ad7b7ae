// Commands built the way albatross-client (2.4.1 or 2.7.2) builds them from
// its arguments: the same defaults, set checks, warnings and compression, so
// a request made here carries the very bytes the client would have sent.
// Where the two clients differ there is one table (CLIENT_RULES).

import zlib from "node:zlib";
import type { Command, Tap } from "../model/command.js";
import { deflatedFrom } from "../model/payload.js";
import { checkUsable, makePolicy } from "../model/policy.js";
import type { Release } from "../model/release.js";
import { sortedUnique } from "../model/sets.js";
import type { Time } from "../model/time.js";
import { type BlockDevice, type Bridge, OLD_LAYOUT_DEFAULTS, type Typ, type UnikernelArguments } from "../model/unikernel.js";
import { checkImageDevices } from "../solo5/index.js";
import { CaError, ignoreWarnings, type Warn } from "./errors.js";

/** albatross-client compresses at level 9 for certificates (0 only when talking to the local socket). */
export const DEFAULT_COMPRESSION_LEVEL = 9;
export const DEFAULT_CPUID = 0n;
export const DEFAULT_UNIKERNEL_MEMORY = 32n;
export const DEFAULT_POLICY_MEMORY = 512n;
export const DEFAULT_CONSOLE_COUNT = 20n;

export function checkCompressionLevel(level: number): void {
  if (!Number.isInteger(level) || level < 0 || level > 9) {
    throw new CaError(`compression level must be an integer from 0 to 9, not ${level}`);
  }
}

/**
 * zlib (RFC 1950), as Albatross's Vmm_compress. Level 0 means "do not
 * compress": the data goes out as it is, flagged uncompressed.
 */
export function compress(data: Uint8Array, level: number): Compressed {
  checkCompressionLevel(level);
  if (level === 0) return { compressed: false, data };
  return deflated(zlib.deflateSync(data, { level, chunkSize: outputRoom(data) }), data);
}

/**
 * Room for all of zlib's output in one buffer (more than deflateBound): it
 * is returned as it is, not copied out of pieces, and the room it does not
 * use is never touched, so never resident. The bytes are zlib's either way.
 */
const outputRoom = (data: Uint8Array) => Math.max(zlib.constants.Z_DEFAULT_CHUNK, data.length + (data.length >> 10) + 1024);

export interface Compressed {
  compressed: boolean;
  data: Uint8Array;
}

/** Told how many bytes of how many are done. */
export type ProgressCallback = (done: number, total: number) => void;

// a view, not a copy: the compressed image is as large as the request it goes into
function deflated(bytes: Buffer, from: Uint8Array): Compressed {
  const data = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  deflatedFrom(data, from);
  return { compressed: true, data };
}

/** Bytes of image handed to zlib at a time by `compressInPieces`. */
const PIECE = 1 << 20;

/**
 * `compress`, telling `progress` as the image goes through zlib piece by
 * piece. The bytes are the same: zlib's output does not depend on how its
 * input is divided when nothing is flushed before the end (test/compress).
 */
export async function compressInPieces(data: Uint8Array, level: number, progress: ProgressCallback): Promise<Compressed> {
  checkCompressionLevel(level);
  if (level === 0) return { compressed: false, data };
  const deflate = zlib.createDeflate({ level, chunkSize: outputRoom(data) });
  const out: Buffer[] = [];
  deflate.on("data", (piece: Buffer) => out.push(piece));
  const ended = new Promise((resolve, reject) => deflate.on("end", resolve).on("error", reject));
  for (let at = 0; at < data.length; at += PIECE) {
    const piece = data.subarray(at, Math.min(at + PIECE, data.length));
    await new Promise<void>((resolve, reject) => deflate.write(piece, (e) => (e ? reject(e) : resolve())));
    progress(at + piece.length, data.length);
  }
  deflate.end();
  await ended;
  return deflated(adjacent(out) ?? Buffer.concat(out), data);
}

/** Pieces that lie one after the other in one buffer (zlib's output room, see outputRoom) as one view; null if they do not. */
function adjacent(pieces: readonly Buffer[]): Buffer | null {
  const [first] = pieces;
  if (first === undefined) return null;
  let end = first.byteOffset + first.length;
  for (const piece of pieces.slice(1)) {
    if (piece.buffer !== first.buffer || piece.byteOffset !== end) return null;
    end += piece.length;
  }
  return Buffer.from(first.buffer, first.byteOffset, end - first.byteOffset);
}

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

function requireSet(names: readonly string[], message: string): void {
  const duplicate = names.find((n, i) => names.indexOf(n) !== i);
  if (duplicate !== undefined) throw new CaError(`${message} (${JSON.stringify(duplicate)} given twice)`);
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
  /**
   * where a block device's data goes: compressed into the command, or
   * streamed after it as wire data messages (the command carries the
   * compression flag only, and the data is not compressed here)
   */
  blockData: "in the command" | "after the command";
  /** the commands of `create-block`, with the data (as blockData says) if any */
  createBlock(size: bigint, data: Compressed | null): Command[];
  /** the command of `set-block` */
  setBlock(data: Compressed): Command;
}

export const CLIENT_RULES: Record<Release, ClientRules> = {
  "2.4": {
    cpuids: "one",
    onlyOptions: [],
    onlyCommands: [],
    policyCpuids: [],
    blockData: "in the command",
    createBlock: (size, data) => [{ kind: "old_block_add", size, compressed: data?.compressed ?? false, data: data?.data ?? null }],
    setBlock: ({ compressed, data }) => ({ kind: "old_block_set", compressed, data }),
  },
  "2.7": {
    cpuids: "set",
    onlyOptions: ["startup", "add-name", "cpus", "linux-boot", "typ"],
    onlyCommands: ["replace-policy", "inactive-consoles"],
    policyCpuids: [DEFAULT_CPUID],
    blockData: "after the command",
    createBlock: (size, data) => {
      const add: Command = { kind: "block_add", size };
      return data === null ? [add] : [add, { kind: "block_set", compressed: data.compressed }];
    },
    setBlock: ({ compressed }) => ({ kind: "block_set", compressed }),
  },
};

export function unikernelArguments(o: UnikernelOptions = {}, warn: Warn = ignoreWarnings, emptyCpuids = "CPUids cannot be empty"): UnikernelArguments {
  if (o.cpuids && o.cpuids.length === 0) throw new CaError(emptyCpuids);
  const blockDevices = [...(o.blockDevices ?? [])];
  const bridges = [...(o.bridges ?? [])];
  // A device name is how the unikernel's manifest refers to the device: it must be unique.
  requireSet(
    bridges.map((b) => b.name),
    "Bridge names must be a set",
  );
  requireSet(
    blockDevices.map((b) => b.name),
    "Block devices must be a set",
  );
  const exitCodes = o.exitCodes ?? [];
  if (exitCodes.length > 0 && !o.restartOnFail) warn("--exit-code has no effect without --restart-on-fail");
  return {
    failBehaviour: o.restartOnFail
      ? { kind: "restart", exitCodes: exitCodes.length > 0 ? sortedUnique(exitCodes) : null }
      : { kind: "quit" },
    startup: o.startup ?? OLD_LAYOUT_DEFAULTS.startup,
    addName: o.addName ?? OLD_LAYOUT_DEFAULTS.addName,
    cpuids: sortedUnique(o.cpuids ?? [DEFAULT_CPUID]),
    memory: o.memory ?? DEFAULT_UNIKERNEL_MEMORY,
    blockDevices,
    bridges,
    argv: o.argv && o.argv.length > 0 ? [...o.argv] : null,
    numcpus: o.numcpus ?? OLD_LAYOUT_DEFAULTS.numcpus,
    linuxBootPartition: o.linuxBootPartition ?? OLD_LAYOUT_DEFAULTS.linuxBootPartition,
  };
}

export interface CreateOptions extends UnikernelOptions {
  /** solo5 (default) or, since 2.7, bhyve: a VM whose image is not sent */
  typ?: Typ;
  /** the unikernel image, uncompressed; not to be changed afterwards (the command's facts read it: deflatedFrom) */
  image: Uint8Array;
  /** replace a running unikernel of the same name */
  force?: boolean;
  compressionLevel?: number;
  /** for images that are not Solo5 ELF files; Albatross itself would refuse them */
  skipManifestCheck?: boolean;
}

export function createCommand(o: CreateOptions, warn: Warn = ignoreWarnings): Command {
  const checked = checkedCreate(o, warn);
  return "command" in checked ? checked.command : createOf(o, checked.args, compress(o.image, o.compressionLevel ?? DEFAULT_COMPRESSION_LEVEL));
}

/** `createCommand`, its image compressed in pieces: `progress` is told the bytes compressed as it goes. */
export async function createCommandWithProgress(o: CreateOptions, progress: ProgressCallback, warn: Warn = ignoreWarnings): Promise<Command> {
  const checked = checkedCreate(o, warn);
  if ("command" in checked) return checked.command;
  return createOf(o, checked.args, await compressInPieces(o.image, o.compressionLevel ?? DEFAULT_COMPRESSION_LEVEL, progress));
}

const createOf = (o: CreateOptions, args: UnikernelArguments, { compressed, data }: Compressed): Command => {
  const config = { typ: "solo5" as const, compressed, image: data, ...args };
  return o.force ? { kind: "unikernel_force_create", config } : { kind: "unikernel_create", config };
};

/** A create's checks and warnings, before its image is compressed: its arguments, or the whole command of a bhyve VM. */
function checkedCreate(o: CreateOptions, warn: Warn): { args: UnikernelArguments } | { command: Command } {
  const args = unikernelArguments(o, warn, "CPUids may not be empty");
  if (o.typ === "bhyve") {
    // albatross-client 2.7 sends no image for a bhyve VM: the VM's disks are its block devices
    const config = { typ: "bhyve" as const, compressed: false, image: new Uint8Array(0), ...args };
    return { command: o.force ? { kind: "unikernel_force_create", config } : { kind: "unikernel_create", config } };
  }
  if (o.skipManifestCheck) {
    warn(
      "the Solo5 device manifest of the image was NOT checked (--skip-manifest-check): Albatross refuses to run " +
        "anything but an hvt or spt image whose manifest declares exactly the given --block and --net devices",
    );
  } else {
    checkImageDevices(
      o.image,
      args.blockDevices.map((b) => b.name),
      args.bridges.map((b) => b.name),
    );
  }
  return { args };
}

/** Restart with the arguments it was created with (null), or with new ones. */
export function restartCommand(args: UnikernelArguments | null): Command {
  return { kind: "unikernel_restart", arguments: args };
}

/** Console lines since a time, else the last `count` lines (default 20); a time wins over a count. */
export function consoleCommand(o: { since?: Time | undefined; count?: bigint | undefined } = {}): Command {
  return {
    kind: "console_subscribe",
    subscribe: o.since ? { kind: "since", since: o.since } : { kind: "count", count: o.count ?? DEFAULT_CONSOLE_COUNT },
  };
}

/**
 * Download the image, compressed by Albatross at this level. albatross-client
 * sends any integer (Albatross passes it to zlib); the caller may warn.
 */
export function getCommand(compressionLevel: number | bigint = DEFAULT_COMPRESSION_LEVEL): Command {
  return { kind: "unikernel_get", level: BigInt(compressionLevel) };
}

export interface PolicyOptions {
  unikernels: bigint;
  memory?: bigint;
  cpuids: readonly bigint[];
  /** MB of block storage; absent: none allowed */
  block?: bigint | null;
  bridges?: readonly string[];
}

/** A policy for a sub-CA; an unusable policy is refused with Albatross's message. */
export function addPolicyCommand(o: PolicyOptions, release: Release, warn: Warn = ignoreWarnings): Command {
  const bridges = o.bridges ?? [];
  const cpuids = o.cpuids.length > 0 ? o.cpuids : CLIENT_RULES[release].policyCpuids;
  const policy = makePolicy({
    unikernels: o.unikernels,
    cpuids: [...cpuids],
    memory: o.memory ?? DEFAULT_POLICY_MEMORY,
    block: o.block ?? null,
    bridges: [...bridges],
  });
  if (policy.bridges.length !== bridges.length) warn("Bridges is not a set");
  if (policy.cpuids.length !== cpuids.length) warn("CPUids is not a set");
  checkUsable(policy);
  if (policy.bridges.length === 0) warn("policy without any network access");
  return { kind: "policy_add", policy };
}

export function statsAddCommand(o: { pid: bigint; vmmdev?: string | undefined; taps?: readonly Tap[] }): Command {
  return { kind: "stats_add", vmmdev: o.vmmdev ?? "", pid: o.pid, taps: [...(o.taps ?? [])] };
}

/** Vmm_unix.bytes_of_mb: MB to bytes in OCaml's 63-bit int, refusing what wraps around. */
function bytesOfMb(size: bigint): bigint {
  if (size <= 0n) throw new CaError(`a block device of ${size} MB cannot hold data`);
  const bytes = BigInt.asIntN(63, size << 20n);
  if (bytes <= size) throw new CaError("overflow while computing bytes");
  return bytes;
}

/**
 * A new block device of `size` MB, empty or holding `data` (uncompressed, at
 * most `size` MB): one command for 2.4 (the data inside), two for 2.7 (add,
 * then set, the data following the set as wire data messages).
 */
export function createBlockCommands(o: BlockOptions, release: Release): Command[] {
  const data = checkedBlock(o);
  return CLIENT_RULES[release].createBlock(o.size, data === null ? null : blockData(data, release, o.compressionLevel, compress));
}

/** `createBlockCommands`, the data compressed in pieces (2.4): `progress` is told the bytes compressed as it goes. */
export async function createBlockCommandsWithProgress(o: BlockOptions, release: Release, progress: ProgressCallback): Promise<Command[]> {
  const data = checkedBlock(o);
  const inPieces = (bytes: Uint8Array, level: number) => compressInPieces(bytes, level, progress);
  return CLIENT_RULES[release].createBlock(o.size, data === null ? null : await blockData(data, release, o.compressionLevel, inPieces));
}

export interface BlockOptions {
  /** MB */
  size: bigint;
  /** uncompressed; not to be changed afterwards (the command's facts read it: deflatedFrom) */
  data?: Uint8Array | null;
  compressionLevel?: number;
}

/** The data of a new block device, if it fits. */
function checkedBlock(o: BlockOptions): Uint8Array | null {
  checkCompressionLevel(o.compressionLevel ?? DEFAULT_COMPRESSION_LEVEL);
  if (o.data && bytesOfMb(o.size) < BigInt(o.data.length)) {
    throw new CaError(`data exceeds size (${o.data.length} bytes do not fit in ${o.size} MB)`);
  }
  return o.data ?? null;
}

/** Overwrite a block device with `data` (uncompressed; not to be changed afterwards, as CreateOptions' image). */
export function setBlockCommand(data: Uint8Array, release: Release, compressionLevel = DEFAULT_COMPRESSION_LEVEL): Command {
  return CLIENT_RULES[release].setBlock(blockData(data, release, compressionLevel, compress));
}

/** `setBlockCommand`, the data compressed in pieces (2.4): `progress` is told the bytes compressed as it goes. */
export async function setBlockCommandWithProgress(
  data: Uint8Array,
  release: Release,
  progress: ProgressCallback,
  compressionLevel = DEFAULT_COMPRESSION_LEVEL,
): Promise<Command> {
  return CLIENT_RULES[release].setBlock(await blockData(data, release, compressionLevel, (bytes, level) => compressInPieces(bytes, level, progress)));
}

/**
 * Block data as the release's command carries it: compressed by `compressIt`
 * (at once, or in pieces) when it goes into the command, else only flagged.
 */
function blockData<T extends Compressed | Promise<Compressed>>(
  data: Uint8Array,
  release: Release,
  level = DEFAULT_COMPRESSION_LEVEL,
  compressIt: (data: Uint8Array, level: number) => T,
): T | Compressed {
  checkCompressionLevel(level);
  return CLIENT_RULES[release].blockData === "in the command" ? compressIt(data, level) : { compressed: level > 0, data };
}

/** Download a block device's data, compressed by Albatross at this level. */
export function dumpBlockCommand(compressionLevel: number | bigint = DEFAULT_COMPRESSION_LEVEL): Command {
  return { kind: "block_dump", level: BigInt(compressionLevel) };
}
