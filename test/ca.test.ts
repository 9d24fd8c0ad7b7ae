// The certificate authority end to end: generate, request, sign, one-shot
// issue — checked by openssl (chains verify, requests verify, profiles show
// the right extensions) and against Albatross's policy rules and messages.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  addPolicyCommand,
  buildRequest,
  commandExtension,
  createCommand,
  fileFor,
  generateAuthorityFiles,
  issueLeaf,
  executePlan,
  keyForFile,
  readAuthority,
  signRequestFiles,
  writeRequest,
} from "../src/ca/index.js";
import { encodeExtension } from "../src/codec/index.js";
import type { Command } from "../src/model/command.js";
import { type Name, root } from "../src/model/name.js";
import { makePolicy, PolicyError } from "../src/model/policy.js";
import { buildSolo5Image } from "../src/solo5/index.js";
import {
  createCsr,
  csrToPem,
  generateKey,
  KEY_TYPES,
  type KeyType,
  keyIdentifier,
  parseCertificate,
  splitPem,
} from "../src/x509/index.js";
import { type CliResult, runCliHere } from "./helpers/cli.js";

const tmpDirs: string[] = [];
function tmpDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ca-test-"));
  tmpDirs.push(dir);
  return dir;
}
after(() => tmpDirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function openssl(args: string[], cwd: string): { status: number | null; out: string } {
  const r = spawnSync("openssl", args, { cwd, encoding: "utf8" });
  return { status: r.status, out: r.stdout + r.stderr };
}

function assertVerifies(dir: string, file: string, purpose: string): void {
  const r = openssl(["verify", "-CAfile", "cacert.pem", "-untrusted", file, "-purpose", purpose, file], dir);
  assert.equal(r.status, 0, r.out);
  assert.equal(r.out.trim(), `${file}: OK`);
}

const named = (name: string): Name => ({ path: [], name });
const pathOf = (label: string): Name => ({ path: [label], name: null });
const read = (dir: string, file: string) => fs.readFileSync(path.join(dir, file), "utf8");
const certificates = (dir: string, file: string) => splitPem(read(dir, file)).map((der) => parseCertificate(der));
const validitySeconds = (c: { notBefore: Date; notAfter: Date }) => (c.notAfter.getTime() - c.notBefore.getTime()) / 1000;
const DAY = 86_400;

/** Keys are made up front, in parallel: RSA-4096 generation is slow, and requests reuse existing keys. */
async function makeKeys(dir: string, names: string[], keyType: KeyType): Promise<void> {
  await Promise.all(names.map(async (n) => executePlan((await keyForFile(fileFor(dir, n, "key"), keyType)).planned)));
}

const image = buildSolo5Image({ target: "hvt", devices: [{ name: "service", type: "net" }] });
const webCreate = (o: { cpuids?: bigint[]; memory?: bigint; bridge?: string } = {}): Command =>
  createCommand({
    image,
    cpuids: o.cpuids ?? [1n],
    memory: o.memory ?? 256n,
    bridges: [{ name: "service", bridge: o.bridge ?? null, mac: null }],
  });
const alicePolicy = () =>
  addPolicyCommand({ unikernels: 4n, cpuids: [0n, 1n], memory: 1024n, block: 100n, bridges: ["service", "mgmt"] }, "2.4");
const bobPolicy = () => addPolicyCommand({ unikernels: 2n, cpuids: [1n], memory: 512n, block: 50n, bridges: ["service"] }, "2.4");

/** root CA "ca" + server → sub-CA alice → sub-sub-CA bob → leaf web (create), all files in `dir`. */
async function buildChain(dir: string, keyType: KeyType): Promise<void> {
  await makeKeys(dir, ["ca", "server", "alice", "bob", "web"], keyType);
  const generated = await generateAuthorityFiles({ name: "ca", databaseFile: path.join(dir, "db"), keyType, outDir: dir });
  assert.equal(generated.caKeyCreated, false);
  const sign = (ca: string, cn: string) =>
    signRequestFiles({
      caCertificateFile: path.join(dir, ca === "ca" ? "cacert.pem" : `${ca}.pem`),
      caKeyFile: path.join(dir, `${ca}.key`),
      requestFile: path.join(dir, `${cn}.req`),
      databaseFile: path.join(dir, "db"),
      outDir: dir,
      release: "2.4",
    });
  await writeRequest(alicePolicy(), pathOf("alice"), { outDir: dir, release: "2.4" });
  assert.equal((await sign("ca", "alice")).profile, "sub-ca");
  await writeRequest(bobPolicy(), pathOf("bob"), { outDir: dir, release: "2.4" });
  assert.equal((await sign("alice", "bob")).profile, "sub-ca");
  await writeRequest(webCreate(), named("web"), { outDir: dir, release: "2.4" });
  assert.equal((await sign("bob", "web")).profile, "leaf");
}

/** A CA (files in a fresh folder) and its sub-CA alice, signed; keys made up front. */
async function caWithAlice(keys: string[]): Promise<string> {
  const dir = tmpDir();
  await makeKeys(dir, keys, "ed25519");
  await generateAuthorityFiles({ name: "ca", databaseFile: path.join(dir, "db"), outDir: dir });
  await writeRequest(alicePolicy(), pathOf("alice"), { outDir: dir, release: "2.4" });
  await signRequestFiles({
    caCertificateFile: path.join(dir, "cacert.pem"),
    caKeyFile: path.join(dir, "ca.key"),
    requestFile: path.join(dir, "alice.req"),
    databaseFile: path.join(dir, "db"),
    outDir: dir,
    release: "2.4",
  });
  return dir;
}

describe("a certificate authority of every key type", function () {
  this.timeout(180_000);
  for (const keyType of KEY_TYPES) {
    it(`${keyType}: openssl verifies server, CA → sub-CA → sub-sub-CA → leaf, and the requests`, async () => {
      const dir = tmpDir();
      await buildChain(dir, keyType);
      for (const req of ["alice.req", "bob.req", "web.req"]) {
        const r = openssl(["req", "-in", req, "-noout", "-verify"], dir);
        assert.equal(r.status, 0, r.out);
      }
      assertVerifies(dir, "server.pem", "sslserver");
      assertVerifies(dir, "alice.pem", "any");
      assertVerifies(dir, "bob.pem", "any");
      assertVerifies(dir, "web.pem", "sslclient");
      assert.deepEqual(
        certificates(dir, "web.pem").map((c) => c.subjectCn),
        ["web", "bob", "alice"],
      );
      for (const c of [...certificates(dir, "web.pem"), ...certificates(dir, "server.pem")]) {
        assert.equal(c.publicKeyType, keyType);
      }
      const serials = ["server", "alice", "bob", "web"].map((n) => `${certificates(dir, `${n}.pem`)[0]!.serialHex} ${n}`);
      assert.equal(read(dir, "db"), serials.join("\n") + "\n");
    });
  }
});

/** The header line of an extension in `openssl x509 -text`, e.g. "X509v3 Key Usage: critical". */
function extensionHeader(text: string, name: string): string | undefined {
  return text
    .split("\n")
    .map((l) => l.trim())
    .find((l) => l.startsWith(`${name}:`));
}

describe("certificate profiles as openssl shows them", function () {
  this.timeout(60_000);
  let dir: string;
  const x509Text = (file: string) => {
    const r = openssl(["x509", "-in", file, "-noout", "-text"], dir);
    assert.equal(r.status, 0, r.out);
    return r.out;
  };
  const critical = (text: string, name: string) => {
    const h = extensionHeader(text, name);
    assert.ok(h, `${name} missing`);
    return h.endsWith("critical");
  };

  before(async () => {
    dir = tmpDir();
    await buildChain(dir, "ed25519");
  });

  it("root CA: CA:TRUE and the four key usages (critical), no key identifiers, 3650 days", () => {
    const t = x509Text("cacert.pem");
    assert.ok(critical(t, "X509v3 Basic Constraints"));
    assert.match(t, /CA:TRUE/);
    assert.ok(critical(t, "X509v3 Key Usage"));
    assert.match(t, /Digital Signature, Non Repudiation, Certificate Sign, CRL Sign/);
    assert.equal(extensionHeader(t, "X509v3 Subject Key Identifier"), undefined);
    assert.equal(extensionHeader(t, "X509v3 Authority Key Identifier"), undefined);
    const [ca] = certificates(dir, "cacert.pem");
    assert.ok(ca!.selfIssued);
    assert.equal(validitySeconds(ca!), 3650 * DAY + 10);
  });

  it("server: serverAuth, CA:FALSE, digitalSignature + keyEncipherment (critical), SKI and AKI, 365 days", () => {
    const t = x509Text("server.pem");
    assert.ok(critical(t, "X509v3 Extended Key Usage"));
    assert.match(t, /TLS Web Server Authentication/);
    assert.ok(critical(t, "X509v3 Basic Constraints"));
    assert.match(t, /CA:FALSE/);
    assert.ok(critical(t, "X509v3 Key Usage"));
    assert.match(t, /Digital Signature, Key Encipherment/);
    assert.equal(critical(t, "X509v3 Subject Key Identifier"), false);
    assert.equal(critical(t, "X509v3 Authority Key Identifier"), false);
    assert.equal(extensionHeader(t, "1.3.6.1.4.1.49836.42"), undefined);
    assert.equal(validitySeconds(certificates(dir, "server.pem")[0]!), 365 * DAY + 10);
  });

  it("sub-CA: root CA extensions, the policy (non-critical), SKI and AKI, 365 days", () => {
    const t = x509Text("alice.pem");
    assert.ok(critical(t, "X509v3 Basic Constraints"));
    assert.match(t, /CA:TRUE/);
    assert.match(t, /Digital Signature, Non Repudiation, Certificate Sign, CRL Sign/);
    assert.equal(critical(t, "1.3.6.1.4.1.49836.42"), false);
    const [alice] = certificates(dir, "alice.pem");
    const [ca] = certificates(dir, "cacert.pem");
    assert.equal(alice!.authorityKeyIdentifier, Buffer.from(keyIdentifier(ca!.publicKey)).toString("hex"));
    assert.equal(alice!.subjectKeyIdentifier, Buffer.from(keyIdentifier(alice!.publicKey)).toString("hex"));
    assert.deepEqual(alice!.albatrossExtension!.value, commandExtension(alicePolicy(), "2.4"));
    assert.equal(validitySeconds(alice!), 365 * DAY + 10);
  });

  it("leaf: clientAuth, CA:FALSE (critical), the command (non-critical), AKI = issuer's SKI, 1 day", () => {
    const t = x509Text("web.pem");
    assert.ok(critical(t, "X509v3 Extended Key Usage"));
    assert.match(t, /TLS Web Client Authentication/);
    assert.match(t, /CA:FALSE/);
    assert.match(t, /Digital Signature, Key Encipherment/);
    assert.equal(critical(t, "1.3.6.1.4.1.49836.42"), false);
    const [web, bob] = certificates(dir, "web.pem");
    assert.equal(web!.authorityKeyIdentifier, bob!.subjectKeyIdentifier);
    assert.deepEqual(web!.albatrossExtension!.value, commandExtension(webCreate(), "2.4"));
    assert.equal(validitySeconds(web!), DAY + 10);
  });
});

describe("sign enforces the signing CA's policy with Albatross's messages", function () {
  this.timeout(60_000);
  let dir: string;
  before(async () => {
    dir = await caWithAlice(["ca", "server", "alice", "x"]);
  });

  const policy = (p: Partial<{ unikernels: bigint; cpuids: bigint[]; memory: bigint; block: bigint | null; bridges: string[] }>) =>
    ({
      kind: "policy_add",
      policy: makePolicy({ unikernels: 1n, cpuids: [0n], memory: 512n, block: null, bridges: ["service"], ...p }),
    }) as Command;

  const refused: [string, Command, string][] = [
    ["more unikernels", policy({ unikernels: 5n }), "this policy allows 5 unikernels, more than the 4 of the policy above"],
    ["more memory", policy({ memory: 2048n }), "this policy allows 2048 MB of memory, more than the 1024 MB of the policy above"],
    ["other CPUs", policy({ cpuids: [0n, 2n] }), "this policy allows CPU 2, which the policy above does not (it allows CPUs 0, 1)"],
    [
      "other bridges",
      policy({ bridges: ["service", "other"] }),
      "this policy allows bridge other, which the policy above does not (it allows bridges mgmt, service)",
    ],
    ["more block storage", policy({ block: 200n }), "this policy allows 200 MB of block storage, more than the 100 MB of the policy above"],
    ["an unusable policy", policy({ memory: 10n }), "Unusable policy with memory 10 MB <= 16 MB"],
    ["no unikernels", policy({ unikernels: 0n }), "Unusable policy with no unikernels"],
    ["a CPU not allowed", webCreate({ cpuids: [3n] }), "CPUid of unikernel (3) not allowed by policy (0, 1)"],
    ["too much memory", webCreate({ memory: 2000n }), "2000 MB memory assigned to unikernel exceeds policy (1024MB)"],
    ["a bridge not allowed", webCreate({ bridge: "other" }), "Bridge(s) other not allowed by policy (available: mgmt, service)"],
  ];

  for (const [what, command, message] of refused) {
    it(`refuses ${what}: "${message}", writing nothing`, async () => {
      const name = command.kind === "policy_add" ? pathOf("x") : named("x");
      const { key, planned } = await keyForFile(fileFor(dir, "x", "key"), "ed25519");
      await executePlan(planned);
      fs.writeFileSync(path.join(dir, "x.req"), csrToPem((await buildRequest(command, name, key, "2.4")).der));
      const db = read(dir, "db");
      await assert.rejects(
        signRequestFiles({
          caCertificateFile: path.join(dir, "alice.pem"),
          caKeyFile: path.join(dir, "alice.key"),
          requestFile: path.join(dir, "x.req"),
          databaseFile: path.join(dir, "db"),
          outDir: dir,
          release: "2.4",
        }),
        (e: unknown) => e instanceof PolicyError && e.message === message,
      );
      const r = await runCliHere(["sign", "alice.pem", "db", "alice.key", "x.req"], { cwd: dir });
      assertOneError(r, `error: ${message}`);
      assert.equal(fs.existsSync(path.join(dir, "x.pem")), false);
      assert.equal(read(dir, "db"), db);
    });
  }

  it("signs what fits, through the CLI", async () => {
    fs.writeFileSync(path.join(dir, "fits.hvt"), image);
    assert.equal((await runCliHere(["create", "fits", "fits.hvt", "--cpu=1", "--mem=1024", "--net=service"], { cwd: dir })).status, 0);
    const r = await runCliHere(["sign", "alice.pem", "db", "alice.key", "fits.req"], { cwd: dir });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^fits\.pem: CN=fits, serial [0-9a-f]+, leaf certificate: unikernel create /);
    assertVerifies(dir, "fits.pem", "sslclient");
  });
});

