// Hostile and large inputs: a chain far longer than Albatross accepts, a
// large file of random bytes, and a real leaf certificate carrying a large
// image, handed to inspect and audit. Each case in its own process, reading
// its input from a file as the CLI does, and loading only what inspect and
// audit load, so that its peak memory is its own. The leaf's inspection as
// JSON holds the image as base64: that case is the CLI itself, as it writes.

import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { auditChain, inspect } from "../src/inspect/index.js";
import { load, peakMemoryMb } from "./measure.js";

const CHAIN = 10_000;
const RANDOM_MB = 100;
const here = path.dirname(fileURLToPath(import.meta.url));
const cli = path.join(here, "..", "..", "bin", "albatross-ca.js");
const peakHook = path.join(here, "..", "test", "helpers", "peak-on-exit.js");

async function runCase(mode: string, file: string, ca: string): Promise<void> {
  const input = fs.readFileSync(file);
  const start = performance.now();
  let answer: string;
  try {
    if (mode === "audit") {
      const r = await auditChain(input, { ca: fs.readFileSync(ca) });
      answer = r.verdict.accepted ? `accepted, verified: ${r.verified}` : `refused: ${r.verdict.error}`;
    }
    else answer = (await inspect(input)).kind;
  } catch (e) {
    answer = `error: ${(e as Error).message.slice(0, 60)}`;
  }
  const ms = performance.now() - start;
  console.log(JSON.stringify({ ms, peakMb: peakMemoryMb(), answer }));
}

function child(mode: string, file: string, ca: string): { ms: number; peakMb: number; answer: string } {
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), mode, file, ca], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${mode}: ${r.stderr}`);
  return JSON.parse(r.stdout) as { ms: number; peakMb: number; answer: string };
}

/** The CLI as a user runs it, its output into a file: wall time (start-up included), its own peak memory, what it wrote. */
function cliChild(args: string[], dir: string): { ms: number; peakMb: number; answer: string } {
  const peakFile = path.join(dir, "peak");
  const outFile = path.join(dir, "out");
  const out = fs.openSync(outFile, "w");
  const start = performance.now();
  const r = spawnSync(process.execPath, ["--import", peakHook, cli, ...args], {
    env: { ...process.env, PEAK_FILE: peakFile },
    stdio: ["ignore", out, "pipe"],
  });
  const ms = performance.now() - start;
  fs.closeSync(out);
  if (r.status !== 0) throw new Error(`${args.join(" ")}: ${r.stderr.toString()}`);
  const written = fs.statSync(outFile).size / 2 ** 20;
  fs.rmSync(outFile);
  return { ms, peakMb: Number(fs.readFileSync(peakFile, "utf8")), answer: `${written.toFixed(0)} MB of JSON` };
}

/** A leaf for an image of `mb` MB of machine code (Node's binary repeated), signed by `ca`, as PEM. */
async function leafWithImage(mb: number, ca: Awaited<ReturnType<typeof import("../src/x509/index.js").generateCa>>): Promise<string> {
  // imported here, not above: a case's process loads only inspect and audit
  const { buildRequest, createCommand, makeAuthority, signRequest } = await import("../src/ca/index.js");
  const { nameOfString } = await import("../src/model/name.js");
  const { DEFAULT_RELEASE } = await import("../src/model/release.js");
  const { csrToPem, generateKey } = await import("../src/x509/index.js");
  const image = Buffer.alloc(mb * 2 ** 20);
  const fd = fs.openSync(process.execPath, "r");
  const chunk = fs.readSync(fd, image, 0, image.length, 0);
  fs.closeSync(fd);
  for (let at = chunk; at < image.length; at += chunk) image.copy(image, at, 0, Math.min(chunk, image.length - at));
  const command = createCommand({ image, compressionLevel: 0, skipManifestCheck: true });
  const request = await buildRequest(command, nameOfString("big"), await generateKey("ed25519"), DEFAULT_RELEASE);
  return (await signRequest(makeAuthority(ca.certificate.pem, ca.key, DEFAULT_RELEASE), csrToPem(request.der))).chainPem;
}

/** `imageMb`: the image of the leaf that inspect and audit read (`npm run bench -- --image-mb=256`). */
export async function benchHostile(imageMb: number): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-hostile-"));
  try {
    const { generateCa } = await import("../src/x509/index.js");
    const ca = await generateCa("bench-ca", "ed25519");
    const caFile = path.join(dir, "ca.pem");
    fs.writeFileSync(caFile, ca.certificate.pem);
    const chain = path.join(dir, "chain.pem");
    fs.writeFileSync(chain, ca.certificate.pem.repeat(CHAIN));
    const random = path.join(dir, "random.bin");
    fs.writeFileSync(random, crypto.randomBytes(RANDOM_MB * 2 ** 20));
    const leaf = path.join(dir, "leaf.pem");
    fs.writeFileSync(leaf, await leafWithImage(imageMb, ca));

    console.log(`\nhostile and large inputs (each in its own process, read from a file)   (${load()})`);
    const c = child("audit", chain, caFile);
    console.log(`  audit of a PEM chain of ${CHAIN} certificates: ${c.ms.toFixed(1)} ms (target < 100 ms), peak ${c.peakMb} MB: ${c.answer}`);
    console.log("  peak memory: reference 3x the input + 100 MB, target <= 1.00x of it");
    for (const [mode, file, what] of [
      ["inspect", random, `${RANDOM_MB} MB of random bytes`],
      ["inspect", leaf, `a leaf with a ${imageMb} MB image (PEM)`],
      ["audit", leaf, `a leaf with a ${imageMb} MB image (PEM)`],
      ["CLI inspect --format json", leaf, `a leaf with a ${imageMb} MB image (PEM)`],
    ] as const) {
      const size = fs.statSync(file).size / 2 ** 20;
      const reference = Math.round(size * 3 + 100);
      const r = mode.startsWith("CLI") ? cliChild(["inspect", "--format", "json", file], dir) : child(mode, file, caFile);
      console.log(
        `  ${mode} of ${what}, ${size.toFixed(0)} MB: ${r.ms.toFixed(0)} ms, peak ${r.peakMb} MB; reference ${reference} MB: ${(r.peakMb / reference).toFixed(2)}x (${r.answer})`,
      );
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2]) {
  await runCase(process.argv[2], process.argv[3]!, process.argv[4]!);
}
