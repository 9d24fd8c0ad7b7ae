// The text Albatross prints (Vmm_core / Vmm_commands pretty printers, with
// Fmt break hints printed as one space and forced newlines as "\n"). The
// printers of 2.4.1 and 2.7.2 share most of their words; what differs is one
// table per printer (RELEASE_TEXT) rather than a second copy.

import type { Command, SinceCount } from "../model/command.js";
import type { Dump } from "../model/dump.js";
import { ppName } from "../model/name.js";
import type { Policy } from "../model/policy.js";
import type { Release } from "../model/release.js";
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
/** Fmt's %u: OCaml's 63-bit int read as unsigned */
const u63 = (n: bigint) => String(n < 0n ? (1n << 63n) + n : n);
const list = <T>(xs: readonly T[], pp: (x: T) => string = String) => xs.map(pp).join(", ");

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

const ppArgv = (argv: string[] | null) => `argv ${argv === null ? "no" : argv.join(" ")}`;
const notSpecified = <T>(v: T | null) => (v === null ? "not specified" : String(v));

/**
 * The parts of a config, arguments or info printer; Fmt's break hints join
 * them. 2.7.2's printers end in a forced newline before the last part.
 */
function joinParts(parts: string[], lastBreak: string): string {
  return parts.length < 2 ? parts.join("") : parts.slice(0, -1).join(" ") + lastBreak + parts[parts.length - 1];
}

const devices = (c: { blockDevices: BlockDevice[]; bridges: Bridge[] }) => [
  `block devices ${list(c.blockDevices, ppBlock)}`,
  `bridge ${list(c.bridges, ppBridge)}`,
];

const blockInfo = (b: UnikernelInfo["blockDevices"][number]) =>
  `${b.unikernelDevice} -> ${b.hostDevice} (sector-size: ${b.sectorSize} bytes, size ${b.size} MB)`;
const netInfo = (b: UnikernelInfo["bridges"][number]) => `${b.unikernelDevice} -> ${b.hostDevice} (mac ${b.mac})`;

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
  oldBlock: { add: string; set: string; dump: string; image: string };
  consoleLine(line: string): string;
}

const ppPolicyWith = (cpus: string, memory: (n: bigint) => string) => (p: Policy) => {
  const block = p.block === null ? "no" : `${p.block} MB`;
  const bridges = p.bridges.length ? `, bridges: ${p.bridges.join(", ")}` : "";
  return `policy: ${p.unikernels} unikernels ${p.cpuids.join(",")} ${cpus} ${memory(p.memory)} MB memory ${block} block${bridges}`;
};

/** OCaml's String.escaped: 2.7 escapes console lines before printing them. */
function ocamlEscaped(s: string): string {
  const bytes = Buffer.from(s, "utf8");
  let out = "";
  for (const b of bytes) {
    if (b === 0x5c) out += "\\\\";
    else if (b === 0x22) out += '\\"';
    else if (b === 0x0a) out += "\\n";
    else if (b === 0x09) out += "\\t";
    else if (b === 0x0d) out += "\\r";
    else if (b === 0x08) out += "\\b";
    else if (b >= 0x20 && b <= 0x7e) out += String.fromCharCode(b);
    else out += "\\" + String(b).padStart(3, "0");
  }
  return out;
}

