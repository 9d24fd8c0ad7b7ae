// Running a CA for years: no silent overwrites, the CA's own files out of a
// request's reach, server certificates only from the root, weak requests
// refused, and a database that survives killed runs and contention.

import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createCsr, csrToPem, generateKey, parseCertificate, splitPem } from "../src/x509/index.js";
import { runCliHere } from "./helpers/cli.js";
import { cliPath, repoRoot } from "./helpers/paths.js";

const tmpDir = () => fs.mkdtempSync(path.join(os.tmpdir(), "albatross-ca-safety-"));
const read = (dir: string, f: string) => fs.readFileSync(path.join(dir, f), "latin1");
const files = (dir: string) => fs.readdirSync(dir).sort();

async function ok(args: string[], cwd: string) {
  const r = await runCliHere(args, { cwd });
  assert.equal(r.status, 0, `${args.join(" ")}: ${r.stderr}`);
  return r;
}

async function fails(args: string[], cwd: string, stderr: string | RegExp) {
  const r = await runCliHere(args, { cwd });
  assert.equal(r.status, 1, r.stdout);
  assert.equal(r.stdout, "");
  if (typeof stderr === "string") assert.equal(r.stderr, stderr);
  else assert.match(r.stderr, stderr);
  assert.equal(r.stderr.split("\n").length, 2, "one line on stderr");
}

function openssl(args: string[], cwd: string): void {
  const r = spawnSync("openssl", args, { cwd });
  assert.equal(r.status, 0, r.stderr.toString());
}

/** A CA with sub-CA alice in a fresh folder. */
async function caWithAlice(): Promise<string> {
  const dir = tmpDir();
  await ok(["generate", "ca", "ca.db"], dir);
  await ok(["add-policy", "alice", "2", "--mem=512", "--cpu=0", "--bridge=service", "--csr"], dir);
  await ok(["sign", "cacert.pem", "ca.db", "ca.key", "alice.req"], dir);
  return dir;
}

describe("ca safety: nothing is overwritten silently", function () {
  this.timeout(120_000);

  it("generate again refuses to replace cacert.pem; --force replaces the certificates but never a key", async () => {
    const dir = tmpDir();
    await ok(["generate", "ca", "ca.db"], dir);
    const before = { cert: read(dir, "cacert.pem"), key: read(dir, "ca.key"), db: read(dir, "ca.db") };
    await fails(["generate", "ca", "ca.db"], dir, "error: cacert.pem exists (--force replaces it)\n");
    assert.deepEqual([read(dir, "cacert.pem"), read(dir, "ca.db")], [before.cert, before.db]);
    const r = await ok(["generate", "ca", "ca.db", "--force"], dir);
    assert.match(r.stdout, /ca\.key: existing key reused/);
    assert.notEqual(read(dir, "cacert.pem"), before.cert);
    assert.equal(read(dir, "ca.key"), before.key);
    assert.equal(read(dir, "ca.db").split("\n").filter(Boolean).length, 2);
  });

  it("a request is not replaced without --force; its key never is", async () => {
    const dir = tmpDir();
    await ok(["destroy", "web", "--csr"], dir);
    const key = read(dir, "web.key");
    const req = read(dir, "web.req");
    await fails(["destroy", "web", "--csr"], dir, "error: web.req exists (--force replaces it)\n");
    assert.equal(read(dir, "web.req"), req);
    await ok(["console", "web", "--csr", "--force"], dir);
    assert.notEqual(read(dir, "web.req"), req);
    assert.equal(read(dir, "web.key"), key);
  });

  it("sign refuses to replace <CN>.pem and records nothing; --force re-signs and records the new serial", async () => {
    const dir = await caWithAlice();
    await ok(["destroy", "web", "--csr"], dir);
    await ok(["sign", "alice.pem", "ca.db", "alice.key", "web.req"], dir);
    const pem = read(dir, "web.pem");
    const db = read(dir, "ca.db");
    await fails(["sign", "alice.pem", "ca.db", "alice.key", "web.req"], dir, "error: web.pem exists (--force replaces it)\n");
    assert.deepEqual([read(dir, "web.pem"), read(dir, "ca.db")], [pem, db]);
    await ok(["sign", "alice.pem", "ca.db", "alice.key", "web.req", "--force"], dir);
    assert.notEqual(read(dir, "web.pem"), pem);
    assert.equal(read(dir, "ca.db").split("\n").filter(Boolean).length, db.split("\n").filter(Boolean).length + 1);
  });

  it("a CN naming the CA's own files is refused, even with --force", async () => {
    const dir = tmpDir();
    await ok(["generate", "ca", "ca.db"], dir);
    const cacert = read(dir, "cacert.pem");
    await ok(["add-policy", "cacert", "1", "--mem=64", "--cpu=0", "--bridge=service", "--csr"], dir);
    for (const force of [[], ["--force"]]) {
      await fails(["sign", "cacert.pem", "ca.db", "ca.key", "cacert.req", ...force], dir,
        'error: the common name "cacert" would write cacert.pem, the CA\'s certificate: refused\n');
    }
    assert.equal(read(dir, "cacert.pem"), cacert);
    // the server's certificate: a request for CN=server with a command
    await ok(["destroy", "server", "--csr"], dir);
    await fails(["sign", "cacert.pem", "ca.db", "ca.key", "server.req", "--force"], dir,
      'error: the common name "server" would write server.pem, a server certificate: refused\n');
    assert.equal(read(dir, "ca.db").split("\n").filter(Boolean).length, 1);
  });
});

