// One invocation of the CLI's own entry point (`main`, what bin/albatross-ca.js
// calls) in this process: its working directory and environment set for the
// call, its output captured, its exit status what the user would see. A call
// that exits (yargs after --help) ends there. Used by cli-batch.js (many calls
// in one child) and runCliHere (a call in the test's own process).

import { main } from "../../src/cli/main.js";

export interface MainCall {
  args: string[];
  cwd?: string;
  /** set for this call only; null removes a variable */
  env?: Record<string, string | null>;
}

export interface MainResult {
  status: number;
  stdout: Buffer;
  stderr: Buffer;
}

function setVariable(name: string, value: string | null | undefined): void {
  if (value === null || value === undefined) delete process.env[name];
  else process.env[name] = value;
}

const capture =
  (sink: Buffer[]) =>
  (chunk: string | Uint8Array, encoding?: unknown, callback?: unknown): boolean => {
    sink.push(typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8") : Buffer.from(chunk));
    const done = typeof encoding === "function" ? encoding : callback;
    if (typeof done === "function") process.nextTick(done as () => void);
    return true;
  };

// The captured streams are no terminal, as a child's pipes are not: a check of
// isTTY (progress bars, extract to stdout, passphrase prompts) answers as it
// would under the suite's piped workers, also when a test file is run alone
// from a terminal. tty.WriteStream has isTTY on its prototype: an own property
// hides it for the call.
function notTerminals(): () => void {
  const streams = [process.stdout, process.stderr];
  const own = streams.map((s) => Object.getOwnPropertyDescriptor(s, "isTTY"));
  for (const s of streams) Object.defineProperty(s, "isTTY", { value: false, configurable: true, writable: true });
  return () =>
    streams.forEach((s, i) => {
      const d = own[i];
      if (d === undefined) delete (s as { isTTY?: boolean }).isTTY;
      else Object.defineProperty(s, "isTTY", d);
    });
}

export async function callMain(call: MainCall): Promise<MainResult> {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const home = process.cwd();
  const saved = Object.keys(call.env ?? {}).map((k) => [k, process.env[k]] as const);
  const real = { stdout: process.stdout.write, stderr: process.stderr.write, exit: process.exit, exitCode: process.exitCode };
  process.chdir(call.cwd ?? home);
  for (const [k, v] of Object.entries(call.env ?? {})) setVariable(k, v);
  process.exitCode = undefined;
  process.stdout.write = capture(out) as typeof process.stdout.write;
  process.stderr.write = capture(err) as typeof process.stderr.write;
  const restoreTerminals = notTerminals();
  // yargs ends the process after --help and --version; here the call ends instead (yargs then
  // runs no handler, as with its exitProcess(false)), and its code is the call's status
  let exited: number | undefined;
  process.exit = ((code?: number) => {
    exited ??= Number(code ?? 0);
  }) as typeof process.exit;
  try {
    const returned = await main(call.args);
    return { status: exited ?? (returned || Number(process.exitCode ?? 0)), stdout: Buffer.concat(out), stderr: Buffer.concat(err) };
  } finally {
    restoreTerminals();
    process.exit = real.exit;
    process.stdout.write = real.stdout;
    process.stderr.write = real.stderr;
    process.exitCode = real.exitCode;
    for (const [k, v] of saved) setVariable(k, v);
    process.chdir(home);
  }
}
