// The text Albatross prints (Vmm_core / Vmm_commands pretty printers, with
// Fmt break hints printed as one space and forced newlines as "\n").

import type { Command, SinceCount } from "../model/command.js";
import type { Dump } from "../model/dump.js";
import { ppName } from "../model/name.js";
import { ppPolicy } from "../model/policy.js";
import type { Ifdata, KinfoMem, Rusage, Stats, Timeval } from "../model/stats.js";
import { ppRfc3339 } from "../model/time.js";
import type {
  BlockDevice,
  Bridge,
  FailBehaviour,
  UnikernelArguments,
  UnikernelConfig,
  UnikernelInfo,
} from "../model/unikernel.js";
import type { Data, Success, Wire } from "../model/wire.js";

export interface RenderOptions {
  /** Albatross's `~verbose:true`: configs end with their argv */
  verbose?: boolean;
}

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");

function ppFailBehaviour(f: FailBehaviour): string {
  if (f.kind === "quit") return "quit";
  return `restart ${f.exitCodes ? f.exitCodes.join(", ") : "all except 1"}`;
}

function ppBlock(b: BlockDevice): string {
  return `${b.name} -> ${b.device ?? b.name}${b.sectorSize === null ? "" : `, sector-size: ${b.sectorSize}`}`;
}

function ppBridge(b: Bridge): string {
  return `${b.name} -> ${b.bridge ?? b.name}${b.mac === null ? "" : `@${b.mac}`}`;
}

function ppArgv(argv: string[] | null): string {
  return ` argv ${argv === null ? "no" : argv.join(" ")}`;
}

function ppDevices(c: { blockDevices: BlockDevice[]; bridges: Bridge[] }): string {
  return `block devices ${c.blockDevices.map(ppBlock).join(", ")} bridge ${c.bridges.map(ppBridge).join(", ")}`;
}

/** Unikernel.pp_config (and pp_config_with_argv when verbose) */
export function ppConfig(c: UnikernelConfig, o: RenderOptions = {}): string {
  const s =
    `typ ${c.typ} compression ${c.compressed} image ${c.image.length} bytes ` +
    `fail behaviour ${ppFailBehaviour(c.failBehaviour)} cpu ${c.cpuid} ${c.memory} MB memory ${ppDevices(c)}`;
  return o.verbose ? s + ppArgv(c.argv) : s;
}

/** Unikernel.pp_arguments (and pp_arguments_with_argv when verbose) */
export function ppArguments(a: UnikernelArguments, o: RenderOptions = {}): string {
  const s = `fail behaviour ${ppFailBehaviour(a.failBehaviour)} cpu ${a.cpuid} ${a.memory} MB memory ${ppDevices(a)}`;
  return o.verbose ? s + ppArgv(a.argv) : s;
}

/** Unikernel.pp_info (and pp_info_with_argv when verbose) */
export function ppInfo(i: UnikernelInfo, o: RenderOptions = {}): string {
  const blocks = i.blockDevices
    .map((b) => `${b.unikernelDevice} -> ${b.hostDevice} (sector-size: ${b.sectorSize} bytes, size ${b.size} MB)`)
    .join(", ");
  const bridges = i.bridges.map((b) => `${b.unikernelDevice} -> ${b.hostDevice} (mac ${b.mac})`).join(", ");
  const s =
    `typ ${i.typ} started ${ppRfc3339(i.started)} fail behaviour ${ppFailBehaviour(i.failBehaviour)} ` +
    `cpu ${i.cpuid} ${i.memory} MB memory block devices ${blocks} bridge ${bridges} digest ${hex(i.digest)}`;
  return o.verbose ? s + ppArgv(i.argv) : s;
}

function ppSinceCount(s: SinceCount): string {
  return s.kind === "since" ? `since ${ppRfc3339(s.since)}` : `number ${s.count}`;
}

/** Vmm_commands.pp */
export function ppCommand(c: Command, o: RenderOptions = {}): string {
  switch (c.kind) {
    case "console_add":
      return "console add";
    case "console_subscribe":
    case "old_console_subscribe":
      return `console subscribe ${ppSinceCount(c.subscribe)}`;
    case "stats_add":
      return `stats add: vmm device ${c.vmmdev} pid ${c.pid} taps ${c.taps.map((t) => `${t.bridge}: ${t.tap}`).join(", ")}`;
    case "stats_remove":
      return "stat remove";
    case "stats_subscribe":
      return "stat subscribe";
    case "stats_initial":
      return "stat initial";
    case "unikernel_info":
      return "unikernel info";
    case "unikernel_create":
      return `unikernel create ${ppConfig(c.config, o)}`;
    case "unikernel_force_create":
      return `unikernel force create ${ppConfig(c.config, o)}`;
    case "unikernel_restart":
      return `unikernel restart${c.arguments ? " " + ppArguments(c.arguments, o) : ""}`;
    case "unikernel_destroy":
      return "unikernel destroy";
    case "unikernel_get":
      return `unikernel get compress level ${c.level}`;
    case "old_unikernel_info1":
      return "old unikernel info1";
    case "old_unikernel_info2":
      return "old unikernel info2";
    case "old_unikernel_info3":
      return "old unikernel info3";
    case "old_unikernel_get":
      return "old unikernel get";
    case "policy_info":
      return "policy info";
    case "policy_add":
      return `policy add ${ppPolicy(c.policy)}`;
    case "policy_remove":
      return "policy remove";
    case "block_info":
      return "block info";
    case "block_add":
      return `block add ${c.size} (compressed ${c.compressed} data ${c.data === null ? "no data" : c.data.length})`;
    case "block_remove":
      return "block remove";
    case "block_set":
      return `block set compressed ${c.compressed} ${c.data.length} bytes`;
    case "block_dump":
      return `block dump, compress level ${c.level}`;
  }
}

