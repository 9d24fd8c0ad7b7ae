// The wizard's flows. Each asks only what its task needs, validates every
// answer as the command line would, shows exactly what the certificate will
// carry and which files appear, writes nothing before "yes", and ends with
// the command line that does the same without questions.

import { readFileSync, statSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { type Authority, readAuthority } from "../ca/authority.js";
import {
  addPolicyCommand,
  consoleCommand,
  createBlockCommands,
  createCommand,
  DEFAULT_CONSOLE_COUNT,
  DEFAULT_CPUID,
  DEFAULT_POLICY_MEMORY,
  DEFAULT_UNIKERNEL_MEMORY,
  restartCommand,
  unikernelArguments,
} from "../ca/commands.js";
import { commonNameFor } from "../ca/common-name.js";
import { CA_CERTIFICATE_FILE, DEFAULT_SERVER_NAME, planAuthority } from "../ca/generate.js";
import { signRequest } from "../ca/sign.js";
import type { Command } from "../model/command.js";
import { type Name, nameOfString, nameToString, pathOfString, pathToString } from "../model/name.js";
import { checkSmaller, checkUsable, type Policy } from "../model/policy.js";
import { auditChain, auditToText, inspect, inspectionToText } from "../inspect/index.js";
import { ppCommand } from "../render/albatross.js";
import { DEFAULT_RELEASE, type Release } from "../model/release.js";
import { formatLines, readableCommand } from "../render/readable.js";
import { assertDevicesMatch, readSolo5Image, type Solo5Device } from "../solo5/index.js";
import { listPresets, type Preset } from "../templates/presets.js";
import { BUILTIN_PROFILES, type SigningKey } from "../x509/index.js";
import { commandLine, exists } from "./plan.js";
import { describePlan, executePlan, type Plan, type PlannedWrite, plannedFiles } from "../ca/plan.js";
import { planRequest } from "../ca/request.js";
import { signedPlan } from "../ca/sign.js";
import type { Prompter } from "./prompter.js";
import { closingKeys, keyChoice, validateKeySpec } from "./token.js";
import {
  parseArgv,
  parseBlock,
  parseCount,
  parseIntList,
  parseLabel,
  parseLabelList,
  parseMany,
  parseNet,
  parseSince,
  validator,
} from "./values.js";

export interface WizardEnv {
  prompter: Prompter;
  /** where files are read from and written to */
  cwd: string;
  now?: Date;
  /** the Albatross release written and checked for (default: the current one) */
  release?: Release;
}

const releaseOfEnv = (env: WizardEnv): Release => env.release ?? DEFAULT_RELEASE;

/** What a flow did: the files it wrote (none when declined) and its command line(s). */
export interface FlowResult {
  written: string[];
  commandLines: string[];
}

const NOTHING: FlowResult = { written: [], commandLines: [] };

function msg(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

async function readBytes(cwd: string, file: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(path.resolve(cwd, file)));
}

function fileExistsSync(cwd: string, file: string): true | string {
  try {
    const st = statSync(path.resolve(cwd, file));
    return st.isFile() ? true : `${file}: not a file`;
  } catch {
    return `${file}: no such file`;
  }
}

/** The preview: Albatross's text of the command, the readable view, the files. */
function preview(command: Command | null, plan: Plan, cwd: string, title: string, release: Release): string {
  const lines = [`── ${title} ──`];
  if (command) {
    lines.push(`certificate extension (as Albatross ${release} prints it):`, `  ${ppCommand(command, release)}`);
    const readable = readableCommand(command);
    if (readable.length) lines.push("in words:", formatLines(readable, "  "));
  }
  lines.push("files that will be written:", describePlan(plan, cwd));
  return lines.join("\n");
}

async function confirmAndWrite(env: WizardEnv, plan: Plan, argvs: string[][]): Promise<FlowResult> {
  const ok = await env.prompter.confirm({ message: "Write these files?", default: false });
  if (!ok) {
    env.prompter.print(`Nothing was written. The same, without questions:\n${argvs.map((a) => `  ${commandLine(a)}`).join("\n")}`);
    return NOTHING;
  }
  await executePlan(plan);
  const commandLines = argvs.map(commandLine);
  const written = plannedFiles(plan);
  env.prompter.print(
    `Written:\n${written.map((f) => `  ${path.relative(env.cwd, f)}`).join("\n")}\n` +
      `Next time, without questions:\n${commandLines.map((c) => `  ${c}`).join("\n")}`,
  );
  return { written, commandLines };
}

// ─── command requests ──────────────────────────────────────────────────────

export type CsrCommand =
  | "create"
  | "destroy"
  | "restart"
  | "console"
  | "stats"
  | "policy"
  | "create-block"
  | "destroy-block";

const CSR_COMMANDS: { name: string; value: CsrCommand; probe: Command }[] = [
  { name: "create — run a unikernel", value: "create", probe: { kind: "unikernel_destroy" } },
  { name: "destroy — stop and remove a unikernel", value: "destroy", probe: { kind: "unikernel_destroy" } },
  { name: "restart — restart a unikernel", value: "restart", probe: { kind: "unikernel_destroy" } },
  { name: "console — read a unikernel's console", value: "console", probe: { kind: "unikernel_destroy" } },
  { name: "stats — subscribe to statistics", value: "stats", probe: { kind: "stats_subscribe" } },
  { name: "policy — show policies", value: "policy", probe: { kind: "policy_info" } },
  { name: "create-block — create a block device", value: "create-block", probe: { kind: "block_remove" } },
  { name: "destroy-block — remove a block device", value: "destroy-block", probe: { kind: "block_remove" } },
];

/** The name question: Albatross's name rules, then the certificate's (one label, no path). */
async function askName(env: WizardEnv, probe: Command, message: string): Promise<Name> {
  const parse = (s: string): Name => {
    const n = nameOfString(s);
    commonNameFor(probe, n);
    return n;
  };
  return parse(await env.prompter.input({ message, validate: validator(parse) }));
}

interface UnikernelAnswers {
  argv: string[];
  cpu: bigint;
  mem: bigint;
  blocks: ReturnType<typeof parseBlock>[];
  nets: ReturnType<typeof parseNet>[];
  args: string[];
  restartOnFail: boolean;
  exitCodes: bigint[];
}

/** A question's default, when there is one. */
const given = (value: string | undefined): { default?: string } => (value === undefined ? {} : { default: value });

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

/** cpu, memory, devices, arguments, fail behaviour; devices checked against the image manifest when there is one. */
async function askUnikernel(env: WizardEnv, manifest: readonly Solo5Device[] | null, offer?: "create"): Promise<UnikernelAnswers> {
  const p = env.prompter;
  const argv: string[] = [];
  const preset = offer ? await askPreset(env, offer) : {};
  const cpu = parseCount("CPU id")(
    await p.input({ message: "CPU id", default: preset.cpu ?? `${DEFAULT_CPUID}`, validate: validator(parseCount("CPU id")) }),
  );
  if (cpu !== DEFAULT_CPUID) argv.push(`--cpu=${cpu}`);
  const mem = parseCount("memory", 1n)(
    await p.input({
      message: "memory (MB)",
      default: preset.mem ?? `${DEFAULT_UNIKERNEL_MEMORY}`,
      validate: validator(parseCount("memory", 1n)),
    }),
  );
  if (mem !== DEFAULT_UNIKERNEL_MEMORY) argv.push(`--mem=${mem}`);
  const names = (t: "block" | "net") => (manifest ?? []).filter((d) => d.type === t).map((d) => d.name);
  const parseBlocks = (s: string) => {
    const v = parseMany(parseBlock, "Block devices must be a set")(s);
    if (manifest) assertDevicesMatch(manifest, v.map((b) => b.name), names("net"));
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
  const parseNets = (s: string) => {
    const v = parseMany(parseNet, "Bridge names must be a set")(s);
    if (manifest) assertDevicesMatch(manifest, blocks.map((b) => b.name), v.map((n) => n.name));
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
  const args = parseArgv(
    await p.input({ message: "boot arguments (quoted as in a shell: --hello=\"Hi there\"; empty for none)", default: "", validate: validator(parseArgv) }),
  );
  for (const a of args) argv.push(`--arg=${a}`);
  const restartOnFail = await p.confirm({ message: "restart when it fails?", default: preset["restart-on-fail"] === "true" });
  let exitCodes: bigint[] = [];
  if (restartOnFail) {
    argv.push("--restart-on-fail");
    exitCodes = parseIntList("exit code")(
      await p.input({
        message: "restart only on these exit codes (separated by commas; empty = any except 1)",
        default: preset["exit-code"] ?? "",
        validate: validator(parseIntList("exit code")),
      }),
    );
    for (const c of exitCodes) argv.push(`--exit-code=${c}`);
  }
  return { argv, cpu, mem, blocks, nets, args, restartOnFail, exitCodes };
}

function unikernelOptions(u: UnikernelAnswers) {
  return {
    cpuids: [u.cpu],
    memory: u.mem,
    blockDevices: u.blocks,
    bridges: u.nets,
    argv: u.args,
    restartOnFail: u.restartOnFail,
    exitCodes: u.exitCodes,
  };
}

/** Questions for one command; returns it and its command-line arguments (without --csr). */
async function askCommand(env: WizardEnv, which: CsrCommand): Promise<{ command: Command; name: Name; argv: string[] }> {
  const p = env.prompter;
  const probe = CSR_COMMANDS.find((c) => c.value === which)!.probe;
  switch (which) {
    case "create": {
      const name = await askName(env, probe, "unikernel name");
      const imageAnswer = await p.input({
        message: "Solo5 image file (hvt or spt)",
        validate: (s) => {
          const ok = fileExistsSync(env.cwd, s);
          if (ok !== true) return ok;
          try {
            readSolo5Image(new Uint8Array(readFileSync(path.resolve(env.cwd, s))));
            return true;
          } catch (e) {
            return msg(e);
          }
        },
      });
      const image = await readBytes(env.cwd, imageAnswer);
      const manifest = readSolo5Image(image).devices;
      const u = await askUnikernel(env, manifest, "create");
      const command = createCommand({ image, ...unikernelOptions(u) });
      return { command, name, argv: ["create", nameToString(name).replace(/^:/, ""), imageAnswer, ...u.argv] };
    }
    case "restart": {
      const name = await askName(env, probe, "unikernel name");
      const replace = await p.confirm({ message: "replace its arguments (cpu, memory, devices, ...)?", default: false });
      if (!replace) return { command: restartCommand(null), name, argv: ["restart", bare(name)] };
      const u = await askUnikernel(env, null);
      const command = restartCommand(unikernelArguments(unikernelOptions(u)));
      return { command, name, argv: ["restart", bare(name), "--replace-arguments", ...u.argv] };
    }
    case "destroy": {
      const name = await askName(env, probe, "unikernel name");
      return { command: { kind: "unikernel_destroy" }, name, argv: ["destroy", bare(name)] };
    }
    case "console": {
      const name = await askName(env, probe, "unikernel name");
      const since = await p.input({
        message: "console output since (RFC 3339 time or date; empty for the last lines)",
        default: "",
        validate: (s) => (s.trim() === "" ? true : validator(parseSince)(s)),
      });
      if (since.trim() !== "") {
        return { command: consoleCommand({ since: parseSince(since) }), name, argv: ["console", bare(name), `--since=${since.trim()}`] };
      }
      const count = parseCount("count")(
        await p.input({ message: "how many last lines", default: `${DEFAULT_CONSOLE_COUNT}`, validate: validator(parseCount("count")) }),
      );
      const argv = ["console", bare(name)];
      if (count !== DEFAULT_CONSOLE_COUNT) argv.push(`--count=${count}`);
      return { command: consoleCommand({ count }), name, argv };
    }
    case "stats": {
      const name = await askName(env, probe, "unikernel name");
      return { command: { kind: "stats_subscribe" }, name, argv: ["stats", `--name=${bare(name)}`] };
    }
    case "policy": {
      const parse = (s: string): Name => {
        const n: Name = s.trim() === "" ? { path: [], name: null } : { path: pathOfString(s.trim().replace(/:$/, "")), name: null };
        commonNameFor(probe, n);
        return n;
      };
      const name = parse(
        await p.input({ message: "policy path (e.g. alice; empty for your own)", default: "", validate: validator(parse) }),
      );
      return { command: { kind: "policy_info" }, name, argv: name.path.length ? ["policy", `--path=${pathToString(name.path)}`] : ["policy"] };
    }
    case "create-block": {
      const name = await askName(env, probe, "block device name");
      const size = parseCount("size", 1n)(
        await p.input({ message: "size (MB)", validate: validator(parseCount("size", 1n)) }),
      );
      const dataFile = await p.input({
        message: "initial data file (empty for an empty device)",
        default: "",
        validate: (s) => {
          if (s.trim() === "") return true;
          const ok = fileExistsSync(env.cwd, s);
          if (ok !== true) return ok;
          return validator(() =>
            createBlockCommands({ size, data: new Uint8Array(readFileSync(path.resolve(env.cwd, s))) }, releaseOfEnv(env)),
          )("");
        },
      });
      const data = dataFile.trim() === "" ? null : await readBytes(env.cwd, dataFile);
      const argv = ["create-block", bare(name), `${size}`];
      if (data) argv.push(`--data=${dataFile}`);
      // Albatross 2.7 takes the data in a second command (block set): the wizard requests the add,
      // and the printed command line (create-block --data) writes both requests
      const [command] = createBlockCommands({ size, data }, releaseOfEnv(env));
      return { command: command!, name, argv };
    }
    case "destroy-block": {
      const name = await askName(env, probe, "block device name");
      return { command: { kind: "block_remove" }, name, argv: ["destroy-block", bare(name)] };
    }
  }
}

function bare(n: Name): string {
  return nameToString(n).replace(/^:/, "");
}

/** Flow 3: a certificate request for one command. */
export async function requestFlow(env: WizardEnv, preset?: CsrCommand): Promise<FlowResult> {
  const which =
    preset ??
    (await env.prompter.select<CsrCommand>({
      message: "Which command should the certificate carry?",
      choices: CSR_COMMANDS.map(({ name, value }) => ({ name, value })),
    }));
  const { command, name, argv } = await askCommand(env, which);
  return writeRequestPlan(env, command, name, [...argv, "--csr"]);
}

async function writeRequestPlan(env: WizardEnv, command: Command, name: Name, argv: string[]): Promise<FlowResult> {
  const { commonName, plan } = await planRequest(command, name, { outDir: env.cwd, release: releaseOfEnv(env) });
  env.prompter.print(preview(command, plan, env.cwd, `request ${commonName}.req`, releaseOfEnv(env)));
  return confirmAndWrite(env, plan, [argv]);
}

// ─── policies and sub-CAs ──────────────────────────────────────────────────

async function askAuthority(
  env: WizardEnv,
  what: string,
  opened: SigningKey[],
): Promise<{ authority: Authority; certFile: string; keyFile: string }> {
  const p = env.prompter;
  const certFile = await p.input({
    message: `${what}: certificate file`,
    default: CA_CERTIFICATE_FILE,
    validate: (s) => fileExistsSync(env.cwd, s),
  });
  // a key that is not the certificate's is asked again, not the end of the wizard
  for (;;) {
    const answer = await p.input({
      message: `${what}: private key file (or a pkcs11: URI for a key in a token)`,
      validate: (s) => validateKeySpec(env.cwd, s),
    });
    const key = await keyChoice(p, env.cwd, answer);
    try {
      const authority = await readAuthority(path.resolve(env.cwd, certFile), key.spec, releaseOfEnv(env), key.options);
      opened.push(authority.key);
      return { authority, certFile, keyFile: key.argument };
    } catch (e) {
      p.print(`${msg(e)}: give the key of ${certFile}`);
    }
  }
}

/** The policy questions; each limit checked against the signing CA's policy as it is typed. */
async function askPolicy(env: WizardEnv, limit: Policy | null): Promise<{ policy: Policy; argv: string[] }> {
  const p = env.prompter;
  const argv: string[] = [];
  const preset = await askPreset(env, "add-policy");
  const within = <T>(parse: (s: string) => T, check: (v: T, sup: Policy) => void) => (s: string): T => {
    const v = parse(s);
    if (limit) check(v, limit);
    return v;
  };
  const probe = (sup: Policy, part: Partial<Policy>) =>
    checkSmaller(
      sup,
      { unikernels: 0n, cpuids: [], memory: 0n, block: sup.block === null ? null : 0n, bridges: [], ...part },
    );
  const parseUnis = within(parseCount("unikernels", 1n), (v, sup) => probe(sup, { unikernels: v }));
  const unikernels = parseUnis(
    await p.input({ message: "how many unikernels", ...given(preset.unikernels), validate: validator(parseUnis) }),
  );
  argv.push(`${unikernels}`);
  const parseMem = within(parseCount("memory", 17n), (v, sup) => probe(sup, { memory: v }));
  const memory = parseMem(
    await p.input({
      message: "memory (MB, more than 16)",
      default: preset.mem ?? `${DEFAULT_POLICY_MEMORY}`,
      validate: validator(parseMem),
    }),
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
  const command = addPolicyCommand({ unikernels, memory, cpuids, block, bridges }, releaseOfEnv(env));
  if (command.kind !== "policy_add") throw new Error("unexpected command");
  checkUsable(command.policy);
  return { policy: command.policy, argv };
}

/** Flow 2: a sub-CA — its policy request and, with a CA at hand, its certificate. */
export async function delegateFlow(env: WizardEnv): Promise<FlowResult> {
  return closingKeys((opened) => delegate(env, opened));
}

async function delegate(env: WizardEnv, opened: SigningKey[]): Promise<FlowResult> {
  const p = env.prompter;
  const { authority, certFile, keyFile } = await askAuthority(env, "signing CA", opened);
  if (authority.policy) p.print(`The signing CA's policy: ${ppCommand({ kind: "policy_add", policy: authority.policy }, releaseOfEnv(env))}`);
  const subName = parseLabel(
    await p.input({ message: "sub-CA name (one label, e.g. alice)", validate: validator((s) => parseLabel(s, "sub-CA name")) }),
    "sub-CA name",
  );
  const { policy, argv } = await askPolicy(env, authority.policy);
  const command: Command = { kind: "policy_add", policy };
  const name: Name = { path: [subName], name: null };
  const requested = await planRequest(command, name, { outDir: env.cwd, release: releaseOfEnv(env) });
  const signed = await signRequest(authority, requested.request.der, { release: releaseOfEnv(env), ...(env.now ? { now: env.now } : {}) });
  const dbFile = await p.input({ message: "CA database file", default: "ca.db", validate: (s) => (s.trim() ? true : "give a file name") });
  const { plan: signing } = await signedPlan(signed, {
    databaseFile: path.resolve(env.cwd, dbFile),
    outDir: env.cwd,
    caCertificateFile: path.resolve(env.cwd, certFile),
    caKeyFile: path.resolve(env.cwd, keyFile),
  });
  const plan = [...requested.plan, ...signing];
  p.print(preview(command, plan, env.cwd, `sub-CA ${subName}`, releaseOfEnv(env)));
  return confirmAndWrite(env, plan, [
    ["add-policy", subName, ...argv, "--csr"],
    ["sign", certFile, dbFile, keyFile, `${subName}.req`],
  ]);
}

// ─── a new CA ──────────────────────────────────────────────────────────────

/** Flow 1: a root CA and the TLS endpoint's server certificate. */
export async function setupFlow(env: WizardEnv): Promise<FlowResult> {
  const p = env.prompter;
  const caName = parseLabel(
    await p.input({ message: "CA name", default: "ca", validate: validator((s) => parseLabel(s, "CA name")) }),
    "CA name",
  );
  const serverName = parseLabel(
    await p.input({
      message: "server certificate name (the TLS endpoint)",
      default: DEFAULT_SERVER_NAME,
      validate: validator((s) => {
        parseLabel(s, "server name");
        if (s === caName || s === "cacert") throw new Error(`the server must be named differently from the CA (${caName}) and from "cacert"`);
      }),
    }),
    "server name",
  );
  const dbFile = await p.input({ message: "CA database file", default: "ca.db", validate: (s) => (s.trim() ? true : "give a file name") });
  const { plan } = await planAuthority({
    name: caName,
    databaseFile: path.resolve(env.cwd, dbFile),
    serverName,
    outDir: env.cwd,
    ...(env.now ? { now: env.now } : {}),
  });
  p.print(
    `${preview(null, plan, env.cwd, `CA ${caName}`, releaseOfEnv(env))}\n` +
      `CA certificate: CN=${caName}, root CA, self-signed, ${BUILTIN_PROFILES["root-ca"].validitySeconds / 86400} days\n` +
      `server certificate: CN=${serverName}, TLS server, ${BUILTIN_PROFILES.server.validitySeconds / 86400} days`,
  );
  const argv = ["generate", caName, dbFile];
  if (serverName !== DEFAULT_SERVER_NAME) argv.push(`--server=${serverName}`);
  return confirmAndWrite(env, plan, [argv]);
}

// ─── signing ───────────────────────────────────────────────────────────────

/** Flow 4: sign the pending requests (`*.req` without a `.pem`) in a folder. */
export async function signFlow(env: WizardEnv): Promise<FlowResult> {
  return closingKeys((opened) => signPending(env, opened));
}

async function signPending(env: WizardEnv, opened: SigningKey[]): Promise<FlowResult> {
  const p = env.prompter;
  const { authority, certFile, keyFile } = await askAuthority(env, "signing CA", opened);
  const folder = await p.input({ message: "folder with the requests", default: ".", validate: (s) => (statSync(path.resolve(env.cwd, s), { throwIfNoEntry: false })?.isDirectory() ? true : `${s}: not a folder`) });
  const dir = path.resolve(env.cwd, folder);
  const dbFile = await p.input({ message: "CA database file", default: "ca.db", validate: (s) => (s.trim() ? true : "give a file name") });
  const pending: string[] = [];
  for (const f of (await readdir(dir)).sort()) {
    if (f.endsWith(".req") && !(await exists(path.join(dir, f.replace(/\.req$/, ".pem"))))) pending.push(f);
  }
  if (pending.length === 0) {
    p.print("No pending requests (every .req already has its .pem).");
    return NOTHING;
  }
  const plan: PlannedWrite[] = [];
  const argvs: string[][] = [];
  const texts: string[] = [];
  for (const f of pending) {
    let signed;
    try {
      signed = await signRequest(authority, await readFile(path.join(dir, f)), {
        release: releaseOfEnv(env),
        ...(env.now ? { now: env.now } : {}),
      });
    } catch (e) {
      texts.push(`  ${f}: refused — ${msg(e)}`);
      continue;
    }
    const what = signed.command ? ppCommand(signed.command, releaseOfEnv(env)) : "no Albatross extension (server certificate)";
    texts.push(`  ${f}: CN=${signed.commonName}, ${signed.profile}: ${what}`);
    // what the request asks for, decoded, before the question
    const details = signed.command ? readableCommand(signed.command) : [];
    p.print(`${f}: CN=${signed.commonName}, ${signed.profile}: ${what}${details.length ? `\n${formatLines(details, "    ")}` : ""}`);
    const sign = await p.confirm({ message: `sign ${f} (${signed.commonName})?`, default: true });
    if (!sign) continue;
    const signing = await signedPlan(signed, {
      databaseFile: path.resolve(env.cwd, dbFile),
      outDir: dir,
      caCertificateFile: path.resolve(env.cwd, certFile),
      caKeyFile: path.resolve(env.cwd, keyFile),
    });
    plan.push(...signing.plan);
    const outDir = path.relative(env.cwd, dir);
    argvs.push(["sign", certFile, dbFile, keyFile, path.relative(env.cwd, path.join(dir, f)), ...(outDir ? [`--out-dir=${outDir}`] : [])]);
  }
  p.print(`requests:\n${texts.join("\n")}`);
  if (plan.length === 0) {
    p.print("Nothing to sign.");
    return NOTHING;
  }
  p.print(`files that will be written:\n${describePlan(plan, env.cwd)}`);
  return confirmAndWrite(env, plan, argvs);
}

// ─── inspecting ────────────────────────────────────────────────────────────

/** Flow 5: what a certificate or request carries (read only). */
export async function inspectFlow(env: WizardEnv): Promise<FlowResult> {
  const p = env.prompter;
  const file = await p.input({
    message: "file to inspect (certificate, chain, request, key or dump)",
    validate: (s) => fileExistsSync(env.cwd, s),
  });
  const inspection = await inspect(await readFile(path.resolve(env.cwd, file)));
  p.print(inspectionToText(inspection));
  const done = (argvs: string[][]): FlowResult => {
    const commandLines = argvs.map(commandLine);
    p.print(`The same, without questions:\n${commandLines.map((c) => `  ${c}`).join("\n")}`);
    return { written: [], commandLines };
  };
  if (inspection.kind !== "chain" && inspection.kind !== "certificate") return done([["inspect", file]]);
  const ca = await p.input({
    message: "audit it against a CA certificate (empty to skip)",
    default: "",
    validate: (s) => (s.trim() === "" ? true : fileExistsSync(env.cwd, s)),
  });
  if (ca.trim() === "") return done([["inspect", file]]);
  const audit = await auditChain(await readFile(path.resolve(env.cwd, file)), { ca: await readFile(path.resolve(env.cwd, ca)) });
  p.print(auditToText(audit));
  return done([["inspect", file], ["audit", file, "--ca", ca]]);
}

// ─── the menu ──────────────────────────────────────────────────────────────

export type FlowName = "setup" | "delegate" | "request" | "sign" | "inspect";

export const FLOWS: Record<FlowName, (env: WizardEnv) => Promise<FlowResult>> = {
  setup: setupFlow,
  delegate: delegateFlow,
  request: (env) => requestFlow(env),
  sign: signFlow,
  inspect: inspectFlow,
};

export async function runWizard(env: WizardEnv): Promise<FlowResult> {
  const flow = await env.prompter.select<FlowName>({
    message: "What do you want to do?",
    choices: [
      { name: "set up a new CA (and the server certificate)", value: "setup" },
      { name: "delegate a sub-CA with a policy", value: "delegate" },
      { name: "request a certificate for a command (CSR)", value: "request" },
      { name: "sign pending requests in a folder", value: "sign" },
      { name: "inspect a file, audit a certificate chain", value: "inspect" },
    ],
  });
  return FLOWS[flow](env);
}

