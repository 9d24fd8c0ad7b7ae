// albatross-client's command subcommands (create, console, add-policy, ...)
// with its names, positionals, options and defaults, as the target release's
// client has them (2.7.2 adds --startup, --no-add-name, a CPU set, --cpus,
// --linux-boot, --typ, inactive-consoles, replace-policy and aliases). Each writes what
// `albatross-client <command> --csr` writes — `<CN>.key` (reused when present)
// and `<CN>.req` — or, with --issue, a fresh key and a five-minute
// certificate signed by --ca/--ca-key, as the client mints for --destination.

import { existsSync } from "node:fs";
import { bytesToWriteAround } from "../../asn1/der.js";
import type { Argv, Options } from "yargs";
import { define } from "./index.js";
import {
  addPolicyCommand,
  CLIENT_RULES,
  commandFromJson,
  consoleCommand,
  createBlockCommandsWithProgress,
  commonNameFor,
  createCommandWithProgress,
  type ProgressCallback,
  type CreateOptions,
  dumpBlockCommand,
  getCommand,
  issueLeafFiles,
  locateAuthority,
  nameForCommonName,
  NO_NAME,
  restartCommand,
  setBlockCommandWithProgress,
  statsAddCommand,
  unikernelArguments,
  type UnikernelOptions,
  type Warn,
  writeRequests,
} from "../../ca/index.js";
import type { Command } from "../../model/command.js";
import type { Release } from "../../model/release.js";
import type { Typ } from "../../model/unikernel.js";
import { isValidLabel, type Name, nameOfString, pathOfString, root } from "../../model/name.js";
import { ppCommand } from "../../render/albatross.js";
import { DEFAULT_KEY_TYPE, KEY_TYPES, type KeyType } from "../../x509/index.js";
import {
  parseBlock,
  parseBridgeTap,
  parseCompressionLevel,
  parseInteger,
  parseNet,
  parseTimestamp,
} from "../../ca/arguments.js";
import { ifGiven, repeated, single } from "../args.js";
import { withProgress } from "../progress.js";
import { releaseOf } from "../release.js";
import { CliError, oneLine } from "../errors.js";
import {
  keySource,
  type KeySourceArgs,
  TOKEN_OPTIONS,
  type TokenArgs,
  tokenAccess,
  withKeySourceOptions,
  withTokenOptions,
} from "../token.js";
import type { CaKeySource } from "../../ca/generate.js";
import { type PassphraseArgs, passphraseSource, withPassphraseOption } from "../passphrase.js";
import type { TokenAccess } from "../../pkcs11/index.js";
import { readInput, readJsonInput } from "../io.js";
import { certificateFacts, commandJson, type Format, FORMAT_OPTION, inOutDir, nameJson, report } from "../output.js";

type Value = string | string[] | undefined;

/** What every subcommand takes besides its own arguments. */
interface OutputArgs {
  csr?: boolean;
  issue: boolean;
  ca?: Value;
  "ca-key"?: Value;
  "key-type": KeyType;
  "out-dir"?: Value;
  force: boolean;
}

type Args = OutputArgs & TokenArgs & KeySourceArgs & PassphraseArgs & Record<string, unknown>;

function withOutput(b: Argv): Argv {
  return withPassphraseOption(withKeySourceOptions(withTokenOptions(b), "<CN>.key"))
    .option("csr", { type: "boolean", describe: "write <CN>.key and the request <CN>.req (what happens without --issue)" })
    .option("issue", {
      type: "boolean",
      default: false,
      describe: "issue a 5-minute certificate with a fresh key (<CN>-<serial>.key and .pem), signed by --ca/--ca-key, instead of a request",
    })
    .option("ca", { type: "string", describe: "with --issue: the signing CA's certificate [default: cacert.pem]" })
    .option("ca-key", {
      type: "string",
      describe: "with --issue: the signing CA's private key, a file or a pkcs11: URI [default: <CN of --ca>.key beside it]",
    })
    .option("key-type", { choices: KEY_TYPES, default: DEFAULT_KEY_TYPE, describe: "type of a new key" })
    .option("out-dir", {
      type: "string",
      describe: "where <CN>.key and <CN>.req (or <CN>-<serial>.key and .pem) go, created when missing [default: .]",
    })
    .option("force", { type: "boolean", default: false, describe: "replace an existing <CN>.req (keys are never replaced)" })
    .option("format", FORMAT_OPTION)
    .group(["csr", "issue", "ca", "ca-key", "key", "pkcs11", ...TOKEN_OPTIONS, "passphrase-file", "key-type", "out-dir", "force", "format"], "Certificate options:");
}

