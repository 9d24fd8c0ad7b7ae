// Runs the real CLI (bin/albatross-ca.js) as a user would.
//
// The suites written for Albatross 2.4.1 run it with ALBATROSS_VERSION=2.4
// (the environment's way of choosing a release); a test for another release
// says so with `env` or --albatross.

import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { callMain } from "./main-call.js";
import { cliPath } from "./paths.js";

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
  stdoutBytes: Buffer;
}

export interface CliOptions {
  input?: string | Buffer;
  cwd?: string;
  /** variables set for the run (ALBATROSS_VERSION defaults to 2.4; undefined removes a variable) */
  env?: Record<string, string | undefined>;
}

export function runCli(args: string[], options: CliOptions = {}): CliResult {
  const env: Record<string, string | undefined> = { ...process.env, ALBATROSS_VERSION: "2.4", ...options.env };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const r = spawnSync(process.execPath, [cliPath, ...args], {
    input: options.input ?? "",
    cwd: options.cwd,
    env: env as NodeJS.ProcessEnv,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout.toString("utf8"), stderr: r.stderr.toString("utf8"), stdoutBytes: r.stdout };
}

/**
 * As runCli, without a process of its own: the CLI's entry point in the test's
 * process (callMain). For the many calls whose outcome does not depend on
 * being a separate process (no standard input, no signals, no concurrency).
 */
export async function runCliHere(args: string[], options: Omit<CliOptions, "input"> = {}): Promise<CliResult> {
  const env = { ALBATROSS_VERSION: "2.4", ...options.env };
  const r = await callMain({ args, ...(options.cwd === undefined ? {} : { cwd: options.cwd }), env: Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v ?? null])) });
  return { status: r.status, stdout: r.stdout.toString("utf8"), stderr: r.stderr.toString("utf8"), stdoutBytes: r.stdout };
}

const batchPath = path.join(path.dirname(fileURLToPath(import.meta.url)), "cli-batch.js");

export interface BatchCall {
  args: string[];
  cwd?: string;
  /** variables set for this call only, over runCli's defaults (undefined removes one) */
  env?: Record<string, string | undefined>;
}

/**
 * Many invocations without standard input, in one process (cli-batch.js):
 * each is the CLI's own entry point with its arguments, working directory and
 * environment, and its exit status and output are what the user would see.
 */
export function runCliBatch(calls: readonly BatchCall[]): CliResult[] {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "cli-batch-")), "calls.json");
  // JSON has no undefined: a removed variable travels as null
  fs.writeFileSync(file, JSON.stringify(calls, (_k, v: unknown) => (v === undefined ? null : v)));
  const env = { ...process.env, ALBATROSS_VERSION: "2.4" };
  const r = spawnSync(process.execPath, [batchPath, file], { input: "", env, maxBuffer: 1024 * 1024 * 1024 });
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
  if (r.status !== 0) throw new Error(`cli-batch failed (${r.status}): ${r.stderr.toString("utf8")}`);
  return (JSON.parse(r.stdout.toString("utf8")) as { status: number; stdout: string; stderr: string }[]).map((x) => {
    const stdoutBytes = Buffer.from(x.stdout, "base64");
    return { status: x.status, stdout: stdoutBytes.toString("utf8"), stderr: Buffer.from(x.stderr, "base64").toString("utf8"), stdoutBytes };
  });
}

/**
 * A loop of test cases that each run the CLI, for the cost of one process:
 * the calls (made, with their folders, when the first case asks) run
 * together in one batch; each case still reads and asserts its own result.
 */
export function lazyBatch(calls: () => readonly BatchCall[]): (index: number) => CliResult {
  let results: CliResult[] | undefined;
  return (index) => {
    results ??= runCliBatch(calls());
    return results[index]!;
  };
}