describe("ca safety: server certificates only from the root, no weak requests", function () {
  this.timeout(120_000);
  let dir: string;
  before(async () => {
    dir = await caWithAlice();
    openssl(["genpkey", "-algorithm", "ED25519", "-out", "evil.key"], dir);
    openssl(["req", "-new", "-key", "evil.key", "-subj", "/CN=evil", "-out", "evil.req"], dir);
  });

  it("a sub-CA refuses a request without Albatross extension (it would be a server certificate)", async () => {
    await fails(["sign", "alice.pem", "ca.db", "alice.key", "evil.req"], dir,
      /^error: only the root CA issues server certificates \(the request has no Albatross extension\), and alice is a sub-CA: /);
    assert.equal(fs.existsSync(path.join(dir, "evil.pem")), false);
  });

  it("the root signs the same request as a server certificate", async () => {
    const r = await ok(["sign", "cacert.pem", "ca.db", "ca.key", "evil.req"], dir);
    assert.match(r.stdout, /evil\.pem: CN=evil, serial [0-9a-f]+, server certificate/);
  });

  it("audit: a server certificate minted below a sub-CA with openssl is an error finding, exit 1", async () => {
    fs.writeFileSync(path.join(dir, "srv.cnf"), "[srv]\nextendedKeyUsage = serverAuth\nbasicConstraints = critical,CA:false\n");
    openssl(["req", "-new", "-key", "evil.key", "-subj", "/CN=rogue", "-out", "rogue.req"], dir);
    openssl(["x509", "-req", "-in", "rogue.req", "-CA", "alice.pem", "-CAkey", "alice.key", "-set_serial", "7", "-days", "1",
      "-extfile", "srv.cnf", "-extensions", "srv", "-out", "rogue-leaf.pem"], dir);
    fs.writeFileSync(path.join(dir, "rogue.pem"), read(dir, "rogue-leaf.pem") + read(dir, "alice.pem"));
    const r = await runCliHere(["audit", "rogue.pem", "--ca", "cacert.pem", "--format", "json"], { cwd: dir });
    assert.equal(r.status, 1);
    const out = JSON.parse(r.stdout) as { verified: boolean; findings: { severity: string; message: string }[] };
    assert.equal(out.verified, true, "ocaml-x509 verifies it: that is the danger");
    assert.ok(out.findings.some((f) => f.severity === "error" && /issued below the sub-CA CN=alice: it could impersonate the Albatross server/.test(f.message)));
  });

  it("sign refuses a request signed with SHA-1", async () => {
    openssl(["genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", "old.key"], dir);
    openssl(["req", "-new", "-key", "old.key", "-sha1", "-subj", "/CN=old", "-out", "old.req"], dir);
    await fails(["sign", "cacert.pem", "ca.db", "ca.key", "old.req"], dir,
      "error: refusing to sign the request for old: it is signed with ECDSA with SHA-1; only SHA-256 or stronger is accepted\n");
  });

  it("sign refuses an RSA-1024 request; generate --key does not even read an RSA-1024 key", async () => {
    openssl(["genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:1024", "-out", "small.key"], dir);
    openssl(["req", "-new", "-key", "small.key", "-subj", "/CN=small", "-out", "small.req"], dir);
    await fails(["sign", "cacert.pem", "ca.db", "ca.key", "small.req"], dir,
      "error: refusing to sign for small: its RSA key has 1024 bits; at least 2048 are needed\n");
    const other = tmpDir();
    fs.copyFileSync(path.join(dir, "small.key"), path.join(other, "small.key"));
    await fails(["generate", "ca", "ca.db", "--key", "small.key"], other, "error: small.key: unsupported RSA key size 1024 (expected 2048 or 4096)\n");
    assert.deepEqual(files(other), ["small.key"]);
  });

  it("generate --key uses an existing key: the CA certificate holds its public key", async () => {
    const other = tmpDir();
    openssl(["genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-384", "-out", "mine.key"], other);
    await ok(["generate", "ops", "ca.db", "--key", "mine.key"], other);
    assert.deepEqual(files(other), ["ca.db", "ca.db.certs", "cacert.pem", "mine.key", "server.key", "server.pem"]);
    const spki = spawnSync("openssl", ["pkey", "-in", "mine.key", "-pubout"], { cwd: other }).stdout.toString();
    const certKey = spawnSync("openssl", ["x509", "-in", "cacert.pem", "-noout", "-pubkey"], { cwd: other }).stdout.toString();
    assert.equal(certKey, spki);
  });
});

