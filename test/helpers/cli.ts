// Runs the real CLI (bin/albatross-ca.js) as a user would.

import { spawnSync } from "node:child_process";
import { cliPath } from "./paths.js";

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
  stdoutBytes: Buffer;
}

export function runCli(
  args: string[],
  options: { input?: string | Buffer; cwd?: string; env?: NodeJS.ProcessEnv } = {},
): CliResult {
  const r = spawnSync(process.execPath, [cliPath, ...args], {
    input: options.input ?? "",
    cwd: options.cwd,
    ...(options.env === undefined ? {} : { env: options.env }),
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout.toString("utf8"), stderr: r.stderr.toString("utf8"), stdoutBytes: r.stdout };
}
