// The request flow: every request command of the CLI (those of the target
// release's client), asked as the CLI reads its arguments and built by the
// same functions of src/ca; then where it goes — a request, or a one-shot
// certificate signed by a CA at hand — with the key type and the folder.

import path from "node:path";
import { bytesToWriteAround } from "../asn1/der.js";
import {
  addPolicyCommand,
  CLIENT_RULES,
  consoleCommand,
  createBlockCommands,
  createBlockCommandsWithProgress,
  createCommand,
  createCommandWithProgress,
  DEFAULT_COMPRESSION_LEVEL,
  DEFAULT_CONSOLE_COUNT,
  DEFAULT_CPUID,
  DEFAULT_POLICY_MEMORY,
  DEFAULT_UNIKERNEL_MEMORY,
  dumpBlockCommand,
  getCommand,
  restartCommand,
  setBlockCommandWithProgress,
  statsAddCommand,
  unikernelArguments,
  type UnikernelOptions,
} from "../ca/commands.js";
import { parseBridgeTap, parseCompressionLevel } from "../ca/arguments.js";
import { commonNameFor, requestedName } from "../ca/common-name.js";
import { ignoreWarnings } from "../ca/errors.js";
import { fileFor } from "../ca/files.js";
import { CA_CERTIFICATE_FILE } from "../ca/generate.js";
import { planLeafFiles } from "../ca/issue.js";
import { locateAuthority } from "../ca/locate.js";
import type { Plan } from "../ca/plan.js";
import { planRequests } from "../ca/request.js";
import { commandNamed } from "../cli/commands/index.js";
import { readFileInto } from "../fsutil/read.js";
import type { Command } from "../model/command.js";
import { type Name, nameOfString, nameToString, pathOfString, pathToString, root } from "../model/name.js";
import { checkSmaller, checkUsable, type Policy } from "../model/policy.js";
import { RELEASES } from "../model/release.js";
import { OLD_LAYOUT_DEFAULTS, type Typ } from "../model/unikernel.js";
import { assertDevicesMatch, readSolo5Image, type Solo5Device } from "../solo5/index.js";
import { listPresets, type Preset } from "../templates/presets.js";
import type { SigningKey } from "../x509/index.js";
import { exists } from "./plan.js";
import {
  askAuthority,
  askKeyType,
  compressingOfEnv,
  confirmAndWrite,
  fileExistsSync,
  type FlowResult,
  folderExistsSync,
  forRelease,
  preview,
  releaseOfEnv,
  warnOf,
  type WizardEnv,
} from "./steps.js";
import { closingKeys } from "./token.js";
import {
  parseArgv,
  parseBlock,
  parseCount,
  parseIntList,
  parseLabelList,
  parseMany,
  parseNet,
  parseSince,
  validator,
} from "./values.js";

/** What a command's questions give: its command(s) for one name, and its command-line words (without the output options). */
interface Asked {
  commands: Command[];
  name: Name;
  argv: string[];
}

/** A question's default, when there is one. */
const given = (value: string | undefined): { default?: string } => (value === undefined ? {} : { default: value });

/** Whether the target release's client has an option or command: CLIENT_RULES names those only one release has. */
function clientHas(env: WizardEnv, what: "onlyOptions" | "onlyCommands", name: string): boolean {
  return !RELEASES.some((r) => r !== releaseOfEnv(env) && CLIENT_RULES[r][what].includes(name));
}
const offers = (env: WizardEnv, option: string) => clientHas(env, "onlyOptions", option);

/**
 * Offers the command presets of templates/presets; the chosen one's values
 * become the defaults of the questions that follow (lists joined as typed).
 */
async function askPreset(env: WizardEnv, command: string): Promise<Record<string, string>> {
  const presets = listPresets().filter((p) => p.command === command);
  if (presets.length === 0) return {};
  const chosen = await env.prompter.select<Preset | null>({
    message: "start from a template?",
    choices: [
      { name: "none: answer every question", value: null },
      ...presets.map((p) => ({ name: `${p.name}: ${p.description}`, value: p })),
    ],
  });
  if (chosen === null) return {};
  return Object.fromEntries(Object.entries(chosen.arguments).map(([key, v]) => [key, Array.isArray(v) ? v.map(String).join(",") : String(v)]));
}

