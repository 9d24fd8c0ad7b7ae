// What the commands that write files print (text or --format json, one
// snake_case style), --out-dir created when missing, --issue finding the CA
// that generate wrote, disposable one-shot keys, request from a chain's JSON,
// and JSON of earlier versions (camelCase) still read.

import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildSolo5Image } from "../src/solo5/index.js";
import { parseCertificate, parseCsr } from "../src/x509/index.js";
import { type CliResult, runCli, runCliHere } from "./helpers/cli.js";

const tmpDir = () => fs.mkdtempSync(path.join(os.tmpdir(), "cli-output-"));

/** Through standard input (a process of its own) when `input` is given, in the test's process otherwise. */
async function ok(args: string[], cwd: string, input?: string): Promise<CliResult> {
  const r = input === undefined ? await runCliHere(args, { cwd }) : runCli(args, { cwd, input });
  assert.equal(r.status, 0, `${args.join(" ")}: ${r.stderr}`);
  return r;
}

const json = (r: CliResult) => JSON.parse(r.stdout) as Record<string, any>;

/** Every key of every object in a JSON value. */
function keysOf(x: unknown): string[] {
  if (Array.isArray(x)) return x.flatMap(keysOf);
  if (typeof x !== "object" || x === null) return [];
  return Object.entries(x).flatMap(([k, v]) => [k, ...keysOf(v)]);
}

const snake = (keys: string[]) => assert.deepEqual(keys.filter((k) => !/^[a-z0-9_]+$/.test(k)), []);

