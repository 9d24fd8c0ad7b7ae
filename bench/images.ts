// Images: creating a request for an image and signing it, at compression
// levels 0 and 9, through the library and through the CLI (`create`, `sign`
// as a user runs them: files in, files out), against one SHA-256 pass (level
// 0) and zlib alone (level 9) over the same bytes; and the CLI's request made
// again from inspect's JSON of it. The image is machine code:
// Node's own binary, repeated to size (zlib level 9 shrinks it about 2.7
// times). Each case runs in its own process, whose peak memory is its own
// (VmHWM; a CLI run's through test/helpers/peak-on-exit).

import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";
import { buildRequest, createCommand, makeAuthority, signRequest } from "../src/ca/index.js";
import { nameOfString } from "../src/model/name.js";
import { DEFAULT_RELEASE } from "../src/model/release.js";
import { bytesToWriteAround, generateCa, generateKey, readDerFile, readPrivateKey } from "../src/x509/index.js";
import { caFolder } from "./ca-folder.js";
import { load, peakMemoryMb } from "./measure.js";

const MB = 1024 * 1024;
const here = path.dirname(fileURLToPath(import.meta.url));
const cli = path.join(here, "..", "..", "bin", "albatross-ca.js");
const peakHook = path.join(here, "..", "test", "helpers", "peak-on-exit.js");

/**
 * The start of Node's binary, repeated to size: read straight into the
 * image, so the binary (about 100 MB) is not held beside it. `handOver`: in
 * memory handed over to the writer, as the CLI reads an image.
 */
function image(bytes: number, handOver = false): Buffer {
  const out = handOver ? bytesToWriteAround(bytes) : Buffer.alloc(bytes);
  const fd = fs.openSync(process.execPath, "r");
  const chunk = fs.readSync(fd, out, 0, out.length, 0);
  fs.closeSync(fd);
  for (let at = chunk; at < bytes; at += chunk) out.copy(out, at, 0, Math.min(chunk, bytes - at));
  return out;
}

/** One library case in this process; prints "<ms> <peak MB>". */
async function runCase(mode: string, level: number, mb: number, dir: string): Promise<void> {
  let ms: number | undefined;
  if (mode === "image-file") {
    fs.writeFileSync(path.join(dir, "image.bin"), image(mb * MB));
    ms = 0;
  } else if (mode === "sign" || mode === "sign-p256") {
    // read as the CLI reads it: into memory handed over to the writer, which writes the certificate around the image
    const csr = await readDerFile(path.join(dir, `${mode === "sign" ? "request" : "request-p256"}-${level}.der`), "CERTIFICATE REQUEST", undefined, true);
    const authority =
      mode === "sign"
        ? makeAuthority(fs.readFileSync(path.join(dir, "cacert.pem"), "latin1"), await readPrivateKey(fs.readFileSync(path.join(dir, "ca.key"))), DEFAULT_RELEASE)
        : await p256Authority();
    const start = performance.now();
    await signRequest(authority, csr);
    ms = performance.now() - start;
  } else if (mode === "floor" || mode === "floor-p256") {
    // what signing a request with a key of the same type cannot do without: verify it, sign it (pure Ed25519 takes the message whole)
    const digest = mode === "floor" ? null : "sha256";
    const key = mode === "floor" ? crypto.generateKeyPairSync("ed25519") : crypto.generateKeyPairSync("ec", { namedCurve: "P-256" });
    // signed over a copy read apart: the first pass over memory just read is the slow one, and the reference pays it too
    const signature = crypto.sign(digest, image(mb * MB), key.privateKey);
    const img = image(mb * MB);
    const start = performance.now();
    crypto.verify(digest, img, key.publicKey, signature);
    crypto.sign(digest, img, key.privateKey);
    ms = performance.now() - start;
  } else if (mode === "touch") {
    const start = performance.now();
    new Uint8Array(mb * MB).fill(1);
    ms = performance.now() - start;
  } else {
    const img = image(mb * MB, mode.startsWith("request"));
    const key = await generateKey(mode === "request-p256" ? "p256" : "ed25519");
    const start = performance.now();
    if (mode === "zlib") zlib.deflateSync(img, { level: 9 });
    else if (mode === "sha256") crypto.createHash("sha256").update(img).digest();
    else {
      const request = await buildRequest(createCommand({ image: img, compressionLevel: level, skipManifestCheck: true }), nameOfString("big"), key, DEFAULT_RELEASE);
      ms = performance.now() - start;
      // for the sign case, not timed: the CLI's request case times its file
      fs.writeFileSync(path.join(dir, `${mode}-${level}.der`), request.der);
    }
    ms ??= performance.now() - start;
  }
  console.log(`${ms.toFixed(0)} ${peakMemoryMb()}`);
}

/** A P-256 root (the CA folder's is Ed25519). */
async function p256Authority() {
  const ca = await generateCa("bench-ca-p256", "p256");
  return makeAuthority(ca.certificate.pem, ca.key, DEFAULT_RELEASE);
}

interface Figure {
  ms: number;
  peakMb: number;
}