/** A name the command's certificate can carry: Albatross's name rules, then the certificate's (one label, no path). */
function nameParser(probe: Command, optional: boolean) {
  return (s: string): Name => {
    const n = optional && s.trim() === "" ? root : nameOfString(s.trim());
    commonNameFor(probe, n);
    return n;
  };
}

async function askName(env: WizardEnv, probe: Command, message: string, optional = false): Promise<Name> {
  const parse = nameParser(probe, optional);
  return parse(await env.prompter.input({ message, ...(optional ? { default: "" } : {}), validate: validator(parse) }));
}

/** A policy path (one label, the sub-CA's name); empty for the signer's own when optional. */
async function askPath(env: WizardEnv, probe: Command, message: string, optional: boolean): Promise<Name> {
  const parse = (s: string): Name => {
    const n: Name = optional && s.trim() === "" ? root : { path: pathOfString(s.trim().replace(/:$/, "")), name: null };
    commonNameFor(probe, n);
    return n;
  };
  return parse(await env.prompter.input({ message, ...(optional ? { default: "" } : {}), validate: validator(parse) }));
}

const bare = (n: Name): string => nameToString(n).replace(/^:/, "");
const nameOption = (n: Name): string[] => (n.name === null ? [] : [`--name=${bare(n)}`]);
const pathOption = (n: Name): string[] => (n.path.length ? [`--path=${pathToString(n.path)}`] : []);

/** A compression level for what Albatross sends back (get, dump-block); 9 unless said. */
async function askLevel(env: WizardEnv, message: string): Promise<{ level: number; argv: string[] }> {
  const parse = (s: string) => parseCompressionLevel(s.trim(), "compression level");
  const level = parse(await env.prompter.input({ message, default: `${DEFAULT_COMPRESSION_LEVEL}`, validate: validator(parse) }));
  return { level, argv: level === DEFAULT_COMPRESSION_LEVEL ? [] : [`--compression-level=${level}`] };
}

/**
 * The bytes of the files answers name, each read once (the bytes an answer
 * was checked with are those it gives), into memory the request is then
 * written around (bytesToWriteAround), as the CLI reads an image or block data.
 */
function fileReader(env: WizardEnv): (answer: string) => Uint8Array {
  let last: { answer: string; bytes: Uint8Array } | undefined;
  return (answer) => {
    if (last?.answer !== answer) {
      // an answer given up lets go of its bytes before the next file is read
      last = undefined;
      const b = readFileInto(path.resolve(env.cwd, answer), bytesToWriteAround);
      last = { answer, bytes: new Uint8Array(b.buffer, b.byteOffset, b.byteLength) };
    }
    return last.bytes;
  };
}

/** A file's bytes, asked until it names a readable file that `check` accepts. */
async function askFile(env: WizardEnv, message: string, check: (bytes: Uint8Array) => void = () => undefined): Promise<{ file: string; bytes: Uint8Array }> {
  const read = fileReader(env);
  const file = await env.prompter.input({
    message,
    validate: (s) => {
      const ok = fileExistsSync(env.cwd, s);
      if (ok !== true) return ok;
      return validator(() => check(read(s)))(s);
    },
  });
  return { file, bytes: read(file) };
}

/**
 * The unikernel's configuration as create and restart --replace-arguments
 * take it, with the target release's options only (CLIENT_RULES): the CPU id
 * (2.4) or ids (2.7), start-up priority, devices checked against the image's
 * manifest when there is one, boot arguments, fail behaviour; for a bhyve VM
 * its number of CPUs and boot partition.
 */
