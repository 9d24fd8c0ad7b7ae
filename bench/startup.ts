// Start-up: wall time of short CLI commands against a bare `node -e 0`, the
// median of several runs each, interleaved so that load falls on both alike.

import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { generateCa } from "../src/x509/index.js";

const RUNS = 7;
const cli = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "bin", "albatross-ca.js");

/**
 * Node as it starts bare: NODE_EXTRA_CA_CERTS (set where a proxy re-signs TLS)
 * makes every start, the reference's too, parse a CA bundle first (~60 ms
 * here), which flatters every ratio; nothing here uses TLS.
 */
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== "NODE_EXTRA_CA_CERTS"));
const root = path.join(path.dirname(cli), "..");

function wallMs(args: string[]): number {
  const start = performance.now();
  const r = spawnSync(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"], env, cwd: root });
  if (r.error !== undefined || r.stderr.includes("    at ")) throw new Error(`${args.join(" ")}: ${r.stderr.toString()}`);
  return performance.now() - start;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function benchStartup(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-startup-"));
  try {
    const ca = await generateCa("bench-ca", "ed25519");
    const pem = path.join(dir, "ca.pem");
    fs.writeFileSync(pem, ca.certificate.pem);
    const commands: [string, string[]][] = [
      // the floor the CLI's library sets: importing yargs, nothing else
      ["yargs", ["--input-type=module", "-e", 'import "yargs"']],
      ["--help", ["--help"]],
      ["decode", ["decode", "--kind", "extension", "--hex", "300c020105a007a205a103020114"]],
      ["inspect", ["inspect", pem]],
      ["audit", ["audit", pem, "--ca", pem]],
    ];
    const times = new Map<string, number[]>([["node -e 0", []], ...commands.map(([n]): [string, number[]] => [n, []])]);
    for (let i = 0; i < RUNS; i++) {
      times.get("node -e 0")!.push(wallMs(["-e", "0"]));
      for (const [name, args] of commands) times.get(name)!.push(wallMs(name === "yargs" ? args : [cli, ...args]));
    }
    const reference = median(times.get("node -e 0")!);
    console.log(
      `\nstart-up: median wall time of ${RUNS} runs, NODE_EXTRA_CA_CERTS unset; reference node -e 0 ${reference.toFixed(0)} ms; target <= 2.00x ` +
        "(yargs: importing it alone, the floor of every command)",
    );
    for (const [name] of commands) {
      const ms = median(times.get(name)!);
      console.log(`  ${name.padEnd(8)} ${ms.toFixed(0).padStart(5)} ms = ${(ms / reference).toFixed(2)}x`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
