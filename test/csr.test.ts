// The request subcommands through the real CLI: what files appear, what the
// requests carry, and how every bad input fails (one "error:" line, exit 1,
// nothing written).

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { decodeExtension } from "../src/codec/index.js";
import type { CertExtension } from "../src/model/command.js";
import { buildSolo5Image } from "../src/solo5/index.js";
import { KEY_TYPES, parseCsr, readPrivateKey } from "../src/x509/index.js";
import { type CliResult, runCliHere } from "./helpers/cli.js";
import { itWithFixtures, solo5FixturesDir } from "./helpers/paths.js";

const tmpDirs: string[] = [];
function tmpDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "csr-test-"));
  tmpDirs.push(dir);
  return dir;
}
after(() => tmpDirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

const listing = (dir: string) => fs.readdirSync(dir).sort();

/** Exit 1, exactly one "error:" line (warnings may precede it, a usage line follow it), no stack trace. */
function assertOneError(r: CliResult, message: RegExp): void {
  assert.equal(r.status, 1, `exit status ${r.status}, stderr: ${r.stderr}`);
  const lines = r.stderr.split("\n").filter(Boolean);
  const errors = lines.filter((l) => l.startsWith("error: "));
  assert.equal(errors.length, 1, r.stderr);
  assert.deepEqual(
    lines.filter((l) => !/^(error|warning|usage): /.test(l)),
    [],
    `unexpected stderr: ${r.stderr}`,
  );
  assert.match(errors[0]!, message);
}

async function requestIn(dir: string, file: string): Promise<{ cn: string | null; ext: CertExtension }> {
  const csr = await parseCsr(fs.readFileSync(path.join(dir, file)));
  assert.ok(csr.albatrossExtension, "the request carries the Albatross extension");
  return { cn: csr.subjectCn, ext: decodeExtension(csr.albatrossExtension, "2.4") };
}

const image = buildSolo5Image({
  target: "hvt",
  devices: [
    { name: "storage", type: "block" },
    { name: "service", type: "net" },
  ],
});

describe("create", () => {
  it("checks the Solo5 manifest, compresses at level 9 and writes <name>.key and <name>.req", async () => {
    const dir = tmpDir();
    fs.writeFileSync(path.join(dir, "web.hvt"), image);
    const r = await runCliHere(["create", "web", "web.hvt", "--block=storage:disk0@4096", "--net=service:br0", "--csr"], { cwd: dir });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, "");
    assert.deepEqual(listing(dir), ["web.hvt", "web.key", "web.req"]);
    assert.equal(fs.statSync(path.join(dir, "web.key")).mode & 0o777, 0o400);
    const { cn, ext } = await requestIn(dir, "web.req");
    assert.equal(cn, "web");
    assert.equal(ext.version, 5);
    assert.equal(ext.command.kind, "unikernel_create");
    if (ext.command.kind !== "unikernel_create") return;
    const c = ext.command.config;
    assert.equal(c.compressed, true);
    assert.deepEqual(new Uint8Array(zlib.inflateSync(c.image)), image);
    assert.deepEqual(c.blockDevices, [{ name: "storage", device: "disk0", sectorSize: 4096n }]);
    assert.deepEqual(c.bridges, [{ name: "service", bridge: "br0", mac: null }]);
    assert.deepEqual(c.cpuids, [0n]);
    assert.equal(c.memory, 32n);
    assert.deepEqual(c.failBehaviour, { kind: "quit" });
    assert.equal(c.argv, null);
  });

  it("--force is albatross-client's force-create (and says it replaces <CN>.req too); without it, an existing request stays", async () => {
    const dir = tmpDir();
    fs.writeFileSync(path.join(dir, "web.hvt"), image);
    const args = ["create", "web", "web.hvt", "--block=storage", "--net=service"];
    assert.equal((await runCliHere(args, { cwd: dir })).status, 0);
    assert.equal((await requestIn(dir, "web.req")).ext.command.kind, "unikernel_create");
    const again = await runCliHere(args, { cwd: dir });
    assert.equal(again.status, 1);
    assert.equal(again.stderr, "error: web.req exists (--force replaces it)\n");
    assert.equal((await runCliHere([...args, "--force"], { cwd: dir })).status, 0);
    assert.equal((await requestIn(dir, "web.req")).ext.command.kind, "unikernel_force_create");
    assert.match((await runCliHere(["create", "--help"])).stdout, /-f, --force +force-create: Albatross replaces a running unikernel of the same name; it\s+also replaces an existing <CN>\.req/);
  });

  it("level 0 sends the image as it is", async () => {
    const dir = tmpDir();
    fs.writeFileSync(path.join(dir, "web.hvt"), image);
    const r = await runCliHere(["create", "web", "web.hvt", "--block=storage", "--net=service", "--compression-level=0"], { cwd: dir });
    assert.equal(r.status, 0, r.stderr);
    const { ext } = await requestIn(dir, "web.req");
    assert.ok(ext.command.kind === "unikernel_create" && !ext.command.config.compressed);
    if (ext.command.kind === "unikernel_create") assert.deepEqual(ext.command.config.image, image);
  });

  it("refuses devices the manifest does not declare, and real images of other targets", async () => {
    const dir = tmpDir();
    fs.writeFileSync(path.join(dir, "web.hvt"), image);
    assertOneError(await runCliHere(["create", "web", "web.hvt", "--net=service"], { cwd: dir }), /block device\(s\) does not match with manifest/);
    assertOneError(
      await runCliHere(["create", "web", "web.hvt", "--block=storage", "--net=service", "--net=extra:br1"], { cwd: dir }),
      /bridge\(s\) does not match with the manifest/,
    );
    assert.deepEqual(listing(dir), ["web.hvt"]);
  });

  itWithFixtures("checks real Solo5 images: hello world without devices, a muen image refused", async () => {
    const dir = tmpDir();
    const hello = path.join(solo5FixturesDir, "test_hello.hvt");
    assert.equal((await runCliHere(["create", "hello", hello], { cwd: dir })).status, 0);
    assertOneError(await runCliHere(["create", "hello2", hello, "--net=service"], { cwd: dir }), /does not match with the manifest/);
    assertOneError(await runCliHere(["create", "m", path.join(solo5FixturesDir, "test_hello.muen")], { cwd: dir }), /unsupported solo5 target/);
    assert.deepEqual(listing(dir), ["hello.key", "hello.req"]);
  });

  it("--skip-manifest-check takes any image, with a loud warning", async () => {
    const dir = tmpDir();
    fs.writeFileSync(path.join(dir, "raw.img"), "not an ELF");
    const r = await runCliHere(["create", "raw", "raw.img", "--skip-manifest-check", "--net=anything"], { cwd: dir });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /^warning: the Solo5 device manifest of the image was NOT checked/);
    assertOneError(await runCliHere(["create", "raw2", "raw.img"], { cwd: dir }), /^error: .*ELF/i);
  });
});

