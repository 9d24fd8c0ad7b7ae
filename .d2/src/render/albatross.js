// The text Albatross prints (Vmm_core / Vmm_commands pretty printers, with
// Fmt break hints printed as one space and forced newlines as "\n"). The
// printers of 2.4.1 and 2.7.2 share most of their words; what differs is one
// table per printer (RELEASE_TEXT) rather than a second copy.
import { ppName } from "../model/name.js";
import { ppRfc3339 } from "../model/time.js";
const hex = (b) => Buffer.from(b).toString("hex");
/** Fmt's %u: OCaml's 63-bit int read as unsigned */
const u63 = (n) => String(n < 0n ? (1n << 63n) + n : n);
const list = (xs, pp = String) => xs.map(pp).join(", ");
function ppFailBehaviour(f) {
    if (f.kind === "quit")
        return "quit";
    return `restart ${f.exitCodes ? f.exitCodes.join(", ") : "all except 1"}`;
}
function ppBlock(b) {
    return `${b.name} -> ${b.device ?? b.name}${b.sectorSize === null ? "" : `, sector-size: ${b.sectorSize}`}`;
}
function ppBridge(b) {
    return `${b.name} -> ${b.bridge ?? b.name}${b.mac === null ? "" : `@${b.mac}`}`;
}
const ppArgv = (argv) => `argv ${argv === null ? "no" : argv.join(" ")}`;
const notSpecified = (v) => (v === null ? "not specified" : String(v));
/**
 * The parts of a config, arguments or info printer; Fmt's break hints join
 * them. 2.7.2's printers end in a forced newline before the last part.
 */
