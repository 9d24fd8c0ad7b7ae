// Progress bars for the work an image makes long: compressing it for a
// request (in pieces: the very bytes zlib makes of it in one go, so requests
// stay byte-exact with albatross-client's) and signing its request; a bar on
// standard error only when it is a terminal.

import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { compress, compressInPieces } from "../src/ca/index.js";
import { generateCa, privateKeyToPem } from "../src/x509/index.js";
import { runCli } from "./helpers/cli.js";
import { cliPath } from "./helpers/paths.js";

const haveScript = spawnSync("script", ["--version"]).status === 0;

/** `bytes` of machine code: Node's own binary, from `offset`. */
function machineCode(bytes: number, offset = 0): Buffer {
  const out = Buffer.alloc(bytes);
  const fd = fs.openSync(process.execPath, "r");
  const read = fs.readSync(fd, out, 0, bytes, offset);
  fs.closeSync(fd);
  for (let at = read; at < bytes; at += read) out.copy(out, at, 0, Math.min(read, bytes - at));
  return out;
}

/** `albatross-ca ARGS` on a pseudo-terminal (util-linux `script`): its exit status and everything it wrote there. */
async function onTerminal(args: string[], cwd: string): Promise<{ status: unknown; screen: string }> {
  const command = [process.execPath, cliPath, ...args].map((w) => `'${w}'`).join(" ");
  const child = spawn("script", ["-qfec", command, "/dev/null"], { cwd, stdio: ["ignore", "pipe", "pipe"] });
  let screen = "";
  child.stdout.on("data", (d: Buffer) => (screen += d.toString("utf8")));
  const status = await new Promise((resolve) => child.on("close", resolve));
  return { status, screen };
}

describe("compression in pieces", function () {
  this.timeout(120_000);

  it("gives zlib's bytes in one go, whatever the level and the input, and tells the bytes done", async () => {
    const inputs = {
      "machine code": machineCode(3 * 1024 * 1024 + 17, 1 << 20),
      random: crypto.randomBytes(1024 * 1024 + 5),
      text: Buffer.from(fs.readFileSync(new URL(import.meta.url), "utf8").repeat(300)),
      zeros: Buffer.alloc(2 * 1024 * 1024),
      empty: Buffer.alloc(0),
    };
    for (const [name, data] of Object.entries(inputs)) {
      for (const level of [0, 1, 4, 6, 9]) {
        const told: number[] = [];
        const inPieces = await compressInPieces(data, level, (done, total) => {
          assert.equal(total, data.length);
          told.push(done);
        });
        const atOnce = compress(data, level);
        assert.equal(inPieces.compressed, atOnce.compressed);
        assert.ok(Buffer.from(inPieces.data).equals(Buffer.from(atOnce.data)), `${name} at level ${level}`);
        if (level > 0) {
          assert.ok(Buffer.from(inPieces.data).equals(zlib.deflateSync(data, { level })));
          assert.deepEqual(told, [...told].sort((a, b) => a - b));
          if (data.length > 0) assert.equal(told.at(-1), data.length);
        }
      }
    }
  });

  describe("create's progress bar", function () {
    // long enough at level 9 to take more than the bar's quiet second
    const IMAGE_MB = 40;
    let dir: string;
    before(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), "compress-progress-"));
      fs.writeFileSync(path.join(dir, "big.hvt"), machineCode(IMAGE_MB * 1024 * 1024));
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));
    const args = ["create", "big", "big.hvt", "--skip-manifest-check", "--compression-level", "9", "--force", "--albatross", "2.7"];

    (haveScript ? it : it.skip)("on a terminal: a bar on standard error while the image is compressed", async () => {
      const { status, screen } = await onTerminal(args, dir);
      assert.equal(status, 0, screen);
      assert.match(screen, new RegExp(`compressing \\[[^\\]]*\\] \\d+/${IMAGE_MB} MB`));
      assert.match(screen, /big\.req: request for CN=big/);
    });

    it("piped: nothing but the warning and the report, and the same request", () => {
      const request = path.join(dir, "big.req");
      const before = fs.existsSync(request) ? fs.readFileSync(request) : null;
      const r = runCli(args, { cwd: dir });
      assert.equal(r.status, 0, r.stderr);
      assert.doesNotMatch(r.stderr, /compressing|\x1b/);
      assert.match(r.stderr, /^warning: the Solo5 device manifest of the image was NOT checked[^\n]*\n$/);
      // the key was reused and Ed25519 is deterministic: the same image and level make the same request
      if (before !== null) assert.ok(fs.readFileSync(request).equals(before));
    });
  });
});

describe("sign's progress bar for one large request", function () {
  this.timeout(120_000);
  // uncompressed, so that reading, signing and writing it take more than the bar's quiet second (64 MB now take less on a quiet machine)
  const IMAGE_MB = 128;
  let dir: string;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "sign-progress-"));
    fs.writeFileSync(path.join(dir, "big.hvt"), machineCode(IMAGE_MB * 1024 * 1024));
    const made = runCli(["create", "big", "big.hvt", "--skip-manifest-check", "--compression-level", "0"], { cwd: dir });
    assert.equal(made.status, 0, made.stderr);
    const ca = await generateCa("ca", "ed25519");
    fs.writeFileSync(path.join(dir, "cacert.pem"), ca.certificate.pem);
    fs.writeFileSync(path.join(dir, "ca.key"), privateKeyToPem(ca.key));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const args = ["sign", "cacert.pem", "ca.db", "ca.key", "big.req", "--force"];

  (haveScript ? it : it.skip)("on a terminal: its share read, signed and written, on standard error", async () => {
    const { status, screen } = await onTerminal(args, dir);
    assert.equal(status, 0, screen);
    assert.match(screen, /signing \[[^\]]*\] \d+% /);
    assert.match(screen, /big\.pem: CN=big, serial [0-9a-f]+, leaf certificate/);
  });

  it("piped: nothing but the report", () => {
    const r = runCli(args, { cwd: dir });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, "");
    assert.match(r.stdout, /^big\.pem: CN=big, serial [0-9a-f]+, leaf certificate/);
  });
});
