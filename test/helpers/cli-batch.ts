// Runs many CLI invocations in one process, one after the other, each in its
// own working directory: the real entry point (`main`, what bin/albatross-ca.js
// calls) with the output captured, without ~300 ms of Node start-up per call.
// Usage: node cli-batch.js CALLS.json  (an array of { args, cwd }); prints the
// results as a JSON array of { status, stdout, stderr } (base64). A call's
// `env` is set for that call only; a call that exits (--help) ends there.

import fs from "node:fs";
import { main } from "../../src/cli/main.js";

interface Call {
  args: string[];
  cwd?: string;
  /** null removes a variable */
  env?: Record<string, string | null>;
}

const calls = JSON.parse(fs.readFileSync(process.argv[2]!, "utf8")) as Call[];
const home = process.cwd();
const results: { status: number; stdout: string; stderr: string }[] = [];
const realStdout = process.stdout.write.bind(process.stdout);
const realStderr = process.stderr.write.bind(process.stderr);
const realExit = process.exit.bind(process);

function setVariable(name: string, value: string | null): void {
  if (value === null) delete process.env[name];
  else process.env[name] = value;
}

for (const call of calls) {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const capture =
    (sink: Buffer[]) =>
    (chunk: string | Uint8Array, encoding?: unknown, callback?: unknown): boolean => {
      sink.push(typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8") : Buffer.from(chunk));
      const done = typeof encoding === "function" ? encoding : callback;
      if (typeof done === "function") process.nextTick(done as () => void);
      return true;
    };
  process.chdir(call.cwd ?? home);
  const saved = Object.entries(call.env ?? {}).map(([k]) => [k, process.env[k]] as const);
  for (const [k, v] of Object.entries(call.env ?? {})) setVariable(k, v);
  process.exitCode = undefined;
  process.stdout.write = capture(out) as typeof process.stdout.write;
  process.stderr.write = capture(err) as typeof process.stderr.write;
  // yargs ends the process after --help and --version; here the call ends instead (yargs then
  // runs no handler, as with its exitProcess(false)), and its code is the call's status
  let exited: number | undefined;
  process.exit = ((code?: number) => {
    exited ??= Number(code ?? 0);
  }) as typeof process.exit;
  let status: number;
  try {
    const returned = await main(call.args);
    status = exited ?? (returned || Number(process.exitCode ?? 0));
  } finally {
    process.exit = realExit;
    process.stdout.write = realStdout;
    process.stderr.write = realStderr;
    for (const [k, v] of saved) setVariable(k, v ?? null);
  }
  results.push({ status, stdout: Buffer.concat(out).toString("base64"), stderr: Buffer.concat(err).toString("base64") });
}
process.exitCode = 0;
realStdout(JSON.stringify(results));