describe("ca safety: an empty file is called empty", function () {
  this.timeout(120_000);

  it("as a request, certificate, CA certificate or CA key: one line saying so, exit 1, nothing written", async () => {
    const dir = await caWithAlice();
    const before = { files: files(dir), db: read(dir, "ca.db") };
    for (const [content, problem] of [["", "the input is empty"], [" \n\t\r\n", "the input is only white space"]] as const) {
      fs.writeFileSync(path.join(dir, "blank"), content);
      await fails(["sign", "cacert.pem", "ca.db", "ca.key", "blank"], dir, `error: certificate request: ${problem}\n`);
      await fails(["sign", "cacert.pem", "ca.db", "ca.key", "alice.req", "blank"], dir, `error: blank: certificate request: ${problem}\n`);
      await fails(["sign", "cacert.pem", "ca.db", "blank", "alice.req"], dir, `error: blank: cannot read private key: ${problem}\n`);
      await fails(["renew", "cacert.pem", "ca.db", "ca.key", "blank"], dir, `error: blank: certificate: ${problem}\n`);
      await fails(["inspect", "blank"], dir, `error: blank: ${problem}\n`);
      await fails(["audit", "blank", "--ca", "cacert.pem"], dir, `error: blank: certificate: ${problem}\n`);
      await fails(["audit", "alice.pem", "--ca", "blank"], dir, `error: --ca blank: certificate: ${problem}\n`);
      fs.rmSync(path.join(dir, "blank"));
      assert.deepEqual(files(dir), before.files);
      assert.equal(read(dir, "ca.db"), before.db);
    }
    fs.writeFileSync(path.join(dir, "text.key"), "not a key\n");
    await fails(["sign", "cacert.pem", "ca.db", "text.key", "alice.req"], dir, "error: text.key: cannot read private key: not PEM (no -----BEGIN line)\n");
  });
});

