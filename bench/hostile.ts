// Hostile sizes: a chain far longer than Albatross accepts, and a large file
// of random bytes handed to inspect. Each in its own process (peak memory).

import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import { fileURLToPath } from "node:url";
import { auditChain, inspect } from "../src/inspect/index.js";
import { generateCa } from "../src/x509/index.js";
import { peakMemoryMb } from "./measure.js";

const CHAIN = 10_000;
const RANDOM_MB = 100;

async function runCase(mode: string): Promise<void> {
  let input: string | Uint8Array;
  if (mode === "chain") {
    const ca = await generateCa("bench-ca", "ed25519");
    input = ca.certificate.pem.repeat(CHAIN);
  } else {
    input = new Uint8Array(crypto.randomBytes(RANDOM_MB * 1024 * 1024));
  }
  const start = performance.now();
  let answer: string;
  try {
    answer = mode === "chain" ? JSON.stringify((await auditChain(input)).verdict) : (await inspect(input)).kind;
  } catch (e) {
    answer = `error: ${(e as Error).message.slice(0, 60)}`;
  }
  const ms = performance.now() - start;
  console.log(JSON.stringify({ ms, peakMb: peakMemoryMb(), answer }));
}

function child(mode: string): { ms: number; peakMb: number; answer: string } {
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), mode], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${mode}: ${r.stderr}`);
  return JSON.parse(r.stdout) as { ms: number; peakMb: number; answer: string };
}

export function benchHostile(): void {
  console.log("\nhostile sizes (each in its own process)");
  const chain = child("chain");
  console.log(`  audit of a PEM chain of ${CHAIN} certificates: ${chain.ms.toFixed(1)} ms (target < 100 ms), peak ${chain.peakMb} MB: ${chain.answer}`);
  const random = child("random");
  console.log(
    `  inspect of ${RANDOM_MB} MB of random bytes: ${random.ms.toFixed(0)} ms, peak ${random.peakMb} MB (target <= ${RANDOM_MB * 3 + 100} MB): ${random.answer}`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2]) {
  await runCase(process.argv[2]);
}
