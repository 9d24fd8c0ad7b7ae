// What the wizard's flows share: where they run (the prompter, the folder,
// the target release), the preview, the confirmation that writes the plan or
// prints the command line instead, and the questions several flows ask.

import { statSync } from "node:fs";
import path from "node:path";
import { type Authority, readAuthority } from "../ca/authority.js";
import type { ProgressCallback } from "../ca/commands.js";
import { CaError, type Warn } from "../ca/errors.js";
import { newPassphraseTyped, type Passphrase } from "../ca/files.js";
import { describePlan, executePlan, type Plan, plannedFiles } from "../ca/plan.js";
import { CA_CERTIFICATE_FILE } from "../ca/generate.js";
import type { Command } from "../model/command.js";
import { DEFAULT_RELEASE, type Release, RELEASE_VERSION, RELEASES } from "../model/release.js";
import { ppCommand } from "../render/albatross.js";
import { formatLines, readableCommand } from "../render/readable.js";
import { DEFAULT_KEY_TYPE, KEY_TYPES, type KeyType, type SigningKey } from "../x509/index.js";
import { commandLine, exists } from "./plan.js";
import type { Prompter } from "./prompter.js";
import { keyChoice, validateKeySpec } from "./token.js";

export interface WizardEnv {
  prompter: Prompter;
  /** where files are read from and written to */
  cwd: string;
  now?: Date;
  /** the Albatross release written and checked for (default: the current one) */
  release?: Release;
  /**
   * Runs the compression of an image or block data, which is told its bytes
   * done as it goes, under a display of them (the CLI's bar on a terminal);
   * without it, the work is just run.
   */
  compressing?: <T>(work: (tell: ProgressCallback) => Promise<T>) => Promise<T>;
}

export const releaseOfEnv = (env: WizardEnv): Release => env.release ?? DEFAULT_RELEASE;

export const compressingOfEnv = <T>(env: WizardEnv, work: (tell: ProgressCallback) => Promise<T>): Promise<T> =>
  env.compressing === undefined ? work(() => undefined) : env.compressing(work);

/** The printed command line of something whose result depends on the release: the release said, so it holds in any shell. */
export const forRelease = (env: WizardEnv, argv: readonly string[]): string[] => [...argv, `--albatross=${releaseOfEnv(env)}`];

/** The CA layer's warnings, shown between the questions. */
export const warnOf = (env: WizardEnv): Warn => (message) => env.prompter.print(`warning: ${message}`);

/** What a flow did: the files it wrote (none when declined) and its command line(s). */
export interface FlowResult {
  written: string[];
  commandLines: string[];
}

export const NOTHING: FlowResult = { written: [], commandLines: [] };

