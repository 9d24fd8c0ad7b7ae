// Inspect and audit of a leaf carrying a 64 MB image: peak memory at most 3x
// the input + 100 MB, as the child process's own accounting counts it. The
// certificate is read where it lies (the image a view into the input); asn1js
// and pkijs held it several times over (580 MB for inspect, 664 MB for audit).

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildRequest, createCommand, makeAuthority, signRequest } from "../src/ca/index.js";
import { nameOfString } from "../src/model/name.js";
import { DEFAULT_RELEASE } from "../src/model/release.js";
import { csrToPem, generateCa, generateKey } from "../src/x509/index.js";

const IMAGE_MB = 64;

describe("inspect and audit of a leaf with a 64 MB image: peak memory, as the child process counts it", function () {
  this.timeout(300000);
  const child = path.join(path.dirname(fileURLToPath(import.meta.url)), "helpers", "inspect-memory.js");
  let dir: string;
  let ca: string;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "inspect-memory-"));
    // machine code: the start of Node's own binary, repeated to size
    const image = Buffer.alloc(IMAGE_MB * 1024 * 1024);
    const fd = fs.openSync(process.execPath, "r");
    const chunk = fs.readSync(fd, image, 0, image.length, 0);
    fs.closeSync(fd);
    for (let at = chunk; at < image.length; at += chunk) image.copy(image, at, 0, Math.min(chunk, image.length - at));
    const request = await buildRequest(createCommand({ image, compressionLevel: 0, skipManifestCheck: true }), nameOfString("big"), await generateKey(), DEFAULT_RELEASE);
    const authority = await generateCa("big-ca", "ed25519");
    const signed = await signRequest(makeAuthority(authority.certificate.pem, authority.key, DEFAULT_RELEASE), csrToPem(request.der));
    fs.writeFileSync(path.join(dir, "leaf.pem"), signed.chainPem);
    fs.writeFileSync(path.join(dir, "leaf.der"), signed.certificate.der);
    ca = path.join(dir, "ca.pem");
    fs.writeFileSync(ca, authority.certificate.pem);
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
});