async function askUnikernel(
  env: WizardEnv,
  o: { manifest: readonly Solo5Device[] | null; preset?: "create"; bhyve?: boolean },
): Promise<{ options: UnikernelOptions; argv: string[] }> {
  const p = env.prompter;
  const argv: string[] = [];
  const preset = o.preset ? await askPreset(env, o.preset) : {};
  const options: UnikernelOptions = {};
  if (CLIENT_RULES[releaseOfEnv(env)].cpuids === "one") {
    const cpu = parseCount("CPU id")(
      await p.input({ message: "CPU id", default: preset.cpu ?? `${DEFAULT_CPUID}`, validate: validator(parseCount("CPU id")) }),
    );
    if (cpu !== DEFAULT_CPUID) argv.push(`--cpu=${cpu}`);
    options.cpuids = [cpu];
  } else {
    const parseCpus = (s: string) => {
      const v = parseIntList("CPU id")(s);
      if (v.length === 0) throw new Error("CPUids may not be empty");
      return v;
    };
    const cpuids = parseCpus(
      await p.input({ message: "CPU ids (separated by commas, ranges as 0-3)", default: preset.cpu ?? `${DEFAULT_CPUID}`, validate: validator(parseCpus) }),
    );
    if (!(cpuids.length === 1 && cpuids[0] === DEFAULT_CPUID)) for (const c of cpuids) argv.push(`--cpu=${c}`);
    options.cpuids = cpuids;
  }
  if (o.bhyve) {
    const cpus = parseCount("number of CPUs", 1n)(
      await p.input({ message: "number of virtual CPUs", default: `${OLD_LAYOUT_DEFAULTS.numcpus}`, validate: validator(parseCount("number of CPUs", 1n)) }),
    );
    if (cpus !== OLD_LAYOUT_DEFAULTS.numcpus) argv.push(`--cpus=${cpus}`);
    options.numcpus = cpus;
    const boot = (await p.input({ message: "partition a Linux VM boots from (e.g. msdos1; empty for none)", default: "" })).trim();
    if (boot !== "") {
      argv.push(`--linux-boot=${boot}`);
      options.linuxBootPartition = boot;
    }
  }
  if (offers(env, "startup")) {
    const parseStartup = (s: string) => (s.trim() === "" ? null : parseCount("start-up priority")(s));
    const startup = parseStartup(
      await p.input({ message: "start-up priority (0 is the highest; empty: not given, Albatross uses 50)", default: "", validate: validator(parseStartup) }),
    );
    if (startup !== null) {
      argv.push(`--startup=${startup}`);
      options.startup = startup;
    }
  }
  const mem = parseCount("memory", 1n)(
    await p.input({ message: "memory (MB)", default: preset.mem ?? `${DEFAULT_UNIKERNEL_MEMORY}`, validate: validator(parseCount("memory", 1n)) }),
  );
  if (mem !== DEFAULT_UNIKERNEL_MEMORY) argv.push(`--mem=${mem}`);
  options.memory = mem;
  const names = (t: "block" | "net") => (o.manifest ?? []).filter((d) => d.type === t).map((d) => d.name);
  const parseBlocks = (s: string) => {
    const v = parseMany(parseBlock, "Block devices must be a set")(s);
    if (o.manifest) assertDevicesMatch(o.manifest, v.map((b) => b.name), names("net"));
    return v;
  };
  const blocks = parseBlocks(
    await p.input({
      message: "block devices (name[@sector] or name:device[@sector], separated by commas; empty for none)",
      default: preset.block ?? names("block").join(","),
      validate: validator(parseBlocks),
    }),
  );
  for (const b of blocks) argv.push(`--block=${b.name}${b.device ? `:${b.device}` : ""}${b.sectorSize ? `@${b.sectorSize}` : ""}`);
  options.blockDevices = blocks;
  const parseNets = (s: string) => {
    const v = parseMany(parseNet, "Bridge names must be a set")(s);
    if (o.manifest) assertDevicesMatch(o.manifest, blocks.map((b) => b.name), v.map((n) => n.name));
    return v;
  };
  const nets = parseNets(
    await p.input({
      message: "networks ([name:]bridge[@mac], separated by commas; empty for none)",
      default: preset.net ?? names("net").join(","),
      validate: validator(parseNets),
    }),
  );
  for (const n of nets) argv.push(`--net=${n.bridge ? `${n.name}:${n.bridge}` : n.name}${n.mac ? `@${n.mac}` : ""}`);
  options.bridges = nets;
  const args = parseArgv(
    await p.input({ message: "boot arguments (quoted as in a shell: --hello=\"Hi there\"; empty for none)", default: "", validate: validator(parseArgv) }),
  );
  for (const a of args) argv.push(`--arg=${a}`);
  options.argv = args;
  if (offers(env, "add-name")) {
    options.addName = await p.confirm({ message: "let Albatross add --name=<its name> to the boot arguments?", default: true });
    if (!options.addName) argv.push("--no-add-name");
  }
  options.restartOnFail = await p.confirm({ message: "restart when it fails?", default: preset["restart-on-fail"] === "true" });
  if (options.restartOnFail) {
    argv.push("--restart-on-fail");
    options.exitCodes = parseIntList("exit code")(
      await p.input({
        message: "restart only on these exit codes (separated by commas; empty = any except 1)",
        default: preset["exit-code"] ?? "",
        validate: validator(parseIntList("exit code")),
      }),
    );
    for (const c of options.exitCodes) argv.push(`--exit-code=${c}`);
  }
  return { options, argv };
}

