// The issued-certificate index (`list`) and renewals (`renew`), through the CLI.

import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseCertificate, splitPem } from "../src/x509/index.js";
import { runCliHere } from "./helpers/cli.js";

const tmpDir = () => fs.mkdtempSync(path.join(os.tmpdir(), "albatross-ca-list-"));
const read = (dir: string, f: string) => fs.readFileSync(path.join(dir, f), "latin1");

async function ok(args: string[], cwd: string) {
  const r = await runCliHere(args, { cwd });
  assert.equal(r.status, 0, `${args.join(" ")}: ${r.stderr}`);
  return r;
}

interface Entry {
  serial: string;
  common_name: string;
  name: string | null;
  kind: string | null;
  command: string | null;
  policy: string | null;
  not_before: string | null;
  not_after: string | null;
  status: string | null;
}

const list = async (dir: string, ...args: string[]) => JSON.parse((await ok(["list", "ca.db", "--format", "json", ...args], dir)).stdout) as Entry[];
const serialOf = (dir: string, file: string) => parseCertificate(splitPem(read(dir, file))[0]!).serialHex;

describe("list and renew", function () {
  this.timeout(180_000);
  let dir: string;
  before(async () => {
    dir = tmpDir();
    await ok(["generate", "ops", "ca.db"], dir);
    await ok(["add-policy", "alice", "2", "--mem=512", "--cpu=0", "--bridge=service", "--csr"], dir);
    await ok(["sign", "cacert.pem", "ca.db", "ops.key", "alice.req"], dir);
    await ok(["console", "web", "--csr"], dir);
    await ok(["sign", "alice.pem", "ca.db", "alice.key", "web.req", "--days", "3"], dir);
  });

  it("lists every issued certificate with its kind, Albatross name, command, policy and validity", async () => {
    const entries = await list(dir);
    assert.deepEqual(
      entries.map((e) => [e.common_name, e.kind, e.name, e.status]),
      [
        ["server", "server", null, "valid"],
        ["alice", "sub-ca", "alice:", "valid"],
        ["web", "leaf", "alice:web", "valid"],
      ],
    );
    assert.deepEqual(entries.map((e) => e.command), [null, `policy add ${entries[1]!.policy}`, "console subscribe number 20"]);
    assert.deepEqual([entries[0]!.policy, entries[2]!.policy], [null, null]);
    assert.match(entries[1]!.policy!, /\b2\b.*\b512\b.*service/);
    assert.deepEqual(entries.map((e) => e.serial), read(dir, "ca.db").trimEnd().split("\n").map((l) => l.split(" ")[0]));
    const web = entries[2]!;
    assert.equal(Date.parse(web.not_after!) - Date.parse(web.not_before!), 3 * 86400_000 + 10_000);
  });

  it("--kind and --expiring select; text output has one line per certificate", async () => {
    assert.deepEqual((await list(dir, "--kind", "sub-ca")).map((e) => e.common_name), ["alice"]);
    assert.deepEqual((await list(dir, "--expiring", "7d")).map((e) => e.common_name), ["web"]);
    assert.deepEqual(await list(dir, "--expiring", "1d"), []);
    const text = (await ok(["list", "ca.db"], dir)).stdout.trimEnd().split("\n");
    assert.equal(text.length, 3);
    assert.match(text[2]!, /^[0-9a-f]+  web  leaf  valid  \S+Z  alice:web  console subscribe number 20$/);
    const bad = await runCliHere(["list", "ca.db", "--expiring", "soon"], { cwd: dir });
    assert.deepEqual([bad.status, bad.stdout], [1, ""]);
    assert.match(bad.stderr, /^error: --expiring "soon": expected a number and a unit/);
  });

  it("a database written by albatross-client (no kept certificates, no final newline) is listed with what is known", async () => {
    const other = tmpDir();
    fs.writeFileSync(path.join(other, "ca.db"), "3a1f server\n0b77 tenant");
    const entries = await list(other);
    assert.deepEqual(entries, [
      { serial: "3a1f", common_name: "server", name: null, kind: null, command: null, policy: null, not_before: null, not_after: null, status: null },
      { serial: "0b77", common_name: "tenant", name: null, kind: null, command: null, policy: null, not_before: null, not_after: null, status: null },
    ]);
    fs.writeFileSync(path.join(other, "ca.db"), "not a record\n");
    const r = await runCliHere(["list", "ca.db"], { cwd: other });
    assert.equal(r.stderr, 'error: database ca.db line 1: expected "<serial> <CN>", got "not a record"\n');
  });

  it("renew re-issues the same subject, key and command with a fresh serial, recorded and kept", async () => {
    const before = parseCertificate(splitPem(read(dir, "web.pem"))[0]!);
    const r = await ok(["renew", "alice.pem", "ca.db", "alice.key", "web.pem", "--days", "5"], dir);
    assert.match(r.stdout, /^web\.pem: CN=web, serial [0-9a-f]+, valid until \S+Z, leaf certificate: console subscribe number 20\n$/);
    const after = parseCertificate(splitPem(read(dir, "web.pem"))[0]!);
    assert.notEqual(after.serialHex, before.serialHex);
    assert.deepEqual([after.subjectCn, Buffer.from(after.publicKey)], [before.subjectCn, Buffer.from(before.publicKey)]);
    assert.deepEqual(Buffer.from(after.albatrossExtension!.value), Buffer.from(before.albatrossExtension!.value));
    assert.equal(Math.round((after.notAfter.getTime() - after.notBefore.getTime()) / 86400_000), 5);
    const entries = await list(dir);
    assert.deepEqual(entries.slice(-1).map((e) => [e.serial, e.common_name, e.name]), [[after.serialHex, "web", "alice:web"]]);
    assert.equal(read(dir, path.join("ca.db.certs", `${after.serialHex}.pem`)), read(dir, "web.pem"));
    const audit = await runCliHere(["audit", "web.pem", "--ca", "cacert.pem"], { cwd: dir });
    assert.equal(audit.status, 0, audit.stdout + audit.stderr);
  });

  it("renew renews the server certificate from the root, and enforces policy again", async () => {
    const serial = serialOf(dir, "server.pem");
    await ok(["renew", "cacert.pem", "ca.db", "ops.key", "server.pem"], dir);
    assert.notEqual(serialOf(dir, "server.pem"), serial);
    // a sub-CA whose policy shrank may no longer renew what it signed
    const other = tmpDir();
    await ok(["generate", "ops", "ca.db"], other);
    await ok(["add-policy", "bob", "1", "--mem=256", "--cpu=0", "--bridge=service", "--csr"], other);
    await ok(["sign", "cacert.pem", "ca.db", "ops.key", "bob.req"], other);
    await ok(["add-policy", "carol", "1", "--mem=128", "--cpu=0", "--bridge=service", "--csr"], other);
    await ok(["sign", "bob.pem", "ca.db", "bob.key", "carol.req"], other);
    fs.rmSync(path.join(other, "bob.pem"));
    fs.renameSync(path.join(other, "bob.req"), path.join(other, "bob-old.req"));
    await ok(["add-policy", "bob", "1", "--mem=64", "--cpu=0", "--bridge=service", "--csr", "--force"], other);
    await ok(["sign", "cacert.pem", "ca.db", "ops.key", "bob.req"], other);
    const r = await runCliHere(["renew", "bob.pem", "ca.db", "bob.key", "carol.pem"], { cwd: other });
    assert.equal(r.status, 1);
    assert.match(r.stderr, /^error: this policy allows 128 MB of memory, more than the 64 MB of the policy above\n$/);
  });

  it("renew --format json reports the file, serial, name, validity and command as sign does", async () => {
    const r = await ok(["renew", "alice.pem", "ca.db", "alice.key", "web.pem", "--days", "2", "--format", "json"], dir);
    const after = parseCertificate(splitPem(read(dir, "web.pem"))[0]!);
    assert.deepEqual(JSON.parse(r.stdout), {
      files: { certificate: "web.pem" },
      common_name: "web",
      name: "alice:web",
      profile: "leaf",
      serial: after.serialHex,
      not_after: after.notAfter.toISOString().replace(/\.\d{3}Z$/, "Z"),
      command: { kind: "console_subscribe", subscribe: { kind: "count", count: 20 } },
      database: "ca.db",
    });
    assert.equal((await list(dir)).slice(-1)[0]!.serial, after.serialHex);
  });

  it("renew refuses a certificate of another CA", async () => {
    const r = await runCliHere(["renew", "cacert.pem", "ca.db", "ops.key", "web.pem"], { cwd: dir });
    assert.equal(r.status, 1);
    assert.equal(r.stderr, "error: web.pem was not issued by cacert.pem\n");
  });
});