/** Exit 1 with exactly one line on stderr, the error. */
function assertOneError(r: CliResult, line: string | RegExp): void {
  assert.equal(r.status, 1, r.stderr);
  const lines = r.stderr.split("\n").filter((l) => l && !l.startsWith("warning: "));
  assert.equal(lines.length, 1, r.stderr);
  if (typeof line === "string") assert.equal(lines[0], line);
  else assert.match(lines[0]!, line);
}

describe("sign: other requests", function () {
  this.timeout(60_000);
  let dir: string;
  before(async () => {
    dir = tmpDir();
    await generateAuthorityFiles({ name: "ca", databaseFile: path.join(dir, "db"), outDir: dir });
  });
  const sign = (req: string, ...more: string[]) => runCliHere(["sign", "cacert.pem", "db", "ca.key", req, ...more], { cwd: dir });
  const writeCsr = async (file: string, cn: string, extension?: Uint8Array) => {
    const key = await generateKey("ed25519");
    fs.writeFileSync(path.join(dir, file), csrToPem(await createCsr(cn, key, extension)));
  };

  it("a request without our extension gets a server certificate, with a warning", async () => {
    await writeCsr("host.req", "host.example");
    const r = await sign("host.req");
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, "warning: signing certificate without albatross extension (e.g. host certificate)\n");
    const [host] = certificates(dir, "host.example.pem");
    assert.deepEqual(host!.extendedKeyUsage?.purposes, ["serverAuth"]);
    assert.equal(validitySeconds(host!), 365 * DAY + 10);
    assertVerifies(dir, "host.example.pem", "sslserver");
  });

  it("a request at version 4 is signed at version 5, with a warning", async () => {
    const command: Command = { kind: "console_subscribe", subscribe: { kind: "count", count: 5n } };
    await writeCsr("old.req", "old", encodeExtension({ version: 4, command }, "2.4"));
    const r = await sign("old.req", "--days=30");
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /^warning: version in request \(4\) different from our version 5, using ours$/m);
    const [old] = certificates(dir, "old.pem");
    assert.deepEqual(old!.albatrossExtension!.value, commandExtension(command, "2.4"));
    assert.equal(validitySeconds(old!), 30 * DAY + 10);
  });

  it("refuses a request whose signature does not verify", async () => {
    await writeCsr("bad.req", "bad");
    const der = Buffer.from(read(dir, "bad.req").replace(/-----[^-]+-----/g, "").replace(/\s/g, ""), "base64");
    der[der.length - 1] ^= 1;
    fs.writeFileSync(path.join(dir, "bad.req"), csrToPem(der));
    assertOneError(await sign("bad.req"), /^error: the certificate request signature does not verify$/);
    assert.equal(fs.existsSync(path.join(dir, "bad.pem")), false);
  });

  it("refuses a common name that is not a label (it would name the file)", async () => {
    await writeCsr("evil.req", "../evil", commandExtension({ kind: "unikernel_info" }, "2.4"));
    assertOneError(await sign("evil.req"), /^error: the common name "..\/evil" is not an Albatross label/);
    await writeCsr("colon.req", "a:b", commandExtension({ kind: "unikernel_info" }, "2.4"));
    assertOneError(await sign("colon.req"), /is not an Albatross label/);
  });

  it("refuses an extension that does not decode", async () => {
    await writeCsr("junk.req", "junk", Buffer.from("3003020106", "hex"));
    assertOneError(await sign("junk.req"), /^error: the request's Albatross extension does not decode: /);
  });

  it("refuses a CA key that does not belong to the certificate, and a missing request", async () => {
    await writeCsr("ok.req", "ok", commandExtension({ kind: "unikernel_info" }, "2.4"));
    await executePlan((await keyForFile(path.join(dir, "other.key"), "ed25519")).planned);
    const r = await runCliHere(["sign", "cacert.pem", "db", "other.key", "ok.req"], { cwd: dir });
    assertOneError(r, "error: cacert.pem: Public key of certificate doesn't match private key");
    assertOneError(await sign("nothing.req"), "error: certificate request nothing.req: no such file");
    assert.equal(fs.existsSync(path.join(dir, "ok.pem")), false);
  });
});