/** The policy questions; each limit checked against the signing CA's policy (if any) as it is typed. */
export async function askPolicy(env: WizardEnv, limit: Policy | null): Promise<{ policy: Policy; argv: string[] }> {
  const p = env.prompter;
  const argv: string[] = [];
  const preset = await askPreset(env, "add-policy");
  const within = <T>(parse: (s: string) => T, check: (v: T, sup: Policy) => void) => (s: string): T => {
    const v = parse(s);
    if (limit) check(v, limit);
    return v;
  };
  const probe = (sup: Policy, part: Partial<Policy>) =>
    checkSmaller(sup, { unikernels: 0n, cpuids: [], memory: 0n, block: sup.block === null ? null : 0n, bridges: [], ...part });
  const parseUnis = within(parseCount("unikernels", 1n), (v, sup) => probe(sup, { unikernels: v }));
  const unikernels = parseUnis(await p.input({ message: "how many unikernels", ...given(preset.unikernels), validate: validator(parseUnis) }));
  argv.push(`${unikernels}`);
  const parseMem = within(parseCount("memory", 17n), (v, sup) => probe(sup, { memory: v }));
  const memory = parseMem(
    await p.input({ message: "memory (MB, more than 16)", default: preset.mem ?? `${DEFAULT_POLICY_MEMORY}`, validate: validator(parseMem) }),
  );
  if (memory !== DEFAULT_POLICY_MEMORY) argv.push(`--mem=${memory}`);
  const parseCpus = within(
    (s: string) => {
      const v = parseIntList("CPU id")(s);
      if (v.length === 0) throw new Error("Unusable policy with no CPUids");
      return v;
    },
    (v, sup) => probe(sup, { cpuids: [...new Set(v)].sort((a, b) => (a < b ? -1 : 1)) }),
  );
  const cpuids = parseCpus(
    await p.input({
      message: "CPU ids (separated by commas, ranges as 0-3)",
      default: preset.cpu ?? (limit ? limit.cpuids.join(",") : "0"),
      validate: validator(parseCpus),
    }),
  );
  for (const c of cpuids) argv.push(`--cpu=${c}`);
  const parseBlockMb = within(
    (s: string) => (s.trim() === "" ? null : parseCount("block storage")(s)),
    (v, sup) => probe(sup, { block: v }),
  );
  const block = parseBlockMb(
    await p.input({ message: "block storage (MB; empty for none)", default: preset.size ?? "", validate: validator(parseBlockMb) }),
  );
  if (block !== null) argv.push(`--size=${block}`);
  const parseBridges = within(parseLabelList("bridge"), (v, sup) => probe(sup, { bridges: [...new Set(v)].sort() }));
  const bridges = parseBridges(
    await p.input({
      message: "bridges (separated by commas; empty for none)",
      default: preset.bridge ?? (limit ? limit.bridges.join(",") : ""),
      validate: validator(parseBridges),
    }),
  );
  for (const b of bridges) argv.push(`--bridge=${b}`);
  const command = addPolicyCommand({ unikernels, memory, cpuids, block, bridges }, releaseOfEnv(env), warnOf(env));
  if (command.kind !== "policy_add") throw new Error("unexpected command");
  checkUsable(command.policy);
  return { policy: command.policy, argv };
}

const one = (command: Command, name: Name, argv: string[]): Asked => ({ commands: [command], name, argv });