const warn: Warn = (message) => process.stderr.write(`warning: ${message}\n`);

type Output =
  | { kind: "request"; outDir: string; keyType: KeyType; force: boolean; key: CaKeySource; token: TokenAccess }
  | { kind: "issue"; outDir: string; keyType: KeyType; caCertificateFile: string; caKeyFile: string; token: TokenAccess };

function outputOf(a: Args): Output {
  if (a.csr && a.issue) throw new CliError("the options --csr and --issue are mutually exclusive");
  const outDir = single(a["out-dir"], "--out-dir") ?? ".";
  const ca = single(a.ca, "--ca");
  const caKey = single(a["ca-key"], "--ca-key");
  const keyType = a["key-type"];
  const force = a.force;
  if (a.issue) {
    if (a.key !== undefined || a.pkcs11 !== undefined) throw new CliError("--key and --pkcs11 are for requests: --issue makes a fresh key");
    return { kind: "issue", outDir, keyType, ...locateAuthority({ caCertificateFile: ca, caKeyFile: caKey }), token: tokenAccess(a) };
  }
  if (ca !== undefined || caKey !== undefined) throw new CliError("--ca and --ca-key are only used with --issue");
  return { kind: "request", outDir, keyType, force, key: keySource(a), token: tokenAccess(a) };
}

/**
 * A subcommand's handler: checks the output options, builds the command from
 * the arguments, and writes the request or the one-shot certificate.
 */
interface Built {
  name: Name;
  command: Command;
  /** a second command for the same name (2.7's block set after create-block --data): `<CN>.data.req` */
  followUp?: Command | undefined;
}

const emitting = (build: (a: Args, release: Release) => Built | Promise<Built>) => async (argv: unknown) => {
  const a = argv as Args;
  const format = a.format as Format;
  const output = outputOf(a);
  const release = releaseOf(a);
  refuseOtherReleaseOptions(a, release);
  const { name, command, followUp } = await build(a, release);
  const summary = ppCommand(command, release);
  const outDir = single(a["out-dir"], "--out-dir");
  const about = () => ({ common_name: commonNameFor(command, name), name: nameJson(name), command: commandJson(command) });
  if (output.kind === "issue") {
    if (followUp) throw new CliError(FOLLOW_UP_ISSUE);
    const r = await inOutDir(outDir, () => issueLeafFiles(command, name, { ...output, ...passphraseSource(a), warn, release }));
    await report(
      format,
      [`${r.keyFile}: new ${output.keyType} key`, `${r.certificateFile}: CN=${r.commonName}, valid 300 seconds: ${summary}`],
      () => ({ files: { key: r.keyFile, certificate: r.certificateFile }, ...about(), ...certificateFacts(r.certificate.der), key_type: output.keyType }),
    );
    return;
  }
  const [r, f] = await inOutDir(outDir, () =>
    writeRequests(followUp ? [command, followUp] : [command], name, { ...output, ...passphraseSource(a), warn, release }),
  );
  await report(
    format,
    [`${r!.keyFile}: ${r!.keyCreated ? `new ${output.keyType} key` : "existing key reused"}`, `${r!.requestFile}: request for CN=${r!.commonName}: ${summary}`],
    () => ({ files: { key: r!.keyFile, request: r!.requestFile }, ...about(), key_created: r!.keyCreated }),
  );
  if (followUp && f) {
    await report(format, [`${f.requestFile}: request for CN=${f.commonName}: ${ppCommand(followUp, release)} (then send the data)`], () => ({
      files: { key: f.keyFile, request: f.requestFile },
      ...about(),
      command: commandJson(followUp),
      key_created: f.keyCreated,
    }));
  }
};

const FOLLOW_UP_ISSUE =
  "create-block --data is two commands for Albatross 2.7 (block add, then block set with the data): " +
  "with --issue, run create-block without --data, then set-block";