describe("ca safety: the database survives crashes and contention", function () {
  this.timeout(600_000);

  it("a failed generate leaves nothing behind", async () => {
    const dir = tmpDir();
    fs.writeFileSync(path.join(dir, "ca.db.certs"), "a file where the certificate folder should be");
    await fails(["generate", "ca", "ca.db"], dir, /^error: /);
    assert.deepEqual(files(dir), ["ca.db.certs"]);
  });

  it("a database without a final newline gets its line ended before the next record", async () => {
    const dir = tmpDir();
    fs.writeFileSync(path.join(dir, "ca.db"), "0a0b0c hand-edited");
    await ok(["generate", "ca", "ca.db"], dir);
    const lines = read(dir, "ca.db").split("\n");
    assert.equal(lines[0], "0a0b0c hand-edited");
    assert.match(lines[1]!, /^[0-9a-f]+ server$/);
    assert.equal(lines[2], "");
  });

  it("a lock left by a dead process is broken; one held on another host makes sign give up after --lock-timeout", async () => {
    const dir = await caWithAlice();
    await ok(["destroy", "a", "--csr"], dir);
    fs.writeFileSync(path.join(dir, "ca.db.lock"), `999999999 ${os.hostname()}\n`);
    await ok(["sign", "alice.pem", "ca.db", "alice.key", "a.req"], dir);
    assert.equal(fs.existsSync(path.join(dir, "ca.db.lock")), false);
    await ok(["destroy", "b", "--csr"], dir);
    fs.writeFileSync(path.join(dir, "ca.db.lock"), "4242 elsewhere.example\n");
    await fails(["sign", "alice.pem", "ca.db", "alice.key", "b.req", "--lock-timeout", "1"], dir,
      "error: ca.db is locked by process 4242 on elsewhere.example (ca.db.lock); gave up after 1 s (remove the lock file if no albatross-ca runs)\n");
    assert.deepEqual([fs.existsSync(path.join(dir, "b.pem")), read(dir, "ca.db.lock")], [false, "4242 elsewhere.example\n"]);
  });

  it("temporary files of a killed run are removed by the next run", async () => {
    const dir = await caWithAlice();
    await ok(["destroy", "c", "--csr"], dir);
    const leftover = ".c.pem.999999999.0123456789ab.tmp";
    fs.writeFileSync(path.join(dir, leftover), "half a certificate");
    await ok(["sign", "alice.pem", "ca.db", "alice.key", "c.req"], dir);
    assert.equal(fs.existsSync(path.join(dir, leftover)), false);
  });

  it("40 concurrent signs and one signer killed while holding the lock: every certificate recorded and kept exactly once", async () => {
    const dir = await caWithAlice();
    const names = Array.from({ length: 40 }, (_, i) => `u${i}`);
    const extension = Buffer.from("300c020105a007a205a103020114", "hex"); // console subscribe, last 20 lines
    for (const n of names) {
      const key = await generateKey("ed25519");
      fs.writeFileSync(path.join(dir, `${n}.req`), csrToPem(await createCsr(n, key, extension)));
    }
    // a signer that takes the lock and is killed before it lets go
    const holder = spawn(process.execPath, ["--input-type=module", "-e",
      `const { withDatabaseLock } = await import(${JSON.stringify(path.join(repoRoot, "dist", "src", "fsutil", "index.js"))});
       await withDatabaseLock("ca.db", () => { process.stdout.write("locked\\n"); return new Promise(() => setInterval(() => {}, 1000)); });`], { cwd: dir });
    const exited = new Promise((resolve) => holder.once("exit", resolve));
    await new Promise<void>((resolve) => holder.stdout.once("data", () => resolve()));
    holder.kill("SIGKILL");
    await exited;
    assert.equal(fs.existsSync(path.join(dir, "ca.db.lock")), true, "the killed signer's lock stays behind");

    const sign = (n: string) =>
      new Promise<{ n: string; status: number | null; stderr: string }>((resolve) => {
        const p = spawn(process.execPath, [cliPath, "sign", "alice.pem", "ca.db", "alice.key", `${n}.req`], { cwd: dir });
        let stderr = "";
        p.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
        p.on("exit", (status) => resolve({ n, status, stderr }));
      });
    const results = [];
    for (let i = 0; i < names.length; i += 20) results.push(...(await Promise.all(names.slice(i, i + 20).map(sign))));
    assert.deepEqual(results.filter((r) => r.status !== 0), []);

    const lines = read(dir, "ca.db").trimEnd().split("\n");
    assert.equal(lines.length, 2 + names.length, "server, alice and the 40");
    const serials = lines.map((l) => l.split(" ")[0]!);
    assert.equal(new Set(serials).size, serials.length);
    const recorded = new Map(lines.map((l) => [l.split(" ")[0]!, l.split(" ")[1]!]));
    assert.deepEqual(names.map((n) => [...recorded.values()].filter((cn) => cn === n).length), names.map(() => 1));
    assert.deepEqual(files(path.join(dir, "ca.db.certs")), serials.map((s) => `${s}.pem`).sort());
    for (const n of names) {
      const issued = parseCertificate(splitPem(read(dir, `${n}.pem`))[0]!);
      assert.equal(recorded.get(issued.serialHex), n);
      assert.equal(read(dir, path.join("ca.db.certs", `${issued.serialHex}.pem`)), read(dir, `${n}.pem`));
    }
    assert.equal(fs.existsSync(path.join(dir, "ca.db.lock")), false);
    assert.deepEqual(files(dir).filter((f) => f.endsWith(".tmp") || f.includes(".lock")), []);
  });
});
