// Progress bars for the work an image or block data makes long: compressing
// it for a request (in pieces: the very bytes zlib makes of it in one go, so
// requests stay byte-exact with albatross-client's), by create, create-block,
// set-block and the wizard alike, and signing its request; a bar on standard
// error only when it is a terminal.

import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { compress, compressInPieces } from "../src/ca/index.js";
import { buildSolo5Image } from "../src/solo5/index.js";
import { generateCa, privateKeyToPem } from "../src/x509/index.js";
import { runCli, runCliHere } from "./helpers/cli.js";
import { cliPath } from "./helpers/paths.js";

const haveScript = spawnSync("script", ["--version"]).status === 0;

/** `bytes` of machine code: Node's own binary from `offset`, its first `repeat` bytes repeated to size. */
function machineCode(bytes: number, offset = 0, repeat = bytes): Buffer {
  const out = Buffer.alloc(bytes);
  const fd = fs.openSync(process.execPath, "r");
  const read = fs.readSync(fd, out, 0, Math.min(repeat, bytes), offset);
  fs.closeSync(fd);
  for (let at = read; at < bytes; at += read) out.copy(out, at, 0, Math.min(read, bytes - at));
  return out;
}

const plain = (s: string) => s.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, "").replace(/\r/g, "");

/**
 * `albatross-ca ARGS` on a pseudo-terminal (util-linux `script`): its exit
 * status and everything it wrote there; each answer typed once its prompt is
 * on screen (after the previous one's).
 */
async function onTerminal(args: string[], cwd: string, answers: [prompt: string, keys: string][] = []): Promise<{ status: unknown; screen: string }> {
  const command = [process.execPath, cliPath, ...args].map((w) => `'${w}'`).join(" ");
  const child = spawn("script", ["-qfec", command, "/dev/null"], { cwd, stdio: [answers.length === 0 ? "ignore" : "pipe", "pipe", "pipe"] });
  let screen = "";
  let answered = 0;
  child.stdout!.on("data", (d: Buffer) => {
    screen += d.toString("utf8");
    const next = answers[0];
    const at = next === undefined ? -1 : plain(screen).indexOf(next[0], answered);
    if (next !== undefined && at !== -1) {
      answers.shift();
      answered = at + next[0].length;
      child.stdin!.write(next[1]);
    }
  });
  // a prompt that never comes ends the run, with the screen to show for it
  const watchdog = setTimeout(() => child.kill(), 60_000);
  const status = await new Promise((resolve) => child.on("close", resolve));
  clearTimeout(watchdog);
  return { status, screen: answers.length === 0 ? screen : `${screen}\n(never asked: ${answers[0]![0]})` };
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

  describe("the bar of every compression: create, create-block --data, set-block, the wizard's create", function () {
    // Node's binary starts with what zlib at level 9 takes longest over: 6 MB of it, about 2.5 s, more than the bar's quiet second
    const IMAGE_MB = 6;
    let dir: string;
    before(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), "compress-progress-"));
      const slow = machineCode(IMAGE_MB * 1024 * 1024, 0, 2 * 1024 * 1024);
      fs.writeFileSync(path.join(dir, "big.hvt"), slow);
      // a Solo5 image for the wizard, which checks its manifest (what follows the ELF file is not read)
      fs.writeFileSync(path.join(dir, "solo5.hvt"), Buffer.concat([buildSolo5Image({ target: "hvt" }), slow]));
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));
    const cases = [
      { what: "create", args: ["create", "big", "big.hvt", "--skip-manifest-check", "--compression-level", "9", "--force", "--albatross", "2.7"], request: "big.req" },
      { what: "create-block --data (2.4: the data in the request)", args: ["create-block", "disk", "8", "--data", "big.hvt", "--force", "--albatross", "2.4"], request: "disk.req" },
      { what: "set-block (2.4: the data in the request)", args: ["set-block", "data", "big.hvt", "--force", "--albatross", "2.4"], request: "data.req" },
    ];

    for (const { what, args, request } of cases) {
      (haveScript ? it : it.skip)(`${what} on a terminal: a bar on standard error while the image or data is compressed`, async () => {
        const { status, screen } = await onTerminal(args, dir);
        assert.equal(status, 0, screen);
        assert.match(screen, new RegExp(`compressing \\[[^\\]]*\\] \\d+/${IMAGE_MB} MB`));
        assert.match(screen, new RegExp(`${request.replace(".", "\\.")}: request for CN=`));
      });

      it(`${what} piped: nothing but the report (create: and its warning), and the same request`, async () => {
        const before = fs.existsSync(path.join(dir, request)) ? fs.readFileSync(path.join(dir, request)) : null;
        const r = await runCliHere(args, { cwd: dir });
        assert.equal(r.status, 0, r.stderr);
        assert.doesNotMatch(r.stderr, /compressing|\x1b/);
        assert.match(r.stderr, args[0] === "create" ? /^warning: the Solo5 device manifest of the image was NOT checked[^\n]*\n$/ : /^$/);
        assert.match(r.stdout, new RegExp(`^${request.replace(".", "\\.")}: request for CN=`, "m"));
        // the key was reused and Ed25519 is deterministic: the same data and level make the same request
        if (before !== null) assert.ok(fs.readFileSync(path.join(dir, request)).equals(before));
      });
    }

    (haveScript ? it : it.skip)("create-block --data for 2.7 on a terminal: no bar, nothing is compressed (the data is streamed after the request)", async () => {
      const { status, screen } = await onTerminal(["create-block", "disk27", "8", "--data", "big.hvt", "--albatross", "2.7"], dir);
      assert.equal(status, 0, screen);
      assert.doesNotMatch(screen, /compressing/);
      assert.match(screen, /disk27\.data\.req: request for CN=disk27/);
    });

    (haveScript ? it : it.skip)("the wizard's create on a terminal: the same bar between the questions", async () => {
      const { status, screen } = await onTerminal(["wizard", "request", "--albatross", "2.4"], dir, [
        ["Albatross release of the hosts", "\r"],
        ["Which command should the certificate carry?", "\r"],
        ["unikernel name", "wiz\r"],
        ["Solo5 image file", "solo5.hvt\r"],
        ["start from a template?", "\r"],
        ["CPU id", "\r"],
        ["memory (MB)", "\r"],
        ["block devices", "\r"],
        ["networks", "\r"],
        ["boot arguments", "\r"],
        ["restart when it fails?", "\r"],
        ["output folder", "\r"],
        ["What should be written?", "\r"],
        ["type of the new key", "\r"],
        ["Write these files?", "y\r"],
      ]);
      assert.equal(status, 0, screen);
      assert.match(screen, new RegExp(`compressing \\[[^\\]]*\\] \\d+/${IMAGE_MB} MB`));
      assert.ok(fs.existsSync(path.join(dir, "wiz.req")), screen);
    });
  });
});

describe("sign's and renew's progress bar for one large request", function () {
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

  // piped, renew says nothing but its report: inspect-memory's renew cases
  (haveScript ? it : it.skip)("renew of the certificate signed on a terminal: its share read, signed and written, on standard error", async () => {
    const { status, screen } = await onTerminal(["renew", "cacert.pem", "ca.db", "ca.key", "big.pem"], dir);
    assert.equal(status, 0, screen);
    assert.match(screen, /renewing \[[^\]]*\] \d+% /);
    assert.match(screen, /big\.pem: CN=big, serial [0-9a-f]+, valid until [0-9TZ:-]+, leaf certificate/);
  });
});
