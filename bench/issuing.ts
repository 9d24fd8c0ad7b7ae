// Issuing: leaf certificates per second from a CSR through the library (CSR
// signature, policy and profile checks included), next to the raw signature
// rate of the same CA key; and `sign` of a folder of requests in one CLI
// call, database and kept certificates included, next to the library's rate.

import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildRequest, createCommand, makeAuthority, signRequest } from "../src/ca/index.js";
import { nameOfString } from "../src/model/name.js";
import { DEFAULT_RELEASE } from "../src/model/release.js";
import { csrToPem, generateCa, generateKey, type KeyType, signatureHash } from "../src/x509/index.js";
import { caFolder } from "./ca-folder.js";
import { load, measureAsync } from "./measure.js";

const cli = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "bin", "albatross-ca.js");
const BATCH = 1000;
const ROTATION = 64;
/**
 * Warm-up and measurement of the library's leaf rate, each: its path (some
 * 180 functions) is not all optimised after 800 ms on two shared cores, and
 * the figure is the steady state a batch sees.
 */
const LEAF_MS = 2000;

const request = async (name: string) =>
  csrToPem((await buildRequest(createCommand({ image: new Uint8Array(64), skipManifestCheck: true }), nameOfString(name), await generateKey("ed25519"), DEFAULT_RELEASE)).der);

async function leafRate(keyType: KeyType): Promise<number> {
  const ca = await generateCa("bench-ca", keyType);
  const authority = makeAuthority(ca.certificate.pem, ca.key, DEFAULT_RELEASE);
  // distinct requests (keys and names) in turn: what is cached for one request must not flatter the figure
  const csrs = await Promise.all(Array.from({ length: ROTATION }, (_, i) => request(`bench${i}`)));
  let next = 0;
  const leafMs = await measureAsync(() => signRequest(authority, csrs[next++ % ROTATION]!), LEAF_MS);
  const tbs = crypto.randomBytes(400);
  const key = crypto.KeyObject.from(ca.key.privateKey);
  const digest = keyType === "ed25519" ? null : `sha${signatureHash(keyType).slice(4)}`;
  const signMs = await measureAsync(async () => crypto.sign(digest, tbs, key));
  const targets = keyType === "ed25519" ? "; targets >= 3000/s and <= 6 signatures" : "";
  console.log(
    `  ${keyType.padEnd(8)} ${Math.round(1000 / leafMs).toString().padStart(6)} leaves/s   reference: raw signatures ${Math.round(1000 / signMs).toString().padStart(6)}/s, ` +
      `so a leaf costs ${(leafMs / signMs).toFixed(1)} signatures${targets}   (${load()})`,
  );
  return 1000 / leafMs;
}

/** `sign` with BATCH requests in one call, into a fresh CA folder: wall time, start-up included. */
async function cliBatchRate(libraryRate: number): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-sign-"));
  try {
    await caFolder(dir);
    fs.mkdirSync(path.join(dir, "requests"));
    const files: string[] = [];
    for (let i = 0; i < BATCH; i++) {
      const file = path.join("requests", `u${i}.req`);
      fs.writeFileSync(path.join(dir, file), await request(`u${i}`));
      files.push(file);
    }
    const sign = (requests: string[], out: string): number => {
      const start = performance.now();
      const r = spawnSync(process.execPath, [cli, "sign", "cacert.pem", "ca.db", "ca.key", ...requests, "--out-dir", out, "--albatross", DEFAULT_RELEASE], {
        cwd: dir,
        stdio: ["ignore", "ignore", "pipe"],
      });
      if (r.status !== 0) throw new Error(`sign: ${r.stderr.toString()}`);
      return performance.now() - start;
    };
    const ms = sign(files, "out");
    const written = fs.readFileSync(path.join(dir, "ca.db"), "latin1").trimEnd().split("\n").length;
    const rate = (BATCH * 1000) / ms;
    const singles = files.slice(0, 5).map((f) => sign([f], "one-by-one"));
    const singleRate = (singles.length * 1000) / singles.reduce((a, b) => a + b, 0);
    const createMs = createFiles(dir, fs.readFileSync(path.join(dir, "out", "u0.pem")));
    console.log(
      `  CLI      ${Math.round(rate).toString().padStart(6)} leaves/s   sign of ${BATCH} requests in one call (${written} database lines, ${BATCH} <CN>.pem and ${BATCH} kept): ` +
        `${ms.toFixed(0)} ms, start-up included; target >= 1000/s   (${load()})\n` +
        `           references: the library ${Math.round(libraryRate)}/s (ratio ${(rate / libraryRate).toFixed(2)}); one sign call per request ${singleRate.toFixed(1)}/s (ratio ${(rate / singleRate).toFixed(0)})\n` +
        `           floor of this disk: ${2 * BATCH} new files of a certificate's size created, written and closed (nothing flushed, renamed or linked) ${createMs.toFixed(0)} ms = ` +
        `${((2 * BATCH * 1000) / createMs / 2).toFixed(0)} leaves/s at two files each`,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Milliseconds to create BATCH new files in each of two new folders (as `<CN>.pem` and its kept copy go), `data` in each. */
function createFiles(dir: string, data: Buffer): number {
  const folders = ["create-a", "create-b"].map((f) => path.join(dir, f));
  for (const f of folders) fs.mkdirSync(f);
  const start = performance.now();
  for (let i = 0; i < BATCH; i++) {
    for (const f of folders) {
      const fd = fs.openSync(path.join(f, `.u${i}.tmp`), "wx", 0o644);
      fs.writeSync(fd, data);
      fs.closeSync(fd);
    }
  }
  return performance.now() - start;
}

export async function benchIssuing(): Promise<void> {
  console.log("\nissuing: leaf certificates from an Ed25519 CSR (CSR signature, policy and profile checked), against raw signatures (node:crypto) with the same CA key");
  const rate = await leafRate("ed25519");
  await leafRate("p256");
  await cliBatchRate(rate);
}