describe("one-shot certificates (--issue)", function () {
  this.timeout(60_000);
  let dir: string;
  before(async () => {
    dir = await caWithAlice(["ca", "server", "alice"]);
  });

  it("writes a fresh key and a 300-second leaf followed by the sub-CA, named <CN>-<serial>", async () => {
    const r = await runCliHere(["console", "web", "--issue", "--ca=alice.pem", "--ca-key=alice.key", "--key-type=p384"], { cwd: dir });
    assert.equal(r.status, 0, r.stderr);
    const [, base] = /^(web-[0-9a-f]{12})\.key: new p384 key\n/.exec(r.stdout) ?? [];
    assert.ok(base, r.stdout);
    assert.equal(fs.statSync(path.join(dir, `${base}.key`)).mode & 0o777, 0o400);
    const [leaf, alice] = certificates(dir, `${base}.pem`);
    assert.ok(leaf!.serialHex.startsWith(base!.slice(4)));
    assert.equal(alice!.subjectCn, "alice");
    assert.equal(leaf!.publicKeyType, "p384");
    assert.equal(validitySeconds(leaf!), 310);
    assert.deepEqual(leaf!.extendedKeyUsage?.purposes, ["clientAuth"]);
    assertVerifies(dir, `${base}.pem`, "sslclient");
  });

  it("issuing again makes a new key beside the old one, never replacing it", async () => {
    const keys = () => fs.readdirSync(dir).filter((f) => /^web-[0-9a-f]{12}\.key$/.test(f)).sort();
    const before = keys().map((k) => read(dir, k));
    const r = await runCliHere(["console", "web", "--issue", "--ca=alice.pem"], { cwd: dir });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(keys().length, before.length + 1);
    assert.deepEqual(keys().map((k) => read(dir, k)).filter((k) => before.includes(k)), before);
  });

  it("refuses what the sub-CA's policy does not allow, writing nothing", async () => {
    fs.writeFileSync(path.join(dir, "big.hvt"), image);
    const r = await runCliHere(["create", "big", "big.hvt", "--net=service", "--mem=4096", "--issue", "--ca=alice.pem", "--ca-key=alice.key"], {
      cwd: dir,
    });
    assertOneError(r, "error: 4096 MB memory assigned to unikernel exceeds policy (1024MB)");
    assert.equal(fs.existsSync(path.join(dir, "big.key")), false);
    assert.equal(fs.existsSync(path.join(dir, "big.pem")), false);
  });

  it("the library issues without touching files", async () => {
    const authority = await readAuthority(path.join(dir, "alice.pem"), path.join(dir, "alice.key"), "2.4");
    const leaf = await issueLeaf(authority, { kind: "unikernel_info" }, root);
    assert.equal(leaf.commonName, ".");
    assert.equal(splitPem(leaf.chainPem).length, 2);
  });
});