function list<T>(empty: string, xs: readonly T[], pp: (x: T) => string): string {
  return xs.length === 0 ? empty : xs.map(pp).join("\n");
}

/** Vmm_commands.pp_success */
export function ppSuccess(s: Success, o: RenderOptions = {}): string {
  switch (s.kind) {
    case "empty":
      return "success";
    case "string":
      return `success: ${s.value}`;
    case "policies":
      return list("no policies", s.policies, (p) => `${ppName(p.name)}: ${ppPolicy(p.value)}`);
    case "old_unikernels":
      return list("no unikernels", s.unikernels, (u) => `${ppName(u.name)}: ${ppConfig(u.value, o)}`);
    case "block_devices":
      return list("no block devices", s.devices, (b) => `block ${ppName(b.name)} size ${b.size} MB active ${b.active}`);
    case "old_unikernel_info2":
    case "old_unikernel_info3":
    case "unikernel_info":
      return list("no unikernels", s.unikernels, (u) => `${ppName(u.name)}: ${ppInfo(u.value, o)}`);
    case "unikernel_image":
      return `image (compression ${s.compressed}) ${s.image.length} bytes`;
    case "block_device_image":
      return `block device compressed ${s.compressed}, ${s.data.length} bytes`;
  }
}

// Stats printers use OCaml's %Lu / %lu / %lX: unsigned views of the values.
const u32 = (n: number) => String(n >>> 0);
const s64 = (n: bigint) => String(BigInt.asIntN(64, n));
const tv = (t: Timeval) => `${t.seconds}.${String(t.microseconds).padStart(6, "0")}`;

function ppRusage(r: Rusage): string {
  return (
    `utime ${tv(r.utime)} stime ${tv(r.stime)} maxrss ${r.maxrss} ixrss ${r.ixrss} idrss ${r.idrss} ` +
    `isrss ${r.isrss} minflt ${r.minflt} majflt ${r.majflt} nswap ${r.nswap} inblock ${r.inblock} ` +
    `outblock ${r.outblock} msgsnd ${r.msgsnd} msgrcv ${r.msgrcv} signals ${r.nsignals} nvcsw ${r.nvcsw} nivcsw ${r.nivcsw}`
  );
}

function ppKinfoMem(k: KinfoMem): string {
  return (
    `virtual-size ${k.vsize} rss ${k.rss} text-size ${k.tsize} data-size ${k.dsize} stack-size ${k.ssize} ` +
    `runtime ${k.runtime} cow ${k.cow} start ${tv(k.start)}`
  );
}

function ppIfdata(i: Ifdata): string {
  return (
    `bridge ${i.bridge} flags ${(i.flags >>> 0).toString(16).toUpperCase()} send_length ${u32(i.sendLength)} ` +
    `max_send_length ${u32(i.maxSendLength)} send_drops ${u32(i.sendDrops)} mtu ${u32(i.mtu)} baudrate ${i.baudrate} ` +
    `input_packets ${i.inputPackets} input_errors ${i.inputErrors} output_packets ${i.outputPackets} ` +
    `output_errors ${i.outputErrors} collisions ${i.collisions} input_bytes ${i.inputBytes} ` +
    `output_bytes ${i.outputBytes} input_mcast ${i.inputMcast} output_mcast ${i.outputMcast} ` +
    `input_dropped ${i.inputDropped} output_dropped ${i.outputDropped}`
  );
}

/** Stats.pp */
export function ppStats(s: Stats): string {
  return [
    ppRusage(s.rusage),
    s.kinfoMem ? ppKinfoMem(s.kinfoMem) : "no kinfo_mem stats",
    s.vmm ? s.vmm.map((v) => `${v.key}: ${s64(v.value)}`).join("\n") : "no vmm stats",
    s.ifdata.map(ppIfdata).join("\n\n"),
  ].join("\n");
}

/** Vmm_commands.pp_data */
export function ppData(d: Data): string {
  if (d.kind === "stats") return `stats: ${ppStats(d.stats)}`;
  return `console ${ppRfc3339(d.timestamp)}: ${d.line}`;
}

/** Vmm_commands.pp_wire */
export function ppWire(w: Wire, o: RenderOptions = {}): string {
  const host = `host ${ppName(w.header.name)}`;
  const p = w.payload;
  switch (p.kind) {
    case "command":
      return `${host}: ${ppCommand(p.command, o)}`;
    case "failure":
      return `${host}: command failed ${p.message}`;
    case "success":
      return `${host}: ${ppSuccess(p.success, o)}`;
    case "data":
      return ppData(p.data);
  }
}

/** The listing of `albatross-client inspect-dump`. */
export function ppDump(d: Dump, o: RenderOptions = {}): string {
  return [
    `parsed ${d.unikernels.length} unikernels:`,
    ...d.unikernels.map((u) => `${ppName(u.name)}: ${ppConfig(u.value, o)}`),
    `parsed ${d.policies.length} policies:`,
    ...d.policies.map((p) => `${ppName(p.name)}: ${ppPolicy(p.value)}`),
  ].join("\n");
}
