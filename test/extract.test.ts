// Images you can see: inspect shows an image's size and SHA-256 as the file
// the operator has, the compressed size, Solo5 target, ABI version and
// devices; extract writes the image or block data back out byte for byte.

import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildSolo5Image } from "../src/solo5/index.js";
import { type CliResult, runCliHere } from "./helpers/cli.js";

const sha256 = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

async function ok(args: string[], cwd: string): Promise<CliResult> {
  const r = await runCliHere(args, { cwd });
  assert.equal(r.status, 0, `${args.join(" ")}: ${r.stderr}`);
  return r;
}

describe("images inside certificates: inspect and extract", function () {
  this.timeout(120_000);
  let dir: string;
  const image = buildSolo5Image({
    target: "spt",
    devices: [
      { name: "service", type: "net" },
      { name: "storage", type: "block" },
    ],
  });
  const disk = Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 7919) % 251));

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "extract-"));
    fs.writeFileSync(path.join(dir, "web.spt"), image);
    fs.writeFileSync(path.join(dir, "disk.img"), disk);
    await ok(["generate", "ca", "ca.db"], dir);
    await ok(["create", "web", "web.spt", "--net=service", "--block=storage"], dir);
    await ok(["sign", "cacert.pem", "ca.db", "ca.key", "web.req"], dir);
    await ok(["set-block", "data", "disk.img", "--compression-level=0"], dir);
  });

  it("inspect shows the uncompressed size and SHA-256 (= sha256sum), compressed size, Solo5 target and devices", async () => {
    const text = (await ok(["inspect", "web.pem"], dir)).stdout;
    assert.match(text, new RegExp(`\\n\\s+image:\\s+${image.length} bytes, SHA-256 ${sha256(image)}\\n`));
    assert.match(text, /\n\s+compression:\s+zlib, \d+ bytes compressed\n/);
    assert.match(text, /\n\s+Solo5:\s+spt, ABI version 2\n/);
    assert.match(text, /\n\s+devices:\s+service \(net\), storage \(block\)\n/);
    const j = JSON.parse((await ok(["inspect", "web.pem", "--format", "json"], dir)).stdout);
    assert.deepEqual(
      { ...j.payload, compressed_size: typeof j.payload.compressed_size },
      {
        kind: "image",
        size: image.length,
        sha256: sha256(image),
        compressed: true,
        compressed_size: "number",
        solo5: { target: "spt", abi_version: 2, devices: [{ name: "service", type: "net" }, { name: "storage", type: "block" }] },
        error: null,
      },
    );
  });

  it("inspect of uncompressed block data in a request", async () => {
    const text = (await ok(["inspect", "data.req"], dir)).stdout;
    assert.match(text, new RegExp(`\\n\\s+block data:\\s+${disk.length} bytes, SHA-256 ${sha256(disk)}\\n\\s+compression:\\s+none\\n`));
  });

  it("extract writes the image of a certificate and the data of a request back, byte-identical", async () => {
    const r = await ok(["extract", "web.pem", "--out", "back.spt"], dir);
    assert.equal(r.stderr, `back.spt: image, ${image.length} bytes\n`);
    assert.deepEqual(fs.readFileSync(path.join(dir, "back.spt")), Buffer.from(image));
    const piped = await ok(["extract", "data.req"], dir);
    assert.deepEqual(piped.stdoutBytes, disk);
  });

  it("extract refuses what carries no payload, and an existing --out", async () => {
    await ok(["destroy", "web2"], dir);
    const none = await runCliHere(["extract", "web2.req"], { cwd: dir });
    assert.equal(none.status, 1);
    assert.equal(none.stderr, "error: web2.req: its unikernel_destroy command carries no image or block data\n");
    const exists = await runCliHere(["extract", "web.pem", "--out", "web.spt"], { cwd: dir });
    assert.equal(exists.status, 1);
    assert.equal(exists.stderr, "error: web.spt exists; remove it or give another --out\n");
    assert.deepEqual(fs.readFileSync(path.join(dir, "web.spt")), Buffer.from(image));
  });
});
