// Runs the real CLI (bin/albatross-ca.js) as a user would.
//
// The suites written for Albatross 2.4.1 run it with ALBATROSS_VERSION=2.4
// (the environment's way of choosing a release); a test for another release
// says so with `env` or --albatross.

import { spawnSync } from "node:child_process";
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