async function askCreate(env: WizardEnv): Promise<Asked> {
  const p = env.prompter;
  const typ: Typ = offers(env, "typ")
    ? await p.select<Typ>({
        message: "virtual machine type",
        choices: [
          { name: "solo5: a MirageOS unikernel (hvt or spt image)", value: "solo5" },
          { name: "bhyve: a VM booting from its block devices (the image is not sent)", value: "bhyve" },
        ],
      })
    : "solo5";
  const name = await askName(env, { kind: "unikernel_destroy" }, "unikernel name");
  if (typ === "bhyve") {
    const file = await p.input({ message: "image file (named on the command line; not read for bhyve)", validate: (s) => fileExistsSync(env.cwd, s) });
    const u = await askUnikernel(env, { manifest: null, bhyve: true });
    const command = createCommand({ typ, image: new Uint8Array(0), ...u.options }, warnOf(env));
    return one(command, name, ["create", bare(name), file, "--typ=bhyve", ...u.argv]);
  }
  const image = await askFile(env, "Solo5 image file (hvt or spt)", (bytes) => void readSolo5Image(bytes));
  const u = await askUnikernel(env, { manifest: readSolo5Image(image.bytes).devices, preset: "create" });
  const command = await compressingOfEnv(env, (tell) => createCommandWithProgress({ image: image.bytes, ...u.options }, tell, warnOf(env)));
  return one(command, name, ["create", bare(name), image.file, ...u.argv]);
}

async function askRestart(env: WizardEnv): Promise<Asked> {
  const name = await askName(env, { kind: "unikernel_destroy" }, "unikernel name");
  const replace = await env.prompter.confirm({ message: "replace its arguments (cpu, memory, devices, ...)?", default: false });
  if (!replace) return one(restartCommand(null), name, ["restart", bare(name)]);
  const u = await askUnikernel(env, { manifest: null });
  return one(restartCommand(unikernelArguments(u.options, warnOf(env))), name, ["restart", bare(name), "--replace-arguments", ...u.argv]);
}

async function askConsole(env: WizardEnv): Promise<Asked> {
  const p = env.prompter;
  const name = await askName(env, { kind: "unikernel_destroy" }, "unikernel name");
  const since = await p.input({
    message: "console output since (RFC 3339 time or date; empty for the last lines)",
    default: "",
    validate: (s) => (s.trim() === "" ? true : validator(parseSince)(s)),
  });
  if (since.trim() !== "") return one(consoleCommand({ since: parseSince(since) }), name, ["console", bare(name), `--since=${since.trim()}`]);
  const count = parseCount("count")(
    await p.input({ message: "how many last lines", default: `${DEFAULT_CONSOLE_COUNT}`, validate: validator(parseCount("count")) }),
  );
  return one(consoleCommand({ count }), name, ["console", bare(name), ...(count === DEFAULT_CONSOLE_COUNT ? [] : [`--count=${count}`])]);
}

async function askStatsAdd(env: WizardEnv): Promise<Asked> {
  const p = env.prompter;
  const pid = parseCount("process ID", 1n)(await p.input({ message: "process ID to monitor", validate: validator(parseCount("process ID", 1n)) }));
  const vmmdev = (await p.input({ message: "VMM device name (/dev/vmm/<name>; empty for none)", default: "" })).trim();
  const parseTaps = (s: string) => s.trim() === "" ? [] : s.split(",").map((x) => parseBridgeTap(x.trim(), "bridge:tap"));
  const taps = parseTaps(await p.input({ message: "bridge:tap pairs (separated by commas; empty for none)", default: "", validate: validator(parseTaps) }));
  const name = await askName(env, { kind: "stats_remove" }, "unikernel name (empty for none)", true);
  const command = statsAddCommand({ pid, ...(vmmdev === "" ? {} : { vmmdev }), taps });
  const argv = ["stats-add", `${pid}`, ...(vmmdev === "" ? [] : [`--vmmdev=${vmmdev}`]), ...taps.map((t) => `--bridge=${t.bridge}:${t.tap}`), ...nameOption(name)];
  return one(command, name, argv);
}

async function askPolicyRequest(env: WizardEnv, which: "add-policy" | "replace-policy"): Promise<Asked> {
  const probe: Command = { kind: "policy_add", policy: { unikernels: 0n, cpuids: [], memory: 0n, block: null, bridges: [] } };
  const name = await askPath(env, probe, "sub-CA name (its policy path, e.g. alice)", false);
  const { policy, argv } = await askPolicy(env, null);
  return one({ kind: "policy_add", policy }, name, [which, pathToString(name.path), ...argv]);
}