describe("common names and file names", () => {
  const cases: [string[], string, string][] = [
    [["info"], "..req", "."],
    [["info", "-n", "foo"], "foo.req", "foo"],
    [["stats"], "..req", "."],
    [["stats-add", "1234", "--vmmdev=vmm0", "--bridge=service:tap0"], "..req", "."],
    [["block"], "..req", "."],
    [["block", "--name", "disk"], "disk.req", "disk"],
    [["policy"], "..req", "."],
    [["policy", "-p", "sub"], "sub.req", "sub"],
    [["add-policy", "alice", "4", "--cpu=0", "--bridge=service"], "alice.req", "alice"],
    [["remove-policy", "--path", ":alice"], "alice.req", "alice"],
    [["console", "web", "--since=2024-01-01"], "web.req", "web"],
    [["create-block", "disk", "16"], "disk.req", "disk"],
  ];
  for (const [args, file, cn] of cases) {
    it(`${args.join(" ")} → ${file} with CN ${cn}`, async () => {
      const dir = tmpDir();
      const r = await runCliHere(args, { cwd: dir });
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(listing(dir), [file.replace(/req$/, "key"), file].sort());
      assert.equal((await requestIn(dir, file)).cn, cn);
    });
  }

  it("2.7 reads names in lowercase, as albatross-client 2.7 does (and says so); 2.4 keeps them", async () => {
    const dir = tmpDir();
    const r = await runCliHere(["console", "Web", "--albatross", "2.7"], { cwd: dir });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, "warning: Albatross 2.7 reads names in lowercase: :Web is :web\n");
    assert.equal((await requestIn(dir, "web.req")).cn, "web");
    const policy = await runCliHere(["add-policy", "Tenant", "1", "--bridge=service", "--albatross", "2.7"], { cwd: dir });
    assert.match(policy.stderr, /^warning: Albatross 2.7 reads names in lowercase: Tenant: is tenant:$/m);
    assert.equal((await requestIn(dir, "tenant.req")).cn, "tenant");
    assert.equal((await runCliHere(["console", "Web", "--albatross", "2.4"], { cwd: dir })).stderr, "");
    assert.equal((await requestIn(dir, "Web.req")).cn, "Web");
  });

  it("warns about commands the TLS endpoint does not execute from a certificate", async () => {
    const dir = tmpDir();
    const r = await runCliHere(["stats-remove", "-n", "web"], { cwd: dir });
    assert.equal(r.status, 0);
    assert.match(r.stderr, /^warning: the Albatross 2.4 TLS endpoint refuses "stats remove" in a leaf certificate/);
  });

  it("reuses an existing key of any type and never rewrites it", async () => {
    const dir = tmpDir();
    assert.equal((await runCliHere(["destroy", "web", "--key-type=p256"], { cwd: dir })).status, 0);
    const key = fs.readFileSync(path.join(dir, "web.key"));
    const first = fs.readFileSync(path.join(dir, "web.req"), "utf8");
    const r = await runCliHere(["get", "web", "--out-dir", ".", "--force"], { cwd: dir });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /existing key reused/);
    assert.deepEqual(fs.readFileSync(path.join(dir, "web.key")), key);
    assert.equal(fs.statSync(path.join(dir, "web.key")).mode & 0o777, 0o400);
    assert.notEqual(fs.readFileSync(path.join(dir, "web.req"), "utf8"), first);
    assert.equal((await parseCsr(fs.readFileSync(path.join(dir, "web.req")))).publicKeyType, "p256");
  });

  it("--out-dir puts both files there", async () => {
    const dir = tmpDir();
    fs.mkdirSync(path.join(dir, "out"));
    assert.equal((await runCliHere(["destroy", "web", "--out-dir=out"], { cwd: dir })).status, 0);
    assert.deepEqual(listing(path.join(dir, "out")), ["web.key", "web.req"]);
  });
});