export function msg(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export function fileExistsSync(cwd: string, file: string): true | string {
  const st = statSync(path.resolve(cwd, file), { throwIfNoEntry: false });
  return st === undefined ? `${file}: no such file` : st.isFile() ? true : `${file}: not a file`;
}

export function folderExistsSync(cwd: string, folder: string): true | string {
  return statSync(path.resolve(cwd, folder), { throwIfNoEntry: false })?.isDirectory() ? true : `${folder}: not a folder`;
}

/** The preview: Albatross's text of each command, the readable view, the files. */
export function preview(commands: readonly Command[], plan: Plan, env: WizardEnv, title: string): string {
  const release = releaseOfEnv(env);
  const lines = [`── ${title} ──`];
  for (const command of commands) {
    lines.push(`certificate extension (as Albatross ${release} prints it):`, `  ${ppCommand(command, release)}`);
    const readable = readableCommand(command);
    if (readable.length) lines.push("in words:", formatLines(readable, "  "));
  }
  lines.push("files that will be written:", describePlan(plan, env.cwd));
  return lines.join("\n");
}

/**
 * "Write these files?": yes writes the plan, no writes nothing; either way the
 * command lines are printed. A request, certificate or CA file already there
 * is replaced only when the user says so, as with --force (keys never are).
 */
export async function confirmAndWrite(env: WizardEnv, plan: Plan, argvs: string[][]): Promise<FlowResult> {
  const p = env.prompter;
  const present: string[] = [];
  for (const w of plan) if (w.kind === "file" && !w.replace && (await exists(w.file))) present.push(path.relative(env.cwd, w.file));
  const replace = present.length > 0 && (await p.confirm({ message: `${present.join(", ")} exist${present.length > 1 ? "" : "s"}: replace (--force)?`, default: false }));
  const commandLines = argvs.map((argv) => commandLine(replace ? [...argv, "--force"] : argv));
  const ok = (present.length === 0 || replace) && (await p.confirm({ message: "Write these files?", default: false }));
  if (!ok) {
    p.print(`Nothing was written. The same, without questions:\n${commandLines.map((c) => `  ${c}`).join("\n")}`);
    return { written: [], commandLines };
  }
  await executePlan(replace ? plan.map((w) => (w.kind === "file" ? { ...w, replace: true } : w)) : plan);
  const written = plannedFiles(plan);
  p.print(
    `Written:\n${written.map((f) => `  ${path.relative(env.cwd, f)}`).join("\n")}\n` +
      `Next time, without questions:\n${commandLines.map((c) => `  ${c}`).join("\n")}`,
  );
  return { written, commandLines };
}

/** The target release, asked once before a flow that writes or judges as one (the given one first, as the default). */
export async function askRelease(env: WizardEnv): Promise<Release> {
  const given = releaseOfEnv(env);
  const ordered = [given, ...RELEASES.filter((r) => r !== given)];
  return env.prompter.select<Release>({
    message: "Albatross release of the hosts",
    choices: ordered.map((r) => ({ name: `${r} (${RELEASE_VERSION[r]}${r === DEFAULT_RELEASE ? ", the current release" : ""})`, value: r })),
  });
}

/** The type of a new key; the default first. */
export async function askKeyType(env: WizardEnv, message = "type of the new key"): Promise<{ keyType: KeyType; argv: string[] }> {
  const keyType = await env.prompter.select<KeyType>({
    message,
    choices: [DEFAULT_KEY_TYPE, ...KEY_TYPES.filter((k) => k !== DEFAULT_KEY_TYPE)].map((k) => ({ name: k, value: k })),
  });
  return { keyType, argv: keyType === DEFAULT_KEY_TYPE ? [] : [`--key-type=${keyType}`] };
}

/**
 * A new key's passphrase as `generate --encrypt-key` asks it: twice, hidden.
 * An empty or mistyped one is said and asked again.
 */
export async function askNewPassphrase(p: Prompter, password: NonNullable<Prompter["password"]>): Promise<string> {
  for (;;) {
    try {
      return await newPassphraseTyped((message) => password.call(p, { message }));
    } catch (e) {
      if (!(e instanceof CaError)) throw e;
      p.print(`${msg(e)}: type it again`);
    }
  }
}

/** The passphrase of an encrypted key, asked hidden when the key turns out to be encrypted. */
export function passphraseOf(p: Prompter, file: string): { passphrase?: Passphrase } {
  return p.password === undefined ? {} : { passphrase: () => p.password!({ message: `passphrase of ${file}` }) };
}

/** A signing CA's certificate and key; a key that is not the certificate's (or a wrong passphrase) is asked again. */
export async function askAuthority(
  env: WizardEnv,
  what: string,
  opened: SigningKey[],
  defaultKey?: (certFile: string) => string | undefined,
): Promise<{ authority: Authority; certFile: string; keyFile: string }> {
  const p = env.prompter;
  const certFile = await p.input({
    message: `${what}: certificate file`,
    default: CA_CERTIFICATE_FILE,
    validate: (s) => fileExistsSync(env.cwd, s),
  });
  const keyDefault = defaultKey?.(certFile);
  for (;;) {
    const answer = await p.input({
      message: `${what}: private key file (or a pkcs11: URI for a key in a token)`,
      ...(keyDefault === undefined ? {} : { default: keyDefault }),
      validate: (s) => validateKeySpec(env.cwd, s),
    });
    const key = await keyChoice(p, env.cwd, answer);
    try {
      const authority = await readAuthority(path.resolve(env.cwd, certFile), key.spec, releaseOfEnv(env), {
        ...passphraseOf(p, answer),
        ...key.options,
      });
      opened.push(authority.key);
      return { authority, certFile, keyFile: key.argument };
    } catch (e) {
      p.print(`${msg(e)}: give the key of ${certFile}`);
    }
  }
}