async function askCreateBlock(env: WizardEnv): Promise<Asked> {
  const p = env.prompter;
  const name = await askName(env, { kind: "block_remove" }, "block device name");
  const size = parseCount("size", 1n)(await p.input({ message: "size (MB)", validate: validator(parseCount("size", 1n)) }));
  const read = fileReader(env);
  const dataFile = await p.input({
    message: "initial data file (empty for an empty device)",
    default: "",
    validate: (s) => {
      if (s.trim() === "") return true;
      const ok = fileExistsSync(env.cwd, s);
      if (ok !== true) return ok;
      // the checks without the compression (level 0), which is done once, after the answer
      return validator(() => createBlockCommands({ size, data: read(s), compressionLevel: 0 }, releaseOfEnv(env)))("");
    },
  });
  const data = dataFile.trim() === "" ? null : read(dataFile);
  // Albatross 2.7 takes the data as a second command (block set), requested in <NAME>.data.req as the CLI does
  const commands = await compressingOfEnv(env, (tell) => createBlockCommandsWithProgress({ size, data }, releaseOfEnv(env), tell));
  return { commands, name, argv: ["create-block", bare(name), `${size}`, ...(data ? [`--data=${dataFile}`] : [])] };
}

async function askSetBlock(env: WizardEnv): Promise<Asked> {
  const name = await askName(env, { kind: "block_remove" }, "block device name");
  const { file, bytes } = await askFile(env, "file with the new content");
  return one(await compressingOfEnv(env, (tell) => setBlockCommandWithProgress(bytes, releaseOfEnv(env), tell)), name, ["set-block", bare(name), file]);
}

/** Each request command of the CLI and its questions, in the CLI's order. */
const REQUESTS: Readonly<Record<string, (env: WizardEnv) => Promise<Asked>>> = {
  create: askCreate,
  restart: askRestart,
  destroy: async (env) => {
    const name = await askName(env, { kind: "unikernel_destroy" }, "unikernel name");
    return one({ kind: "unikernel_destroy" }, name, ["destroy", bare(name)]);
  },
  info: async (env) => {
    const name = await askName(env, { kind: "unikernel_info" }, "unikernel name (empty for all)", true);
    return one({ kind: "unikernel_info" }, name, ["info", ...nameOption(name)]);
  },
  get: async (env) => {
    const name = await askName(env, { kind: "unikernel_destroy" }, "unikernel name");
    const { level, argv } = await askLevel(env, "compression level Albatross sends the image at (0-9, 0 for none)");
    return one(getCommand(level), name, ["get", bare(name), ...argv]);
  },
  console: askConsole,
  stats: async (env) => {
    const name = await askName(env, { kind: "stats_subscribe" }, "unikernel name (empty for all)", true);
    return one({ kind: "stats_subscribe" }, name, ["stats", ...nameOption(name)]);
  },
  "stats-add": askStatsAdd,
  "stats-remove": async (env) => {
    const name = await askName(env, { kind: "stats_remove" }, "unikernel name (empty for none)", true);
    return one({ kind: "stats_remove" }, name, ["stats-remove", ...nameOption(name)]);
  },
  policy: async (env) => {
    const name = await askPath(env, { kind: "policy_info" }, "policy path (e.g. alice; empty for your own)", true);
    return one({ kind: "policy_info" }, name, ["policy", ...pathOption(name)]);
  },
  "add-policy": (env) => askPolicyRequest(env, "add-policy"),
  "replace-policy": (env) => askPolicyRequest(env, "replace-policy"),
  "remove-policy": async (env) => {
    const name = await askPath(env, { kind: "policy_remove" }, "policy path to remove (e.g. alice)", false);
    return one({ kind: "policy_remove" }, name, ["remove-policy", ...pathOption(name)]);
  },
  // the certificate names no one: the consoles are those below the sub-CA that signs it
  "inactive-consoles": async () => one({ kind: "console_list_inactive" }, root, ["inactive-consoles"]),
  block: async (env) => {
    const name = await askName(env, { kind: "block_info" }, "block device name (empty for all)", true);
    return one({ kind: "block_info" }, name, ["block", ...nameOption(name)]);
  },
  "create-block": askCreateBlock,
  "set-block": askSetBlock,
  "dump-block": async (env) => {
    const name = await askName(env, { kind: "block_remove" }, "block device name");
    const { level, argv } = await askLevel(env, "compression level Albatross sends the data at (0-9, 0 for none)");
    return one(dumpBlockCommand(level), name, ["dump-block", bare(name), ...argv]);
  },
  "destroy-block": async (env) => {
    const name = await askName(env, { kind: "block_remove" }, "block device name");
    return one({ kind: "block_remove" }, name, ["destroy-block", bare(name)]);
  },
};