/** Options and subcommands only one release's client has (CLIENT_RULES) are refused for the other. */
function refuseOtherReleaseOptions(a: Args, release: Release): void {
  for (const [other, rules] of Object.entries(CLIENT_RULES) as [Release, (typeof CLIENT_RULES)[Release]][]) {
    if (other === release) continue;
    const given = rules.onlyOptions.filter((o) => a[o] !== undefined);
    if (given.length > 0) {
      throw new CliError(`--${given.join(", --")}: albatross-client ${other} options (the target is Albatross ${release}; give --albatross ${other})`);
    }
    const sub = String(Array.isArray(a._) ? a._[0] : "");
    if (rules.onlyCommands.includes(sub)) {
      throw new CliError(`${sub}: an albatross-client ${other} command (the target is Albatross ${release}; give --albatross ${other})`);
    }
  }
}

/** How each release's client reads --cpu for create and restart: one id (2.4), a set (2.7). */
const CPU_OPTION: Record<(typeof CLIENT_RULES)[Release]["cpuids"], (v: Value) => bigint[] | undefined> = {
  one: (v) => {
    const s = single(v, "--cpu");
    return s === undefined ? undefined : [parseInteger(s, "--cpu")];
  },
  set: (v) => {
    const given = repeated(v);
    return given.length ? given.map((x) => parseInteger(x, "--cpu")) : undefined;
  },
};

// ---- arguments to domain values ----

function unikernelName(value: unknown, what = "UNIKERNEL-NAME"): Name {
  try {
    return nameOfString(String(value));
  } catch (e) {
    throw new CliError(`${what} ${JSON.stringify(String(value))}: ${oneLine(e)}`);
  }
}

function optionalName(value: Value, option: string): Name {
  const s = single(value, option);
  return s === undefined ? root : unikernelName(s, option);
}

function policyPath(value: Value, what: string): Name {
  const s = single(value, what);
  if (s === undefined) return root;
  try {
    return { path: pathOfString(s), name: null };
  } catch (e) {
    throw new CliError(`${what} ${JSON.stringify(s)}: ${oneLine(e)}`);
  }
}

function integer(value: Value, option: string): bigint | undefined {
  const s = single(value, option);
  return s === undefined ? undefined : parseInteger(s, option);
}

/** What create, create-block and set-block compress, under a bar on a terminal once it takes a second (2.7's block data is not compressed here: none). */
const compressing = <T>(work: (tell: ProgressCallback) => Promise<T>): Promise<T> => withProgress("compressing", "bytes", work);

function level(a: Args): number | undefined {
  const s = single(a["compression-level"] as Value, "--compression-level");
  return s === undefined ? undefined : parseCompressionLevel(s);
}

/**
 * A view of the bytes read, not a copy: an image may be hundreds of MB. A
 * file is read into memory handed over to the writer (its request is
 * written around it, not copied into new memory).
 */