describe("output of the commands that write files", function () {
  this.timeout(120_000);
  let dir: string;
  before(() => {
    dir = tmpDir();
    fs.writeFileSync(path.join(dir, "web.hvt"), buildSolo5Image({ target: "hvt", devices: [{ name: "service", type: "net" }] }));
    fs.writeFileSync(path.join(dir, "disk.img"), Buffer.alloc(5000, 7));
  });

  it("generate --format json: files, serials, not_after, snake_case", async () => {
    const g = json(await ok(["generate", "ops-ca", "ca.db", "--server", "albatross", "--format", "json"], dir));
    assert.deepEqual(g.ca.files, { key: "ops-ca.key", certificate: "cacert.pem" });
    assert.deepEqual(g.server.files, { key: "albatross.key", certificate: "albatross.pem" });
    const server = parseCertificate(fs.readFileSync(path.join(dir, "albatross.pem")));
    assert.equal(g.server.serial, server.serialHex);
    assert.equal(g.server.not_after, server.notAfter.toISOString().replace(".000Z", "Z"));
    assert.equal(g.ca.common_name, "ops-ca");
    snake(keysOf(g));
  });

  it("a request with --format json: files, CN, name and the command's JSON form", async () => {
    const r = json(await ok(["create", "web", "web.hvt", "--net=service", "--mem=64", "--format", "json"], dir));
    assert.deepEqual(r.files, { key: "web.key", request: "web.req" });
    assert.equal(r.common_name, "web");
    assert.equal(r.name, ":web");
    assert.equal(r.command.kind, "unikernel_create");
    assert.equal(r.command.config.memory, 64);
    assert.deepEqual(r.command.config.fail_behaviour, { kind: "quit" });
    assert.equal(r.key_created, true);
    snake(keysOf(r));
    assert.ok(fs.existsSync(path.join(dir, "web.req")));
  });

  it("sign --format json: the certificate, serial, profile, not_after, command", async () => {
    const s = json(await ok(["sign", "cacert.pem", "ca.db", "ops-ca.key", "web.req", "--format", "json"], dir));
    const cert = parseCertificate(fs.readFileSync(path.join(dir, "web.pem")));
    assert.deepEqual(s.files, { certificate: "web.pem" });
    assert.deepEqual([s.common_name, s.name, s.profile, s.serial], ["web", ":web", "leaf", cert.serialHex]);
    assert.equal(s.not_after, cert.notAfter.toISOString().replace(".000Z", "Z"));
    assert.equal(s.command.kind, "unikernel_create");
    assert.match(fs.readFileSync(path.join(dir, "ca.db"), "utf8"), new RegExp(`^${cert.serialHex} web$`, "m"));
    snake(keysOf(s));
  });

  it("--issue finds the CA generate wrote here, and each one-shot gets a fresh, uniquely named key", async () => {
    const first = json(await ok(["console", "web", "--issue", "--format", "json"], dir));
    const second = json(await ok(["console", "web", "--issue", "--format", "json"], dir));
    for (const r of [first, second]) {
      assert.match(r.files.key, /^web-[0-9a-f]{12}\.key$/);
      assert.equal(r.files.certificate, r.files.key.replace(/\.key$/, ".pem"));
      const cert = parseCertificate(fs.readFileSync(path.join(dir, r.files.certificate)));
      assert.equal(cert.serialHex, r.serial);
      assert.equal(cert.issuerCn, "ops-ca");
      assert.equal(fs.statSync(path.join(dir, r.files.key)).mode & 0o777, 0o400);
      assert.equal(r.command.kind, "console_subscribe");
    }
    assert.notEqual(first.files.key, second.files.key);
    assert.notEqual(fs.readFileSync(path.join(dir, first.files.key), "utf8"), fs.readFileSync(path.join(dir, second.files.key), "utf8"));
  });

  it("--issue without a CA here says how to give one", async () => {
    const empty = tmpDir();
    const r = await runCliHere(["console", "web", "--issue"], { cwd: empty });
    assert.equal(r.status, 1);
    assert.match(r.stderr, /^error: no CA certificate cacert\.pem: give --ca CERT --ca-key KEY, or run it where `albatross-ca generate` wrote cacert\.pem and its key\n$/);
    assert.deepEqual(fs.readdirSync(empty), []);
  });

  it("--out-dir is created when missing, and stderr says so", async () => {
    const r = await ok(["destroy", "web", "--out-dir", "new/deeper"], dir);
    assert.equal(r.stderr, "created folder new/deeper\n");
    assert.deepEqual(fs.readdirSync(path.join(dir, "new", "deeper")).sort(), ["web.key", "web.req"]);
  });

  it("a command that fails leaves no --out-dir behind (nor the parents it made), and does not say it made one", async () => {
    fs.writeFileSync(path.join(dir, "blank.req"), "");
    const signing = await runCliHere(["sign", "cacert.pem", "ca.db", "ops-ca.key", "blank.req", "--out-dir", "made/for/sign"], { cwd: dir });
    assert.equal(signing.status, 1);
    assert.equal(signing.stderr, "error: certificate request: the input is empty\n");
    const requesting = await runCliHere(["request", "blank.req", "--out-dir", "made/for/request"], { cwd: dir });
    assert.equal(requesting.status, 1);
    assert.doesNotMatch(requesting.stderr, /created folder/);
    assert.equal(fs.existsSync(path.join(dir, "made")), false);
    fs.mkdirSync(path.join(dir, "kept"));
    await runCliHere(["sign", "cacert.pem", "ca.db", "ops-ca.key", "blank.req", "--out-dir", "kept/new"], { cwd: dir });
    assert.deepEqual(fs.readdirSync(path.join(dir, "kept")), [], "a folder that was there stays; the one made goes");
  });

  it("request FILE reads a chain's JSON (its leaf) and inspect's JSON through a pipe into a new folder", async () => {
    await ok(["add-policy", "alice", "2", "--mem=256", "--cpu=0", "--bridge=service"], dir);
    await ok(["sign", "cacert.pem", "ca.db", "ops-ca.key", "alice.req"], dir);
    await ok(["set-block", "data", "disk.img", "--out-dir", "alice-reqs"], dir);
    await ok(["sign", "alice.pem", "ca.db", "alice.key", "alice-reqs/data.req", "--out-dir", "alice-reqs"], dir);
    const chain = await ok(["inspect", "alice-reqs/data.pem", "--format", "json"], dir);
    assert.equal(json(chain).kind, "chain");
    const r = await ok(["request", "-", "--out-dir", "again"], dir, chain.stdout);
    assert.match(r.stderr, /^created folder again\n/);
    const leaf = fs.readFileSync(path.join(dir, "alice-reqs", "data.pem"), "utf8").split(/(?<=-----END CERTIFICATE-----\n)/)[0]!;
    const original = parseCertificate(leaf).albatrossExtension!.value;
    const recreated = (await parseCsr(fs.readFileSync(path.join(dir, "again", "data.req")))).albatrossExtension!;
    assert.deepEqual(Buffer.from(recreated), Buffer.from(original));
  });

  it("JSON of earlier versions (camelCase fields) is still read by encode and request; both names at once are refused", async () => {
    const extension = json(await ok(["inspect", "web.pem", "--format", "json"], dir)).extension;
    snake(keysOf(extension));
    const camel = (x: unknown): unknown =>
      Array.isArray(x)
        ? x.map(camel)
        : typeof x === "object" && x !== null
          ? Object.fromEntries(Object.entries(x).map(([k, v]) => [k.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()), camel(v)]))
          : x;
    const old = camel(extension) as Record<string, any>;
    assert.ok(keysOf(old).includes("failBehaviour") && keysOf(old).includes("blockDevices"));
    const encoded = (await ok(["encode", "--kind", "extension", "-"], dir, JSON.stringify(extension))).stdout;
    assert.equal((await ok(["encode", "--kind", "extension", "-"], dir, JSON.stringify(old))).stdout, encoded);
    await ok(["request", "-", "--name", "web2", "--out-dir", "legacy"], dir, JSON.stringify(old));
    assert.ok(fs.existsSync(path.join(dir, "legacy", "web2.req")));
    old.command.config.fail_behaviour = old.command.config.failBehaviour;
    const both = runCli(["encode", "--kind", "extension", "-"], { cwd: dir, input: JSON.stringify(old) });
    assert.equal(both.status, 1);
    assert.equal(both.stderr, 'error: command.config: both "fail_behaviour" and its old name "failBehaviour"\n');
    // a file is read as request reads it (an image decoded as it comes): text that is no JSON says where
    fs.writeFileSync(path.join(dir, "broken.json"), JSON.stringify(extension, null, 2).replace('"version": 5,', '"version": 5'));
    const broken = await runCliHere(["encode", "--kind", "extension", "broken.json"], { cwd: dir });
    assert.deepEqual([broken.status, broken.stderr], [1, "error: broken.json is not valid JSON: expected ',' (line 3, column 3)\n"]);
    fs.writeFileSync(path.join(dir, "whole.json"), JSON.stringify(extension));
    assert.equal((await ok(["encode", "--kind", "extension", "whole.json"], dir)).stdout, encoded);
  });
});