/** The request commands the target release's client has (replace-policy and inactive-consoles are 2.7's). */
export function requestCommands(env: WizardEnv): string[] {
  return Object.keys(REQUESTS).filter((c) => clientHas(env, "onlyCommands", c));
}

/** Flow 3: a certificate request for one command, or a one-shot certificate. */
export async function requestFlow(env: WizardEnv, preset?: string): Promise<FlowResult> {
  const which =
    preset ??
    (await env.prompter.select<string>({
      message: "Which command should the certificate carry?",
      choices: requestCommands(env).map((c) => ({ name: `${c} — ${commandNamed(c)!.describe.replace(/^Request: /, "")}`, value: c })),
    }));
  const ask = REQUESTS[which];
  if (ask === undefined || !requestCommands(env).includes(which)) throw new Error(`${which}: not a request command of Albatross ${releaseOfEnv(env)}`);
  const asked = await ask(env);
  return closingKeys((opened) => writeAsked(env, asked, opened));
}

/** Where the answers go: the output folder, a request or a one-shot certificate, the key type. */
async function writeAsked(env: WizardEnv, { commands, name, argv }: Asked, opened: SigningKey[]): Promise<FlowResult> {
  const p = env.prompter;
  const folder = await p.input({ message: "output folder", default: ".", validate: (s) => folderExistsSync(env.cwd, s) });
  const outDir = path.resolve(env.cwd, folder);
  const outArgv = path.resolve(env.cwd, folder) === env.cwd ? [] : [`--out-dir=${folder}`];
  // the name as the release reads it (2.7: lowercase; the CA layer says so when it plans)
  const commonName = commonNameFor(commands[0]!, requestedName(name, releaseOfEnv(env), ignoreWarnings));
  // create-block --data under 2.7 is two requests: the CLI refuses it with --issue
  if (commands.length > 1) p.print(`These are ${commands.length} commands for Albatross ${releaseOfEnv(env)}, so requests (a one-shot certificate carries one).`);
  const oneShot =
    commands.length === 1 &&
    (await p.select<boolean>({
      message: "What should be written?",
      choices: [
        { name: `a request: ${commonName}.key and ${commonName}.req, for a CA to sign`, value: false },
        { name: "a one-shot certificate (--issue): a fresh key and a 5-minute certificate signed by a CA here", value: true },
      ],
    }));
  const release = releaseOfEnv(env);
  const common = { outDir, release, warn: warnOf(env), ...(env.now ? { now: env.now } : {}) };
  if (oneShot) {
    const located = (certFile: string) => {
      try {
        return path.relative(env.cwd, locateAuthority({ caCertificateFile: path.resolve(env.cwd, certFile) }).caKeyFile);
      } catch {
        return undefined;
      }
    };
    const { authority, certFile, keyFile } = await askAuthority(env, "signing CA", opened, located);
    const { keyType, argv: keyArgv } = await askKeyType(env);
    const planned = await planLeafFiles(authority, commands[0]!, name, { ...common, keyType });
    p.print(preview(commands, planned.plan, env, `one-shot certificate ${commonName}, valid 5 minutes`));
    // what --issue finds by itself is not said
    const caArgv = [...(certFile === CA_CERTIFICATE_FILE ? [] : [`--ca=${certFile}`]), ...(located(certFile) === keyFile ? [] : [`--ca-key=${keyFile}`])];
    return confirmAndWrite(env, planned.plan, [forRelease(env, [...argv, "--issue", ...caArgv, ...keyArgv, ...outArgv])]);
  }
  let keyArgv: string[] = [];
  let keyType;
  if (await exists(fileFor(outDir, commonName, "key"))) p.print(`${path.join(folder, `${commonName}.key`)} exists: the request reuses it`);
  else ({ keyType, argv: keyArgv } = await askKeyType(env));
  const planned = await planRequests(commands, name, { ...common, ...(keyType ? { keyType } : {}) });
  const plan: Plan = planned.flatMap((r) => r.plan);
  p.print(preview(commands, plan, env, `request ${planned.map((r) => path.basename(r.requestFile)).join(" and ")}`));
  return confirmAndWrite(env, plan, [forRelease(env, [...argv, "--csr", ...keyArgv, ...outArgv])]);
}