export const RELEASE_TEXT: Record<Release, ReleaseText> = {
  "2.4": {
    typ: { solo5: "solo5", bhyve: "bhyve" },
    arguments: (a) => [`cpu ${a.cpuids.join(", ")}`, `${a.memory} MB memory`, ...devices(a)],
    config: (c) => [`fail behaviour ${ppFailBehaviour(c.failBehaviour)}`, `cpu ${c.cpuids.join(", ")}`, `${c.memory} MB memory`, ...devices(c)],
    info: (i) => [
      `fail behaviour ${ppFailBehaviour(i.failBehaviour)}`,
      `cpu ${i.cpuids.join(", ")}`,
      `${i.memory} MB memory`,
      `block devices ${list(i.blockDevices, blockInfo)}`,
      `bridge ${list(i.bridges, netInfo)}`,
      `digest ${hex(i.digest)}`,
    ],
    lastBreak: " ",
    policy: ppPolicyWith("cpus", String),
    consoleAdd: () => "console add",
    oldBlock: { add: "block add", set: "block set", dump: "block dump", image: "block device" },
    consoleLine: (line) => line,
  },
  "2.7": {
    typ: { solo5: "solo5", bhyve: "BHyve" },
    arguments: (a) => [
      `startup at ${notSpecified(a.startup)}`,
      `add_name ${a.addName}`,
      `CPUids ${list(a.cpuids)}`,
      `${a.memory} MB memory`,
      ...devices(a),
      `#cpus ${u63(a.numcpus)}`,
      `linux_boot_partition ${notSpecified(a.linuxBootPartition)}`,
    ],
    config: (c) => [
      `fail behaviour ${ppFailBehaviour(c.failBehaviour)}`,
      `startup at ${notSpecified(c.startup)}`,
      `add_name ${c.addName}`,
      `CPUids ${list(c.cpuids)}`,
      `${c.memory} MB memory`,
      ...devices(c),
      `#cpus ${u63(c.numcpus)}`,
      `linux_boot ${notSpecified(c.linuxBootPartition)}`,
    ],
    info: (i) => [
      `fail behaviour ${ppFailBehaviour(i.failBehaviour)}`,
      `startup at ${notSpecified(i.startup)}`,
      `CPUids ${list(i.cpuids)}`,
      `${u63(i.memory)} MB memory`,
      `block devices ${list(i.blockDevices, blockInfo)}`,
      `bridge ${list(i.bridges, netInfo)}`,
      i.typ === "bhyve" ? `bhyve-vmname ${Buffer.from(i.digest).toString("latin1")}` : `digest ${hex(i.digest)}`,
      `#cpus ${u63(i.numcpus)}`,
      `linux_boot_partition ${notSpecified(i.linuxBootPartition)}`,
    ],
    lastBreak: "\n",
    policy: ppPolicyWith("CPUids", u63),
    consoleAdd: (max) => `console add (max unikernels ${max === null ? "none" : u63(max)})`,
    oldBlock: { add: "old block add", set: "old block set", dump: "old block dump", image: "old block device" },
    consoleLine: ocamlEscaped,
  },
};

/** Policy.pp */
export function ppPolicy(p: Policy, release: Release): string {
  return RELEASE_TEXT[release].policy(p);
}

function withArgv(parts: string[], argv: string[] | null, release: Release, o: RenderOptions): string {
  return joinParts(o.verbose ? [...parts, ppArgv(argv)] : parts, RELEASE_TEXT[release].lastBreak);
}

/** Unikernel.pp_config (and pp_config_with_argv when verbose) */
export function ppConfig(c: UnikernelConfig, release: Release, o: RenderOptions = {}): string {
  const t = RELEASE_TEXT[release];
  const head = `typ ${t.typ[c.typ]} compression ${c.compressed} image ${c.image.length} bytes`;
  return withArgv([head, ...t.config(c)], c.argv, release, o);
}

/** Unikernel.pp_arguments (and pp_arguments_with_argv when verbose) */
export function ppArguments(a: UnikernelArguments, release: Release, o: RenderOptions = {}): string {
  const t = RELEASE_TEXT[release];
  return withArgv([`fail behaviour ${ppFailBehaviour(a.failBehaviour)}`, ...t.arguments(a)], a.argv, release, o);
}

/** Unikernel.pp_info (and pp_info_with_argv when verbose) */
export function ppInfo(i: UnikernelInfo, release: Release, o: RenderOptions = {}): string {
  const t = RELEASE_TEXT[release];
  return withArgv([`typ ${t.typ[i.typ]} started ${ppRfc3339(i.started)}`, ...t.info(i)], i.argv, release, o);
}

function ppSinceCount(s: SinceCount): string {
  return s.kind === "since" ? `since ${ppRfc3339(s.since)}` : `number ${s.count}`;
}