describe("generate (CLI)", function () {
  this.timeout(60_000);

  it("writes the CA key and cacert.pem, the server key and certificate, and the database line", async () => {
    const dir = tmpDir();
    const r = await runCliHere(["generate", "myca", "db", "--server=srv", "--days=10", "--server-days=5", "--key-type=p256"], { cwd: dir });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(fs.readdirSync(dir).sort(), ["cacert.pem", "db", "db.certs", "myca.key", "srv.key", "srv.pem"]);
    for (const k of ["myca.key", "srv.key"]) assert.equal(fs.statSync(path.join(dir, k)).mode & 0o777, 0o400);
    const [ca] = certificates(dir, "cacert.pem");
    const [srv] = certificates(dir, "srv.pem");
    assert.equal(ca!.subjectCn, "myca");
    assert.equal(validitySeconds(ca!), 10 * DAY + 10);
    assert.equal(validitySeconds(srv!), 5 * DAY + 10);
    assert.equal(srv!.publicKeyType, "p256");
    assert.equal(read(dir, "db"), `${srv!.serialHex} srv\n`);
    assertVerifies(dir, "srv.pem", "sslserver");

    const key = read(dir, "myca.key");
    assert.equal((await runCliHere(["generate", "myca", "db", "--server=srv", "--force"], { cwd: dir })).status, 0);
    assert.equal(read(dir, "myca.key"), key, "existing keys are reused");
    assert.equal(read(dir, "db").split("\n").length, 3);
  });

  it("refuses names that cannot name files, and a server named like the CA", async () => {
    const dir = tmpDir();
    assertOneError(await runCliHere(["generate", "../ca", "db"], { cwd: dir }), /^error: the common name "..\/ca" cannot name a file/);
    assertOneError(await runCliHere(["generate", "ca", "db", "--server=ca"], { cwd: dir }), /must be named differently/);
    assertOneError(await runCliHere(["generate", "ca", "db", "--days=0"], { cwd: dir }), /^error: --days "0": expected a number of days/);
    assert.deepEqual(fs.readdirSync(dir), []);
  });
});