function joinParts(parts, lastBreak) {
    return parts.length < 2 ? parts.join("") : parts.slice(0, -1).join(" ") + lastBreak + parts[parts.length - 1];
}
const devices = (c) => [
    `block devices ${list(c.blockDevices, ppBlock)}`,
    `bridge ${list(c.bridges, ppBridge)}`,
];
const blockInfo = (b) => `${b.unikernelDevice} -> ${b.hostDevice} (sector-size: ${b.sectorSize} bytes, size ${b.size} MB)`;
const netInfo = (b) => `${b.unikernelDevice} -> ${b.hostDevice} (mac ${b.mac})`;
const ppPolicyWith = (cpus, memory) => (p) => {
    const block = p.block === null ? "no" : `${p.block} MB`;
    const bridges = p.bridges.length ? `, bridges: ${p.bridges.join(", ")}` : "";
    return `policy: ${p.unikernels} unikernels ${p.cpuids.join(",")} ${cpus} ${memory(p.memory)} MB memory ${block} block${bridges}`;
};
/** OCaml's String.escaped: 2.7 escapes console lines before printing them. */
function ocamlEscaped(s) {
    const bytes = Buffer.from(s, "utf8");
    let out = "";
    for (const b of bytes) {
        if (b === 0x5c)
            out += "\\\\";
        else if (b === 0x22)
            out += '\\"';
        else if (b === 0x0a)
            out += "\\n";
        else if (b === 0x09)
            out += "\\t";
        else if (b === 0x0d)
            out += "\\r";
        else if (b === 0x08)
            out += "\\b";
        else if (b >= 0x20 && b <= 0x7e)
            out += String.fromCharCode(b);
        else
            out += "\\" + String(b).padStart(3, "0");
    }
    return out;
}
export const RELEASE_TEXT = {
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
export function ppPolicy(p, release) {
    return RELEASE_TEXT[release].policy(p);
}
function withArgv(parts, argv, release, o) {
    return joinParts(o.verbose ? [...parts, ppArgv(argv)] : parts, RELEASE_TEXT[release].lastBreak);
}
/** Unikernel.pp_config (and pp_config_with_argv when verbose) */
export function ppConfig(c, release, o = {}) {
    const t = RELEASE_TEXT[release];
    const head = `typ ${t.typ[c.typ]} compression ${c.compressed} image ${c.image.length} bytes`;
    return withArgv([head, ...t.config(c)], c.argv, release, o);
}
/** Unikernel.pp_arguments (and pp_arguments_with_argv when verbose) */
export function ppArguments(a, release, o = {}) {
    const t = RELEASE_TEXT[release];
    return withArgv([`fail behaviour ${ppFailBehaviour(a.failBehaviour)}`, ...t.arguments(a)], a.argv, release, o);
}
/** Unikernel.pp_info (and pp_info_with_argv when verbose) */
export function ppInfo(i, release, o = {}) {
    const t = RELEASE_TEXT[release];
    return withArgv([`typ ${t.typ[i.typ]} started ${ppRfc3339(i.started)}`, ...t.info(i)], i.argv, release, o);
}
function ppSinceCount(s) {
    return s.kind === "since" ? `since ${ppRfc3339(s.since)}` : `number ${s.count}`;
}
/** Vmm_commands.pp */
export function ppCommand(c, release, o = {}) {
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
function lines(empty, xs, pp) {
    return xs.length === 0 ? empty : xs.map(pp).join("\n");
}
/** Vmm_commands.pp_success */
export function ppSuccess(s, release, o = {}) {
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
const u32 = (n) => String(n >>> 0);
const s64 = (n) => String(BigInt.asIntN(64, n));
const tv = (t) => `${t.seconds}.${String(t.microseconds).padStart(6, "0")}`;
function ppRusage(r) {
    return (`utime ${tv(r.utime)} stime ${tv(r.stime)} maxrss ${r.maxrss} ixrss ${r.ixrss} idrss ${r.idrss} ` +
        `isrss ${r.isrss} minflt ${r.minflt} majflt ${r.majflt} nswap ${r.nswap} inblock ${r.inblock} ` +
        `outblock ${r.outblock} msgsnd ${r.msgsnd} msgrcv ${r.msgrcv} signals ${r.nsignals} nvcsw ${r.nvcsw} nivcsw ${r.nivcsw}`);
}
function ppKinfoMem(k) {
    return (`virtual-size ${k.vsize} rss ${k.rss} text-size ${k.tsize} data-size ${k.dsize} stack-size ${k.ssize} ` +
        `runtime ${k.runtime} cow ${k.cow} start ${tv(k.start)}`);
}
function ppIfdata(i) {
    return (`bridge ${i.bridge} flags ${(i.flags >>> 0).toString(16).toUpperCase()} send_length ${u32(i.sendLength)} ` +
        `max_send_length ${u32(i.maxSendLength)} send_drops ${u32(i.sendDrops)} mtu ${u32(i.mtu)} baudrate ${i.baudrate} ` +
        `input_packets ${i.inputPackets} input_errors ${i.inputErrors} output_packets ${i.outputPackets} ` +
        `output_errors ${i.outputErrors} collisions ${i.collisions} input_bytes ${i.inputBytes} ` +
        `output_bytes ${i.outputBytes} input_mcast ${i.inputMcast} output_mcast ${i.outputMcast} ` +
        `input_dropped ${i.inputDropped} output_dropped ${i.outputDropped}`);
}
/** Stats.pp */
export function ppStats(s) {
    return [
        ppRusage(s.rusage),
        s.kinfoMem ? ppKinfoMem(s.kinfoMem) : "no kinfo_mem stats",
        s.vmm ? s.vmm.map((v) => `${v.key}: ${s64(v.value)}`).join("\n") : "no vmm stats",
        s.ifdata.map(ppIfdata).join("\n\n"),
    ].join("\n");
}
/** Vmm_commands.pp_data */
export function ppData(d, release) {
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
export function ppWire(w, release, o = {}) {
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
export function ppDump(d, release, o = {}) {
    return [
        `parsed ${d.unikernels.length} unikernels:`,
        ...d.unikernels.map((u) => `${ppName(u.name)}: ${ppConfig(u.value, release, o)}`),
        `parsed ${d.policies.length} policies:`,
        ...d.policies.map((p) => `${ppName(p.name)}: ${ppPolicy(p.value, release)}`),
    ].join("\n");
}
//# sourceMappingURL=albatross.js.map