/** Vmm_commands.pp */
export function ppCommand(c: Command, release: Release, o: RenderOptions = {}): string {
  const t = RELEASE_TEXT[release];
  switch (c.kind) {
    case "console_add":
      return t.consoleAdd(c.maxUnikernels);
    case "console_subscribe":
    case "old_console_subscribe":
      return `console subscribe ${ppSinceCount(c.subscribe)}`;
    case "console_list_inactive":
      return "console list inactive available ringbuffers";
    case "stats_add":
      return `stats add: vmm device ${c.vmmdev} pid ${c.pid} taps ${c.taps.map((x) => `${x.bridge}: ${x.tap}`).join(", ")}`;
    case "stats_remove":
      return "stat remove";
    case "stats_subscribe":
      return "stat subscribe";
    case "stats_initial":
      return "stat initial";
    case "unikernel_info":
      return "unikernel info";
    case "unikernel_create":
      return `unikernel create ${ppConfig(c.config, release, o)}`;
    case "unikernel_force_create":
      return `unikernel force create ${ppConfig(c.config, release, o)}`;
    case "unikernel_restart":
      return `unikernel restart${c.arguments ? " " + ppArguments(c.arguments, release, o) : ""}`;
    case "unikernel_destroy":
      return "unikernel destroy";
    case "unikernel_get":
      return `unikernel get compress level ${c.level}`;
    case "old_unikernel_info1":
    case "old_unikernel_info2":
    case "old_unikernel_info3":
    case "old_unikernel_info4":
    case "old_unikernel_info5":
      return `old unikernel info${c.kind.slice(-1)}`;
    case "old_unikernel_get":
      return "old unikernel get";
    case "policy_info":
      return "policy info";
    case "policy_add":
      return `policy add ${ppPolicy(c.policy, release)}`;
    case "policy_remove":
      return "policy remove";
    case "block_info":
      return "block info";
    case "block_add":
      return `block add ${c.size}`;
    case "block_remove":
      return "block remove";
    case "block_set":
      return `block set compressed ${c.compressed}`;
    case "block_dump":
      return `block dump, compress level ${c.level}`;
    case "old_block_add":
      return `${t.oldBlock.add} ${c.size} (compressed ${c.compressed} data ${c.data === null ? "no data" : c.data.length})`;
    case "old_block_set":
      return `${t.oldBlock.set} compressed ${c.compressed} ${c.data.length} bytes`;
    case "old_block_dump":
      return `${t.oldBlock.dump}, compress level ${c.level}`;
  }
}

function lines<T>(empty: string, xs: readonly T[], pp: (x: T) => string): string {
  return xs.length === 0 ? empty : xs.map(pp).join("\n");
}

/** Vmm_commands.pp_success */
export function ppSuccess(s: Success, release: Release, o: RenderOptions = {}): string {
  switch (s.kind) {
    case "empty":
      return "success";
    case "string":
      return `success: ${s.value}`;
    case "policies":
      return lines("no policies", s.policies, (p) => `${ppName(p.name)}: ${ppPolicy(p.value, release)}`);
    case "old_unikernels":
      return lines("no unikernels", s.unikernels, (u) => `${ppName(u.name)}: ${ppConfig(u.value, release, o)}`);
    case "block_devices":
      return lines("no block devices", s.devices, (b) => `block ${ppName(b.name)} size ${b.size} MB active ${b.active}`);
    case "old_unikernel_info2":
    case "old_unikernel_info3":
    case "old_unikernel_info4":
    case "old_unikernel_info5":
    case "unikernel_info":
      return lines("no unikernels", s.unikernels, (u) => `${ppName(u.name)}: ${ppInfo(u.value, release, o)}`);
    case "unikernel_image":
      return `image (compression ${s.compressed}) ${s.image.length} bytes`;
    case "old_block_device_image":
      return `${RELEASE_TEXT[release].oldBlock.image} compressed ${s.compressed}, ${s.data.length} bytes`;
    case "block_device_image":
      return `block device compressed ${s.compressed}`;
    case "consoles":
      return lines("no consoles", s.names, ppName);
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
export function ppData(d: Data, release: Release): string {
  switch (d.kind) {
    case "stats":
      return `stats: ${ppStats(d.stats)}`;
    case "block_data":
      return `block data ${d.data === null ? "eof" : `${d.data.length} bytes`}`;
    case "console":
    case "utc_console":
      return `console ${ppRfc3339(d.timestamp)}: ${RELEASE_TEXT[release].consoleLine(d.line)}`;
  }
}

/** Vmm_commands.pp_wire */
export function ppWire(w: Wire, release: Release, o: RenderOptions = {}): string {
  const host = `host ${ppName(w.header.name)}`;
  const p = w.payload;
  switch (p.kind) {
    case "command":
      return `${host}: ${ppCommand(p.command, release, o)}`;
    case "failure":
      return `${host}: command failed ${p.message}`;
    case "success":
      return `${host}: ${ppSuccess(p.success, release, o)}`;
    case "data":
      return ppData(p.data, release);
  }
}

/** The listing of `albatross-client inspect-dump`. */
export function ppDump(d: Dump, release: Release, o: RenderOptions = {}): string {
  return [
    `parsed ${d.unikernels.length} unikernels:`,
    ...d.unikernels.map((u) => `${ppName(u.name)}: ${ppConfig(u.value, release, o)}`),
    `parsed ${d.policies.length} policies:`,
    ...d.policies.map((p) => `${ppName(p.name)}: ${ppPolicy(p.value, release)}`),
  ].join("\n");
}
