// Readable multi-line views of configs, policies and commands, for people
// reading `inspect` output: one fact per line, units spelled out. Albatross's
// own one-line text stays in albatross.ts.

import type { Command } from "../model/command.js";
import { commandPayload, type Payload } from "../model/payload.js";
import type { Policy } from "../model/policy.js";
import { toRfc3339 } from "../model/time.js";
import type { BlockDevice, Bridge, FailBehaviour, UnikernelArguments, UnikernelConfig } from "../model/unikernel.js";
import { type Line } from "./lines.js";
import { payloadFacts, payloadLines } from "./payload.js";

export { formatLines, type Line } from "./lines.js";


/** Arguments holding blanks or quotes are quoted, so word boundaries stay visible. */
function quoteArg(a: string): string {
  return a === "" || /[\s"'\\]/.test(a) ? JSON.stringify(a) : a;
}

function failBehaviour(f: FailBehaviour): string {
  if (f.kind === "quit") return "quit";
  return f.exitCodes === null ? "restart on any exit code except 1" : `restart on exit code ${f.exitCodes.join(", ")}`;
}

function blockDevice(b: BlockDevice): string {
  const sector = b.sectorSize === null ? "default sector size" : `sector size ${b.sectorSize}`;
  return `${b.name} (host device ${b.device ?? b.name}, ${sector})`;
}

function bridge(b: Bridge): string {
  return `${b.name} (host bridge ${b.bridge ?? b.name}, MAC ${b.mac ?? "chosen by Albatross"})`;
}

/** Size and SHA-256 of the file the operator has, not of the compressed bytes on the wire. */
const payload = (p: Payload | null): Line[] => (p === null ? [] : payloadLines(payloadFacts(p)));

export function readableArguments(a: UnikernelArguments): Line[] {
  return [
    ["memory", `${a.memory} MB`],
    [a.cpuids.length === 1 ? "CPU" : "CPUs", a.cpuids.length ? a.cpuids.join(", ") : "none"],
    ["virtual CPUs", `${a.numcpus}`],
    ["start-up order", a.startup === null ? "not specified" : `${a.startup}`],
    ["name as argument", a.addName ? "yes" : "no"],
    ...(a.linuxBootPartition === null ? [] : [["boot partition", a.linuxBootPartition] as Line]),
    ...(a.blockDevices.length
      ? a.blockDevices.map((b): Line => ["block device", blockDevice(b)])
      : [["block devices", "none"] as Line]),
    ...(a.bridges.length ? a.bridges.map((b): Line => ["network", bridge(b)]) : [["networks", "none"] as Line]),
    ["argv", a.argv === null ? "none" : a.argv.length === 0 ? "empty" : a.argv.map(quoteArg).join(" ")],
    ["on failure", failBehaviour(a.failBehaviour)],
  ];
}

export function readableConfig(c: UnikernelConfig): Line[] {
  return [
    ["type", c.typ],
    ...readableArguments(c),
    ...payload({ kind: "image", data: c.image, compressed: c.compressed }),
  ];
}

export function readablePolicy(p: Policy): Line[] {
  return [
    ["unikernels", `${p.unikernels}`],
    ["CPUs", p.cpuids.length ? p.cpuids.join(", ") : "none"],
    ["memory", `${p.memory} MB`],
    ["block storage", p.block === null ? "not allowed" : `${p.block} MB`],
    ["bridges", p.bridges.length ? p.bridges.join(", ") : "none"],
  ];
}

/** The details of a command beyond its name; simple commands have none. */
export function readableCommand(c: Command): Line[] {
  switch (c.kind) {
    case "console_subscribe":
    case "old_console_subscribe":
      return c.subscribe.kind === "since"
        ? [["since", toRfc3339(c.subscribe.since)]]
        : [["last lines", `${c.subscribe.count}`]];
    case "stats_add":
      return [
        ["vmm device", c.vmmdev],
        ["pid", `${c.pid}`],
        ...c.taps.map((t): Line => ["tap", `${t.tap} on bridge ${t.bridge}`]),
      ];
    case "unikernel_create":
    case "unikernel_force_create":
      return readableConfig(c.config);
    case "unikernel_restart":
      return c.arguments === null ? [["arguments", "unchanged"]] : readableArguments(c.arguments);
    case "unikernel_get":
    case "block_dump":
    case "old_block_dump":
      return [["compression level", `${c.level}`]];
    case "console_add":
      return c.maxUnikernels === null ? [] : [["ring buffers", `${c.maxUnikernels}`]];
    case "policy_add":
      return readablePolicy(c.policy);
    case "block_add":
      return [["size", `${c.size} MB`]];
    case "old_block_add":
      return [
        ["size", `${c.size} MB`],
        ...(c.data === null ? [["initial data", "none"] as Line] : payload(commandPayload(c))),
      ];
    case "block_set":
      return [["data", `sent separately, ${c.compressed ? "zlib-compressed" : "uncompressed"}`]];
    case "old_block_set":
      return payload(commandPayload(c));
    default:
      return [];
  }
}
