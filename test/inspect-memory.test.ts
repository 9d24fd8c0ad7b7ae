// Inspect and audit of a leaf carrying a 64 MB image: peak memory at most 3x
// the input + 100 MB, as the child process's own accounting counts it. The
// certificate is read where it lies (the image a view into the input); asn1js
// and pkijs held it several times over (580 MB for inspect, 664 MB for audit).
// With --format json the image is in the output, as base64: the CLI writes it
// in pieces (463 MB for the PEM when it was one string, several times over);
// sign --format json of the leaf's request is bounded as signing is, and so is
// renew of the leaf (text and JSON): the certificate decoded as it is read and
// the new one written around its image where it lies.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildRequest, createCommand, makeAuthority, signRequest } from "../src/ca/index.js";
import { nameOfString } from "../src/model/name.js";
import { decodeExtension } from "../src/codec/index.js";
import { DEFAULT_RELEASE } from "../src/model/release.js";
import { csrToPem, generateCa, generateKey, parseCertificate, privateKeyToPem, splitPem, verifyCertificateSignature } from "../src/x509/index.js";
import { cliPath } from "./helpers/paths.js";

const IMAGE_MB = 64;

interface ImageJson {
  length: number;
  base64: string;
}

describe("inspect, audit and JSON output of a leaf with a 64 MB image: peak memory, as the child process counts it", function () {
  this.timeout(300000);
  const helpers = path.join(path.dirname(fileURLToPath(import.meta.url)), "helpers");
  const child = path.join(helpers, "inspect-memory.js");
  let dir: string;
  let ca: string;
  let image: Buffer;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "inspect-memory-"));
    // machine code: the start of Node's own binary, repeated to size
    image = Buffer.alloc(IMAGE_MB * 1024 * 1024);
    const fd = fs.openSync(process.execPath, "r");
    const chunk = fs.readSync(fd, image, 0, image.length, 0);
    fs.closeSync(fd);
    for (let at = chunk; at < image.length; at += chunk) image.copy(image, at, 0, Math.min(chunk, image.length - at));
    const request = await buildRequest(createCommand({ image, compressionLevel: 0, skipManifestCheck: true }), nameOfString("big"), await generateKey(), DEFAULT_RELEASE);
    const authority = await generateCa("big-ca", "ed25519");
    const signed = await signRequest(makeAuthority(authority.certificate.pem, authority.key, DEFAULT_RELEASE), csrToPem(request.der));
    fs.writeFileSync(path.join(dir, "leaf.pem"), signed.chainPem);
    fs.writeFileSync(path.join(dir, "leaf.der"), signed.certificate.der);
    fs.writeFileSync(path.join(dir, "big.req"), csrToPem(request.der));
    ca = path.join(dir, "ca.pem");
    fs.writeFileSync(ca, authority.certificate.pem);
    fs.writeFileSync(path.join(dir, "ca.key"), privateKeyToPem(authority.key));
  });

  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  for (const [mode, file, answer] of [
    ["inspect", "leaf.pem", "certificate"],
    ["inspect", "leaf.der", "certificate"],
    ["audit", "leaf.pem", "accepted true, verified true"],
  ] as const) {
    it(`${mode} of the leaf as ${file.slice(5).toUpperCase()}: at most 3x the input + 100 MB`, () => {
      const input = path.join(dir, file);
      const size = fs.statSync(input).size / 2 ** 20;
      const r = spawnSync(process.execPath, [child, mode, input, ca], { encoding: "utf8" });
      assert.equal(r.status, 0, r.stderr);
      const { peakMb, answer: got } = JSON.parse(r.stdout) as { peakMb: number; answer: string };
      assert.equal(got, answer);
      assert.ok(peakMb > size, `peak ${peakMb} MB: the input was not even held`);
      assert.ok(peakMb <= size * 3 + 100, `peak ${peakMb} MB for ${size.toFixed(0)} MB of input (limit ${(size * 3 + 100).toFixed(0)} MB)`);
    });
  }

  /**
   * The CLI as a user runs it, its peak (VmHWM, MB) written at exit by
   * peak-on-exit; its stdout a pipe to this process or a file.
   */
  function cliPeak(args: string[], stdout: "pipe" | "file", isJson = true): { peakMb: number; json: unknown; stderr: string } {
    const peakFile = path.join(dir, "peak");
    const outFile = path.join(dir, "out.json");
    const fd = stdout === "file" ? fs.openSync(outFile, "w") : "pipe";
    try {
      const r = spawnSync(process.execPath, ["--import", path.join(helpers, "peak-on-exit.js"), cliPath, ...args], {
        cwd: dir,
        env: { ...process.env, PEAK_FILE: peakFile },
        stdio: ["ignore", fd, "pipe"],
        maxBuffer: 2 ** 30,
      });
      assert.equal(r.status, 0, r.stderr.toString());
      const text = stdout === "file" ? fs.readFileSync(outFile, "utf8") : r.stdout.toString("utf8");
      return { peakMb: Number(fs.readFileSync(peakFile, "utf8")), json: isJson ? JSON.parse(text) : text, stderr: r.stderr.toString() };
    } finally {
      if (typeof fd === "number") fs.closeSync(fd);
      fs.rmSync(outFile, { force: true });
    }
  }

  function assertImage(field: ImageJson): void {
    assert.equal(field.length, image.length);
    assert.ok(Buffer.from(field.base64, "base64").equals(image), "the image in the JSON is not the image");
  }

  for (const [file, stdout] of [
    ["leaf.pem", "pipe"],
    ["leaf.der", "file"],
  ] as const) {
    it(`inspect --format json of the leaf as ${file.slice(5).toUpperCase()}, into a ${stdout}: at most 3x the input + 100 MB, the image in it`, () => {
      const size = fs.statSync(path.join(dir, file)).size / 2 ** 20;
      const { peakMb, json } = cliPeak(["inspect", "--format", "json", file], stdout);
      assertImage((json as { extension: { command: { config: { image: ImageJson } } } }).extension.command.config.image);
      assert.ok(peakMb > size, `peak ${peakMb} MB: the input was not even held`);
      assert.ok(peakMb <= size * 3 + 100, `peak ${peakMb} MB for ${size.toFixed(0)} MB of input (limit ${(size * 3 + 100).toFixed(0)} MB)`);
    });
  }

  it(`sign --format json of the leaf's request: at most image x 2 + 100 MB (${IMAGE_MB * 2 + 100} MB), the image in it`, () => {
    const { peakMb, json } = cliPeak(["sign", "ca.pem", "ca.db", "ca.key", "big.req", "--out-dir", "signed", "--format", "json"], "pipe");
    assertImage((json as { command: { config: { image: ImageJson } } }).command.config.image);
    assert.ok(peakMb > IMAGE_MB * 2, `peak ${peakMb} MB: the request and certificate were not even held`);
    assert.ok(peakMb <= IMAGE_MB * 2 + 100, `peak ${peakMb} MB`);
  });

  // the text case renews a file with a chain after the leaf (here the root): only the leaf is read whole
  for (const format of ["text", "json"] as const) {
    it(`renew of the leaf${format === "json" ? " --format json" : ", a chain after it in the file"}: at most image x 2 + 100 MB (${IMAGE_MB * 2 + 100} MB), the image in the new certificate`, async () => {
      const file = `renew-${format}.pem`;
      fs.copyFileSync(path.join(dir, "leaf.pem"), path.join(dir, file));
      if (format === "text") fs.appendFileSync(path.join(dir, file), fs.readFileSync(ca));
      const out = `renewed-${format}`;
      fs.mkdirSync(path.join(dir, out));
      const args = ["renew", "ca.pem", "ca.db", "ca.key", file, "--out-dir", out, ...(format === "json" ? ["--format", "json"] : [])];
      const { peakMb, json, stderr } = cliPeak(args, "pipe", format === "json");
      // no progress bar into a pipe
      assert.equal(stderr, "");
      if (format === "json") assertImage((json as { command: { config: { image: ImageJson } } }).command.config.image);
      const [renewed, ...above] = splitPem(fs.readFileSync(path.join(dir, out, "big.pem")));
      assert.equal(above.length, 0);
      assert.equal(await verifyCertificateSignature(renewed!, splitPem(fs.readFileSync(ca))[0]!), true);
      const { command } = decodeExtension(parseCertificate(renewed!).albatrossExtension!.value, DEFAULT_RELEASE);
      assert.ok(command.kind === "unikernel_create" && Buffer.from(command.config.image).equals(image), "the renewed certificate's image is not the image");
      assert.ok(peakMb > IMAGE_MB, `peak ${peakMb} MB: the certificate was not even held`);
      assert.ok(peakMb <= IMAGE_MB * 2 + 100, `peak ${peakMb} MB`);
    });
  }
});