function file(value: unknown): Uint8Array {
  const bytes = readInput(String(value), bytesToWriteAround);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * The level Albatross compresses a download at (get, dump-block): the client
 * sends any integer, so do we, with a word when zlib would not take it.
 */
function serverLevel(a: Args): bigint | undefined {
  const n = integer(a["compression-level"] as Value, "--compression-level");
  if (n !== undefined && (n < 0n || n > 9n)) warn(`compression level ${n}: Albatross hands it to zlib, which takes 0 to 9`);
  return n;
}

/** The image of create: read for Solo5, only required to exist for bhyve (albatross-client 2.7 sends none). */
function imageOf(a: Args): Uint8Array {
  if (a.typ !== "bhyve") return file(a.image);
  if (!existsSync(String(a.image))) throw new CliError(`${String(a.image)}: no such file`);
  warn("--typ=bhyve: the image file is not read; the VM boots from its block devices");
  return new Uint8Array(0);
}

/** add-policy's block storage: --size, or its alias --block (albatross-client 2.7's name). */
function policyBlock(a: Args): bigint | undefined {
  return integer(a.size as Value, "--size (or --block)");
}

/** The options shared by create and restart --replace-arguments. */
function unikernelOptions(a: Args, release: Release): UnikernelOptions {
  const bootPartition = single(a["linux-boot"] as Value, "--linux-boot");
  return {
    ...ifGiven("cpuids", CPU_OPTION[CLIENT_RULES[release].cpuids](a.cpu as Value)),
    ...ifGiven("startup", integer(a.startup as Value, "--startup")),
    ...ifGiven("addName", a["add-name"] === false ? false : undefined),
    ...ifGiven("numcpus", integer(a.cpus as Value, "--cpus")),
    ...ifGiven("linuxBootPartition", bootPartition),
    ...ifGiven("memory", integer(a.mem as Value, "--mem")),
    argv: repeated(a.arg as Value),
    blockDevices: repeated(a.block as Value).map((v) => parseBlock(v)),
    bridges: repeated(a.net as Value).map((v) => parseNet(v)),
    restartOnFail: a["restart-on-fail"] === true,
    exitCodes: repeated(a["exit-code"] as Value).map((v) => parseInteger(v, "--exit-code")),
  };
}

const UNIKERNEL_OPTIONS = ["cpu", "mem", "arg", "block", "net", "restart-on-fail", "exit-code", "startup", "add-name", "cpus", "linux-boot"];

// ---- option declarations ----

const str = (describe: string, extra: Options = {}): Options => ({ type: "string", describe, ...extra });

function unikernelOptionsOf(b: Argv): Argv {
  return b
    .option("cpu", str("CPU id to use [default: 0]; Albatross 2.7: repeatable, a set"))
    .option("startup", str("Albatross 2.7: start-up priority, 0 is the highest [default: not specified, Albatross uses 50]"))
    .option("add-name", { type: "boolean", describe: "Albatross 2.7: --no-add-name keeps Albatross from adding --name=<UNIKERNEL-NAME> to the boot arguments" })
    .option("cpus", str("Albatross 2.7: number of virtual CPUs (bhyve) [default: 1]"))
    .option("linux-boot", str("Albatross 2.7: the partition a Linux VM boots from (bhyve)"))
    .option("mem", str("memory to assign, in MB [default: 32]"))
    .option("arg", str("boot argument, repeatable; give it as --arg='--hello=Hi'"))
    .option("block", str("block device name[@sector-size] or name:device-name[@sector-size], repeatable"))
    .option("net", str("network device [name:]bridge[@mac], repeatable"))
    .option("restart-on-fail", { type: "boolean", alias: "restart", describe: "restart the unikernel when it exits" })
    .option(
      "exit-code",
      str("exit code to restart on, repeatable [default: all except 1, 60, 61, 62, 63, 64 (Solo5 and argument errors)]"),
    );
}

const compressionLevel = str("compression level 0-9, 0 for none [default: 9]");
const nameOption = str("name of the unikernel [default: none]", { alias: "n" });
const pathOption = str("path of the policy [default: the root]", { alias: "p" });

/** A CN given on the command line: one label, or "." for none. */
function commonName(value: Value): string | undefined {
  const s = single(value, "--name");
  if (s !== undefined && s !== NO_NAME && !isValidLabel(s)) {
    throw new CliError(`--name ${JSON.stringify(s)}: a common name is one label (1 to 63 of a-z A-Z 0-9 - .) or "."`);
  }
  return s;
}

/** add-policy, and its 2.7 alias replace-policy (albatross-client 2.7.2 registers both names). */
const policyBuilder = (b: Argv) =>
        withOutput(
          b
            .positional("path", { type: "string", describe: "path (name) of the sub-CA" })
            .positional("unikernels", { type: "string", describe: "number of unikernels allowed at the same time" })
            .option("mem", str("memory to allow, in MB [default: 512]"))
            .option("cpu", str("CPU id to allow, repeatable [default: none; Albatross 2.7: 0]"))
            .option("size", str("block storage to allow, in MB [default: none]", { alias: "block" }))
            .option("bridge", str("bridge name to allow, repeatable", { alias: "network" })),
        );

const policyHandler = emitting((a, release) => ({
        name: policyPath(String(a.path), "PATH"),
        command: addPolicyCommand(
          {
            unikernels: parseInteger(String(a.unikernels), "UNIKERNELS"),
            ...ifGiven("memory", integer(a.mem as Value, "--mem")),
            cpuids: repeated(a.cpu as Value).map((v) => parseInteger(v, "--cpu")),
            ...ifGiven("block", policyBlock(a)),
            bridges: repeated(a.bridge as Value),
          },
          release,
          warn,
        ),
      }));

export function register(y: Argv): Argv {
  return y
    .command(
      define(
        "create",
      (b) =>
        withOutput(
          unikernelOptionsOf(
            b
              .positional("name", { type: "string", describe: "name of the unikernel" })
              .positional("image", { type: "string", describe: "the unikernel image (- for standard input); not read for --typ=bhyve" })
              .option("typ", { choices: ["solo5", "bhyve"] as const, describe: "Albatross 2.7: virtual machine type [default: solo5]" })
              .option("compression-level", compressionLevel)
              .option("skip-manifest-check", {
                type: "boolean",
                describe: "do not check the image's Solo5 device manifest against --block and --net (non-Solo5 images)",
              }),
          ),
        )
          // albatross-client's create --force, which the request file's --force cannot be told apart from
          .option("force", {
            type: "boolean",
            alias: "f",
            default: false,
            describe:
              "force-create: Albatross replaces a running unikernel of the same name; it also replaces an existing <CN>.req " +
              "(to request a plain create again, remove <CN>.req first)",
          }),
      emitting(async (a, release) => {
        const name = unikernelName(a.name);
        const options: CreateOptions = {
          ...unikernelOptions(a, release),
          ...ifGiven("typ", a.typ as Typ | undefined),
          image: imageOf(a),
          force: a.force === true,
          ...ifGiven("compressionLevel", level(a)),
          skipManifestCheck: a["skip-manifest-check"] === true,
        };
        return { name, command: await compressing((tell) => createCommandWithProgress(options, tell, warn)) };
      }),
    ))
    .command(
      define(
        "restart",
      (b) =>
        withOutput(
          unikernelOptionsOf(
            b
              .positional("name", { type: "string", describe: "name of the unikernel" })
              .option("replace-arguments", { type: "boolean", describe: "replace the arguments with the given ones" }),
          ),
        ),
      emitting((a, release) => {
        const name = unikernelName(a.name);
        if (a["replace-arguments"] === true) {
          return { name, command: restartCommand(unikernelArguments(unikernelOptions(a, release), warn)) };
        }
        const ignored = UNIKERNEL_OPTIONS.filter((o) => a[o] !== undefined && a[o] !== false);
        if (ignored.length > 0) warn(`without --replace-arguments, --${ignored.join(", --")} are ignored`);
        return { name, command: restartCommand(null) };
      }),
    ))
    .command(
      define(
        "destroy",
      (b) => withOutput(b.positional("name", { type: "string", describe: "name of the unikernel" })),
      emitting((a) => ({ name: unikernelName(a.name), command: { kind: "unikernel_destroy" } })),
    ))
    .command(
      define(
        "info",
      (b) => withOutput(b.option("name", nameOption)),
      emitting((a) => ({ name: optionalName(a.name as Value, "--name"), command: { kind: "unikernel_info" } })),
    ))
    .command(
      define(
        "get",
      (b) =>
        withOutput(
          b
            .positional("name", { type: "string", describe: "name of the unikernel" })
            .option("compression-level", compressionLevel),
        ),
      emitting((a) => ({ name: unikernelName(a.name), command: getCommand(serverLevel(a)) })),
    ))
    .command(
      define(
        "console",
      (b) =>
        withOutput(
          b
            .positional("name", { type: "string", describe: "name of the unikernel" })
            .option("since", str("lines since this time (RFC 3339, e.g. 2023-03-12T23:42:15Z; a date means midnight UTC)"))
            .option("count", str("the last COUNT lines, unless --since is given [default: 20]")),
        ),
      emitting((a) => {
        const since = single(a.since as Value, "--since");
        // as albatross-client: a time wins over a count
        if (since !== undefined && a.count !== undefined) warn("--count is ignored when --since is given");
        const command = consoleCommand({
          since: since === undefined ? undefined : parseTimestamp(since),
          count: integer(a.count as Value, "--count"),
        });
        return { name: unikernelName(a.name), command };
      }),
    ))
    .command(
      define(
        "stats",
      (b) => withOutput(b.option("name", nameOption)),
      emitting((a) => ({ name: optionalName(a.name as Value, "--name"), command: { kind: "stats_subscribe" } })),
    ))
    .command(
      define(
        "stats-add",
      (b) =>
        withOutput(
          b
            .positional("pid", { type: "string", describe: "process ID to monitor" })
            .option("vmmdev", str("VMM device name for VMM statistics (/dev/vmm/<name>)"))
            .option("bridge", str("bridge:tap, repeatable"))
            .option("name", nameOption),
        ),
      emitting((a) => ({
        name: optionalName(a.name as Value, "--name"),
        command: statsAddCommand({
          pid: parseInteger(String(a.pid), "PID"),
          vmmdev: single(a.vmmdev as Value, "--vmmdev"),
          taps: repeated(a.bridge as Value).map((v) => parseBridgeTap(v)),
        }),
      })),
    ))
    .command(
      define(
        "stats-remove",
      (b) => withOutput(b.option("name", nameOption)),
      emitting((a) => ({ name: optionalName(a.name as Value, "--name"), command: { kind: "stats_remove" } })),
    ))
    .command(
      define(
        "policy",
      (b) => withOutput(b.option("path", pathOption)),
      emitting((a) => ({ name: policyPath(a.path as Value, "--path"), command: { kind: "policy_info" } })),
    ))
    .command(
      define("add-policy", policyBuilder, policyHandler),
    )
    .command(define("replace-policy", policyBuilder, policyHandler))
    .command(
      define(
        "remove-policy",
      (b) => withOutput(b.option("path", pathOption)),
      emitting((a) => ({ name: policyPath(a.path as Value, "--path"), command: { kind: "policy_remove" } })),
    ))
    .command(
      define(
        "block",
      (b) => withOutput(b.option("name", str("name of the block device [default: none]"))),
      emitting((a) => ({ name: optionalName(a.name as Value, "--name"), command: { kind: "block_info" } })),
    ))
    .command(
      define(
        "create-block",
      (b) =>
        withOutput(
          b
            .positional("name", { type: "string", describe: "name of the block device" })
            .positional("size", { type: "string", describe: "size in MB" })
            .option(
              "data",
              str(
                "initial content (file name). Albatross 2.4: sent in the request. Albatross 2.7: two commands, " +
                  "block add in <NAME>.req and block set in <NAME>.data.req (albatross-client would write both to one " +
                  "file, the second replacing the first); the data itself is streamed when the set is executed",
              ),
            )
            .option("compression-level", compressionLevel),
        ),
      emitting(async (a, release) => {
        const name = unikernelName(a.name, "BLOCK-NAME");
        const data = single(a.data as Value, "--data");
        const block = {
          size: parseInteger(String(a.size), "BLOCK-SIZE"),
          data: data === undefined ? null : file(data),
          ...ifGiven("compressionLevel", level(a)),
        };
        const [command, followUp] = await compressing((tell) => createBlockCommandsWithProgress(block, release, tell));
        return { name, command: command!, followUp };
      }),
    ))
    .command(
      define(
        "set-block",
      (b) =>
        withOutput(
          b
            .positional("name", { type: "string", describe: "name of the block device" })
            .positional("file", { type: "string", describe: "the content" })
            .option("compression-level", compressionLevel),
        ),
      emitting(async (a, release) => {
        const name = unikernelName(a.name, "BLOCK-NAME");
        const data = file(a.file);
        return { name, command: await compressing((tell) => setBlockCommandWithProgress(data, release, tell, level(a))) };
      }),
    ))
    .command(
      define(
        "dump-block",
      (b) =>
        withOutput(
          b
            .positional("name", { type: "string", describe: "name of the block device" })
            .option("compression-level", compressionLevel),
        ),
      emitting((a) => ({ name: unikernelName(a.name, "BLOCK-NAME"), command: dumpBlockCommand(serverLevel(a)) })),
    ))
    .command(
      define(
        "inactive-consoles",
        (b) => withOutput(b.option("path", pathOption)),
        emitting((a) => ({ name: policyPath(a.path as Value, "--path"), command: { kind: "console_list_inactive" } })),
      ),
    )
    .command(
      define(
        "destroy-block",
      (b) => withOutput(b.positional("name", { type: "string", describe: "name of the block device" })),
      emitting((a) => ({ name: unikernelName(a.name, "BLOCK-NAME"), command: { kind: "block_remove" } })),
    ))
    .command(
      define(
        "request",
      (b) =>
        withOutput(
          b
            .positional("json", { type: "string", describe: "the JSON file, - for standard input" })
            .option("name", str("common name (one label, . for none) [default: the inspected certificate's]")),
        ),
      emitting(async (a) => {
        // an image in the JSON is decoded into memory the request is then written around, as create reads one
        const { command, commonName: cn } = commandFromJson(await readJsonInput(String(a.json), bytesToWriteAround), releaseOf(a));
        const chosen = commonName(a.name as Value) ?? cn;
        if (chosen === null) throw new CliError("give --name: the JSON does not say whose command it is");
        return { name: nameForCommonName(command, chosen), command };
      }),
    ));
}
