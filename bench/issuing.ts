// Issuing: leaf certificates per second through the library, next to the raw
// signature rate of the same CA key; CSR creation for a 16 MB image at
// compression levels 0 and 9 (time and peak memory), next to Node's zlib
// alone. Memory is measured in child processes, one per case, so that each
// peak is its own.

import { DEFAULT_RELEASE } from "../src/model/release.js";
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";
import { buildRequest, createCommand, makeAuthority, signRequest } from "../src/ca/index.js";
import { nameOfString } from "../src/model/name.js";
import { csrToPem, generateCa, generateKey, type KeyType, signatureHash } from "../src/x509/index.js";
import { measureAsync } from "./measure.js";

const IMAGE_BYTES = 16 * 1024 * 1024;

/** A compressible 16 MB "image": text-like content, as unikernel images are partly. */
function image(): Uint8Array {
  const b = Buffer.alloc(IMAGE_BYTES);
  let x = 1;
  for (let i = 0; i < b.length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    b[i] = i % 7 === 0 ? x >>> 24 : 0x41 + ((x >>> 16) % 26);
  }
  return b;
}

async function leafRate(keyType: KeyType): Promise<void> {
  const ca = await generateCa("bench-ca", keyType);
  const authority = makeAuthority(ca.certificate.pem, ca.key, DEFAULT_RELEASE);
  const command = createCommand({ image: new Uint8Array(64), skipManifestCheck: true });
  const request = csrToPem((await buildRequest(command, nameOfString("bench"), await generateKey("ed25519"), DEFAULT_RELEASE)).der);
  const leafMs = await measureAsync(() => signRequest(authority, request));
  const tbs = crypto.randomBytes(400);
  const algorithm =
    keyType === "ed25519" ? { name: "Ed25519" } : keyType.startsWith("rsa") ? { name: "RSASSA-PKCS1-v1_5" } : { name: "ECDSA", hash: signatureHash(keyType) };
  const signMs = await measureAsync(() => crypto.webcrypto.subtle.sign(algorithm, ca.key.privateKey, tbs));
  console.log(
    `${keyType.padEnd(8)} leaf certificates ${Math.round(1000 / leafMs).toString().padStart(6)}/s   raw signatures ${Math.round(1000 / signMs).toString().padStart(6)}/s   (a leaf costs ${(leafMs / signMs).toFixed(1)} signatures: CSR check, policy checks, DER)`,
  );
}

/** One case in this process: prints "<ms> <peak RSS MB>". */
async function memoryCase(mode: string, level: number): Promise<void> {
  const img = image();
  const before = process.hrtime.bigint();
  if (mode === "zlib") zlib.deflateSync(img, { level });
  else await buildRequest(createCommand({ image: img, compressionLevel: level, skipManifestCheck: true }), nameOfString("big"), await generateKey("ed25519"), DEFAULT_RELEASE);
  const ms = Number(process.hrtime.bigint() - before) / 1e6;
  console.log(`${ms.toFixed(0)} ${(process.resourceUsage().maxRSS / 1024).toFixed(0)}`);
}

function runCase(mode: string, level: number): [number, number] {
  const self = fileURLToPath(import.meta.url);
  const r = spawnSync(process.execPath, [self, mode, String(level)], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  const [ms, mb] = r.stdout.trim().split(" ").map(Number);
  return [ms!, mb!];
}

export async function benchIssuing(): Promise<void> {
  console.log("\nissuing (library): leaf certificates signed from a CSR, against raw WebCrypto signatures with the same CA key");
  await leafRate("ed25519");
  await leafRate("p256");
  console.log(`\ncreate CSR for a ${IMAGE_BYTES / 1024 / 1024} MB image (each case in its own process; peak = max RSS)`);
  for (const level of [0, 9]) {
    const [zMs, zMb] = runCase("zlib", level);
    const [cMs, cMb] = runCase("csr", level);
    console.log(
      `level ${level}: CSR ${cMs.toFixed(0).padStart(5)} ms, peak ${cMb} MB   zlib alone ${zMs.toFixed(0).padStart(5)} ms, peak ${zMb} MB   ratio ${(cMs / Math.max(zMs, 1)).toFixed(2)}x time, ${(cMb / zMb).toFixed(2)}x memory`,
    );
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2]) {
  await memoryCase(process.argv[2], Number(process.argv[3]));
}