describe("requests for every key type", () => {
  for (const keyType of KEY_TYPES) {
    it(`${keyType}: openssl req -verify accepts the request`, async () => {
      const dir = tmpDir();
      const r = await runCliHere(["console", "web", `--key-type=${keyType}`], { cwd: dir });
      assert.equal(r.status, 0, r.stderr);
      const v = spawnSync("openssl", ["req", "-in", "web.req", "-noout", "-verify", "-subject"], { cwd: dir, encoding: "utf8" });
      assert.equal(v.status, 0, v.stderr);
      assert.match(v.stdout + v.stderr, /verify OK/i);
      assert.match(v.stdout, /subject=CN ?= ?web/);
      assert.equal((await readPrivateKey(fs.readFileSync(path.join(dir, "web.key")))).keyType, keyType);
    });
  }
});

describe("bad input: one error line, exit 1, nothing written", () => {
  const bad: [string, string[], RegExp][] = [
    ["a bad MAC", ["restart", "web", "--replace-arguments", "--net=service@00:11:22:33:44"], /^error: --net "service@00:11:22:33:44": invalid MAC address/],
    ["sector size 1000", ["restart", "web", "--replace-arguments", "--block=disk@1000"], /sector size must be a power of two greater than or equal 512/],
    ["duplicate --block names", ["restart", "web", "--replace-arguments", "--block=disk", "--block=disk:other"], /^error: Block devices must be a set/],
    ["duplicate --net names", ["restart", "web", "--replace-arguments", "--net=service", "--net=service:br1"], /^error: Bridge names must be a set/],
    ["an invalid name", ["destroy", "we b"], /^error: UNIKERNEL-NAME "we b": invalid name$/],
    ["a name with a slash", ["console", "../web"], /^error: UNIKERNEL-NAME "..\/web": invalid name$/],
    ["a missing image", ["create", "web", "missing.hvt"], /^error: missing.hvt: no such file$/],
    ["a path in a unikernel name", ["destroy", "sub:web"], /^error: non-empty path: sub:web/],
    ["no unikernel name", ["destroy", ":"], /^error: unikernel destroy needs a name$/],
    ["a policy path of two labels", ["policy", "-p", "a:b"], /has 2 labels, but a certificate names one/],
    ["remove-policy without a path", ["remove-policy"], /^error: policy remove needs a path/],
    ["an unusable policy", ["add-policy", "alice", "1", "--mem=512"], /^error: Unusable policy with no CPUids$/],
    ["a policy with 16 MB", ["add-policy", "alice", "1", "--cpu=0", "--mem=16"], /^error: Unusable policy with memory 16 MB <= 16 MB$/],
    // get and dump-block hand any level to Albatross (with a warning), as albatross-client does; create compresses itself
    ["a compression level of 10", ["create", "web", "big.data", "--skip-manifest-check", "--compression-level=10"], /compression level from 0 to 9/],
    ["a count that is no number", ["console", "web", "--count=many"], /^error: --count "many": expected an integer$/],
    ["a bad timestamp", ["console", "web", "--since=2024-13-01"], /couldn't parse timestamp/],
    ["a single option given twice", ["create-block", "disk", "1", "--data=a", "--data=b"], /--data given 2 times/],
    ["data larger than the block", ["create-block", "disk", "1", "--data=big.data", "--compression-level=0"], /^error: data exceeds size/],
    ["a bad bridge:tap", ["stats-add", "12", "--bridge=service"], /broken, format is bridge:tap/],
    ["--csr with --issue", ["destroy", "web", "--csr", "--issue"], /mutually exclusive/],
    ["--ca without --issue", ["destroy", "web", "--ca=ca.pem"], /only used with --issue/],
    ["an unknown option", ["destroy", "web", "--destination=host"], /^error: unknown option --destination for destroy$/],
    ["an unknown key type", ["destroy", "web", "--key-type=dsa"], /^error: --key-type: "dsa" is not one of "ed25519", /],
    ["an --out-dir that is a file", ["destroy", "web", "--out-dir=big.data"], /^error: output directory big.data: not a directory$/],
  ];
  for (const [what, args, message] of bad) {
    it(what, async () => {
      const dir = tmpDir();
      fs.writeFileSync(path.join(dir, "big.data"), Buffer.alloc((1 << 20) + 1));
      const r = await runCliHere(args, { cwd: dir });
      assertOneError(r, message);
      assert.deepEqual(listing(dir), ["big.data"]);
    });
  }
});