function child(mode: string, level: number, mb: number, dir: string): Figure {
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), mode, String(level), String(mb), dir], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${mode} ${level}: ${r.stderr}`);
  const [ms, peakMb] = r.stdout.trim().split(" ").map(Number);
  return { ms: ms!, peakMb: peakMb! };
}

/** The CLI as a user runs it: wall time (its start-up included), peak memory as it counts its own. */
function cliRun(args: string[], dir: string): Figure {
  const peakFile = path.join(dir, "peak");
  const start = performance.now();
  const r = spawnSync(process.execPath, ["--import", peakHook, cli, ...args, "--albatross", DEFAULT_RELEASE], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, PEAK_FILE: peakFile },
  });
  const ms = performance.now() - start;
  if (r.status !== 0) throw new Error(`${args.join(" ")}: ${r.stderr}`);
  return { ms, peakMb: Number(fs.readFileSync(peakFile, "utf8")) };
}

function cliCase(mode: "request" | "sign", level: number, dir: string): Figure {
  const out = `cli-${level}`;
  if (mode === "request") {
    return cliRun(["create", "big", "image.bin", "--skip-manifest-check", "--compression-level", String(level), "--out-dir", out], dir);
  }
  return cliRun(["sign", "cacert.pem", "ca.db", "ca.key", path.join(out, "big.req"), "--out-dir", out], dir);
}

/**
 * `request` of what `inspect --format json` prints for the CLI's request (the
 * image as base64, a third larger), with the request's key: the request again,
 * byte for byte (Ed25519 signs deterministically).
 */
function cliJsonCase(level: number, dir: string): Figure {
  const out = `cli-${level}`;
  const json = path.join(dir, `${out}.json`);
  const fd = fs.openSync(json, "w");
  try {
    const r = spawnSync(process.execPath, [cli, "inspect", "--format", "json", path.join(out, "big.req")], { cwd: dir, stdio: ["ignore", fd, "pipe"] });
    if (r.status !== 0) throw new Error(`inspect --format json: ${String(r.stderr)}`);
  } finally {
    fs.closeSync(fd);
  }
  const again = `json-${level}`;
  const figure = cliRun(["request", json, "--key", path.join(out, "big.key"), "--out-dir", again], dir);
  if (!fs.readFileSync(path.join(dir, again, "big.req")).equals(fs.readFileSync(path.join(dir, out, "big.req")))) {
    throw new Error(`request of inspect's JSON at level ${level}: not the request create wrote`);
  }
  fs.rmSync(json);
  return figure;
}

export async function benchImages(mb: number): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-images-"));
  try {
    await caFolder(dir);
    child("image-file", 0, mb, dir);
    const limit = mb * 2 + 100;
    console.log(`\nimages: ${mb} MB of machine code (${process.execPath} repeated), each case in its own process, Ed25519 keys but where P-256 is said`);
    console.log(`  target: time within 1.3x of the reference, peak memory at most image x 2 + 100 MB = ${limit} MB`);
    const references = { 0: child("sha256", 0, mb, dir), 9: child("zlib", 9, mb, dir) };
    const floor = child("floor", 0, mb, dir);
    const floorP256 = child("floor-p256", 0, mb, dir);
    const touch = child("touch", 0, mb, dir);
    for (const level of [0, 9] as const) {
      const reference = references[level];
      const what = level === 0 ? "one SHA-256 pass" : "zlib level 9 alone";
      console.log(`  level ${level}: reference (${what}) ${reference.ms.toFixed(0)} ms, peak ${reference.peakMb} MB   (${load()})`);
      for (const mode of ["request", "sign"] as const) {
        for (const via of ["library", "CLI"] as const) {
          const r = via === "library" ? child(mode, level, mb, dir) : cliCase(mode, level, dir);
          console.log(
            `    ${mode.padEnd(7)} ${via.padEnd(7)} ${r.ms.toFixed(0).padStart(6)} ms = ${(r.ms / reference.ms).toFixed(2)}x (target <= 1.30x)   ` +
              `peak ${String(r.peakMb).padStart(5)} MB (target <= ${limit} MB)`,
          );
        }
      }
      const fromJson = cliJsonCase(level, dir);
      console.log(
        `    request CLI     ${fromJson.ms.toFixed(0).padStart(6)} ms = ${(fromJson.ms / reference.ms).toFixed(2)}x                      ` +
          `peak ${String(fromJson.peakMb).padStart(5)} MB (target <= ${limit} MB)   from inspect's JSON of the CLI's request (the image as base64)`,
      );
      if (level === 0) {
        for (const mode of ["request", "sign"] as const) {
          const r = child(`${mode}-p256`, level, mb, dir);
          console.log(
            `    ${mode.padEnd(7)} library ${r.ms.toFixed(0).padStart(6)} ms = ${(r.ms / reference.ms).toFixed(2)}x (target <= 1.30x)   ` +
              `peak ${String(r.peakMb).padStart(5)} MB (target <= ${limit} MB)   P-256 keys`,
          );
        }
        console.log(
          `    floor, Ed25519: the request's signature checked and the certificate's made, nothing else, ${floor.ms.toFixed(0)} ms = ` +
            `${(floor.ms / reference.ms).toFixed(2)}x: pure Ed25519 hashes the whole message with SHA-512, once to verify, twice to sign, ` +
            "and has no streaming form (node:crypto also copies the message to run it in the thread pool, so checking and signing cannot overlap); " +
            "a request is the signing half",
        );
        console.log(
          `    floor, P-256 (ECDSA, SHA-256 streamed over the parts): the same two, ${floorP256.ms.toFixed(0)} ms = ${(floorP256.ms / reference.ms).toFixed(2)}x: ` +
            "two SHA-256 passes, over the request and over the certificate",
        );
        console.log(
          `    fresh memory: ${mb} MB written into new memory ${touch.ms.toFixed(0)} ms = ${(touch.ms / reference.ms).toFixed(2)}x: the first write to each page ` +
            "faults it in (the references read memory already written); an image or a request read from its file must be, and its request or " +
            "certificate is written around it there (the library's cases read them so), so new memory is paid once",
        );
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2]) {
  await runCase(process.argv[2], Number(process.argv[3]), Number(process.argv[4]), process.argv[5]!);
}
