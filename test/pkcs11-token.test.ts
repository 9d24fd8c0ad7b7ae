// CA keys in a PKCS#11 token (SoftHSM2), through the real CLI: a root whose key
// is created in the token, a sub-CA it delegates, leaves and one-shot
// certificates, checked by openssl and by our audit; and every way reaching
// the token can fail, each one `error:` line and no files.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

import { buildSolo5Image } from "../src/solo5/index.js";
import { KEY_TYPES } from "../src/x509/index.js";
import { type CliResult, runCliBatch, runCliHere } from "./helpers/cli.js";
import { placeKeys } from "./helpers/fixed-keys.js";
import { describeWithSoftHsm, lockUserPin, newToken, type SoftToken, USER_PIN } from "./helpers/softhsm.js";
import { type Prompter, signFlow } from "../src/wizard/index.js";

async function run(token: SoftToken, args: string[], env: NodeJS.ProcessEnv = token.env) {
  return runCliHere(args, { cwd: token.dir, env });
}

async function ok(token: SoftToken, args: string[]): Promise<string> {
  const r = await run(token, args);
  assert.equal(r.status, 0, `${args.join(" ")}: ${r.stderr}`);
  return r.stdout;
}

/** The command fails with one `error:` line matching `message`, and the folder is as it was. */
async function fails(token: SoftToken, args: string[], message: RegExp, env?: NodeJS.ProcessEnv): Promise<void> {
  const before = fs.readdirSync(token.dir).sort();
  const r = await run(token, args, env);
  assert.equal(r.status, 1, `${args.join(" ")}: expected failure, got ${r.stdout}`);
  assert.match(r.stderr, /^error: [^\n]+\n$/, r.stderr);
  assert.match(r.stderr, message);
  assert.deepEqual(fs.readdirSync(token.dir).sort(), before, "no files written");
}

interface Audited {
  accepted: boolean;
  verified: boolean;
  name: string;
}

async function audit(token: SoftToken, chain: string): Promise<Audited> {
  const r = await run(token, ["audit", chain, "--ca", "cacert.pem", "--format", "json"]);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  return JSON.parse(r.stdout) as Audited;
}

/** Calls run in order in one process (cli-batch), every one of which must succeed. */
function okBatch(token: SoftToken, calls: string[][]): CliResult[] {
  const env = Object.fromEntries(["SOFTHSM2_CONF", "PKCS11_MODULE"].map((k) => [k, token.env[k]]));
  const results = runCliBatch(calls.map((args) => ({ args, cwd: token.dir, env })));
  results.forEach((r, i) => assert.equal(r.status, 0, `${calls[i]!.join(" ")}: ${r.stderr}`));
  return results;
}

function opensslVerify(token: SoftToken, chain: string, untrusted?: string): void {
  const args = ["verify", "-CAfile", "cacert.pem", ...(untrusted === undefined ? [] : ["-untrusted", untrusted]), chain];
  const r = spawnSync("openssl", args, { cwd: token.dir });
  assert.equal(r.status, 0, `openssl ${args.join(" ")}: ${r.stdout}${r.stderr}`);
}

/** The first line generate prints: the new key's URI. */
function generatedUri(stdout: string): string {
  const uri = stdout.split("\n")[0]!.replace(/: new \w+ key.*$/, "");
  assert.match(uri, /^pkcs11:token=albatross;object=[^;]+;id=(%[0-9a-f]{2})+;type=private$/);
  return uri;
}

describeWithSoftHsm("CA keys in a PKCS#11 token (SoftHSM2)", function () {
  this.timeout(300000);

  for (const keyType of KEY_TYPES) {
    it(`${keyType}: a root in the token delegates a sub-CA, signs leaves and one-shots; openssl and audit accept the chains`, async () => {
      const token = newToken();
      const pin = ["--pin-file", token.pinFile];
      const kt = ["--key-type", keyType];
      placeKeys(token.dir, keyType, ["server"]);
      const out = await ok(token, ["generate", "ops-ca", "ca.db", "--pkcs11", "pkcs11:token=albatross;object=ops-ca", ...pin, ...kt]);
      const uri = generatedUri(out);
      assert.deepEqual(fs.readdirSync(token.dir).sort(), ["ca.db", "ca.db.certs", "cacert.pem", "server.key", "server.pem"], "no key file for the CA");
      placeKeys(token.dir, keyType, ["tenant", "web"]);
      opensslVerify(token, "server.pem");

      fs.writeFileSync(path.join(token.dir, "web.hvt"), buildSolo5Image({ target: "hvt", devices: [{ name: "service", type: "net" }] }));
      fs.mkdirSync(path.join(token.dir, "once"));
      // the rest in one process (the CLI's entry point, in order): the token opened and closed by each call
      const results = okBatch(token, [
        ["add-policy", "tenant", "2", "--mem=1024", "--cpu=0", "--bridge=service", "--csr", ...kt],
        ["sign", "cacert.pem", "ca.db", uri, "tenant.req", ...pin],
        ["create", "web", "web.hvt", "--mem=128", "--net=service", "--csr", ...kt],
        ["sign", "tenant.pem", "ca.db", "tenant.key", "web.req"],
        ["audit", "web.pem", "--ca", "cacert.pem", "--format", "json"],
        // a one-shot certificate straight from the root, whose key is in the token
        ["console", "web", "--issue", "--ca", "cacert.pem", "--ca-key", uri, "--out-dir", "once", ...pin, ...kt],
      ]);
      opensslVerify(token, "web.pem", "tenant.pem");
      assert.deepEqual(Object.values(pick(JSON.parse(results[4]!.stdout) as Audited)), [true, true, "tenant:web"]);
      const oneShot = path.join("once", fs.readdirSync(path.join(token.dir, "once")).find((f) => f.endsWith(".pem"))!);
      opensslVerify(token, oneShot);
      assert.deepEqual(Object.values(pick(await audit(token, oneShot))), [true, true, ":web"]);
    });
  }

  it("a sub-CA whose key is in the token too: its request and the leaves it signs", async () => {
    const token = newToken();
    const pin = ["--pin-file", token.pinFile];
    const root = generatedUri(await ok(token, ["generate", "ops-ca", "ca.db", "--pkcs11", "pkcs11:token=albatross;object=ops-ca", ...pin, "--key-type", "p384"]));
    const requested = await ok(token, ["add-policy", "tenant", "2", "--mem=1024", "--cpu=0", "--bridge=service", "--csr", "--pkcs11", "pkcs11:token=albatross;object=tenant", ...pin]);
    const tenant = generatedUri(requested);
    assert.ok(!fs.existsSync(path.join(token.dir, "tenant.key")), "no key file for the sub-CA");
    fs.writeFileSync(path.join(token.dir, "web.hvt"), buildSolo5Image({ target: "hvt", devices: [{ name: "service", type: "net" }] }));
    const again = mkdir(token, "again");
    const results = okBatch(token, [
      ["sign", "cacert.pem", "ca.db", root, "tenant.req", ...pin],
      ["create", "web", "web.hvt", "--mem=128", "--net=service", "--csr"],
      ["sign", "tenant.pem", "ca.db", tenant, "web.req", ...pin],
      ["audit", "web.pem", "--ca", "cacert.pem", "--format", "json"],
      // a request signed by a key that already is in the token
      ["add-policy", "tenant", "2", "--mem=512", "--cpu=0", "--bridge=service", "--csr", "--key", tenant, ...pin, "--out-dir", again],
      ["sign", "cacert.pem", "ca.db", root, path.join("again", "tenant.req"), ...pin, "--out-dir", "again"],
    ]);
    opensslVerify(token, "web.pem", "tenant.pem");
    assert.deepEqual(Object.values(pick(JSON.parse(results[3]!.stdout) as Audited)), [true, true, "tenant:web"]);
    opensslVerify(token, path.join("again", "tenant.pem"));
  });

  it("the key created in the token is sensitive and never extractable", async function () {
    const token = newToken();
    await ok(token, ["generate", "ops-ca", "ca.db", "--pkcs11", "pkcs11:token=albatross;object=ops-ca", "--pin-file", token.pinFile, "--key-type", "p256"]);
    const listing = token.tool(["--list-objects", "--type", "privkey"]);
    if (listing === null) this.skip();
    assert.match(listing!, /label:\s+ops-ca/);
    assert.match(listing!, /Access:\s+sensitive, always sensitive, never extractable, local/);
  });

  it("generate --key URI uses a key already in the token; the PIN may come from the URI's pin-source", async () => {
    const token = newToken();
    const created = token.tool(["--keypairgen", "--key-type", "EC:secp384r1", "--label", "made-elsewhere", "--id", "c0ffee"]);
    if (created === null) {
      // without pkcs11-tool, our own generate makes the key first
      const first = ["generate", "first", "first/ca.db", "--pkcs11", "pkcs11:token=albatross;object=made-elsewhere;id=%c0%ff%ee"];
      fs.mkdirSync(path.join(token.dir, "first"));
      await ok(token, [...first, "--pin-file", token.pinFile, "--key-type", "p384", "--out-dir", "first"]);
    }
    const uri = `pkcs11:token=albatross;id=%c0%ff%ee;type=private?pin-source=${encodeURI(token.pinFile)}`;
    const out = await ok(token, ["generate", "ops-ca", "ca.db", "--key", uri, "--key-type", "p384"]);
    assert.match(out, /existing key reused/);
    const text = spawnSync("openssl", ["x509", "-in", "cacert.pem", "-noout", "-text"], { cwd: token.dir }).stdout.toString();
    assert.match(text, /NIST CURVE: P-384/);
    assert.match(text, /ecdsa-with-SHA384/);
    opensslVerify(token, "server.pem");
  });

  it("the wizard signs pending requests with a key in the token: the module and the PIN asked for", async () => {
    const token = newToken();
    const out = await ok(token, ["generate", "ops-ca", "ca.db", "--pkcs11", "pkcs11:token=albatross;object=ops-ca", "--pin-file", token.pinFile, "--key-type", "p256"]);
    const uri = generatedUri(out);
    await ok(token, ["add-policy", "tenant", "2", "--mem=1024", "--cpu=0", "--bridge=service", "--csr"]);
    const answers: Record<string, string> = {
      "signing CA: certificate file": "cacert.pem",
      "signing CA: private key file (or a pkcs11: URI for a key in a token)": uri,
      "PKCS#11 module (the token's shared library)": token.module,
      "folder with the requests": ".",
      "CA database file": "ca.db",
    };
    const asked: string[] = [];
    const prompter: Prompter = {
      async input(o) {
        asked.push(o.message);
        const answer = answers[o.message];
        assert.ok(answer !== undefined, `unexpected question ${o.message}`);
        assert.equal(o.validate?.(answer) ?? true, true);
        return answer;
      },
      select: () => Promise.reject(new Error("no select expected")),
      confirm: async () => true,
      password: async (o) => {
        asked.push(o.message);
        return USER_PIN;
      },
      print: () => undefined,
    };
    const saved = { conf: process.env["SOFTHSM2_CONF"], module: process.env["PKCS11_MODULE"] };
    process.env["SOFTHSM2_CONF"] = token.env["SOFTHSM2_CONF"];
    delete process.env["PKCS11_MODULE"];
    let result;
    try {
      result = await signFlow({ prompter, cwd: token.dir });
    } finally {
      restore("SOFTHSM2_CONF", saved.conf);
      restore("PKCS11_MODULE", saved.module);
    }
    assert.ok(asked.includes('PIN for token "albatross":'), asked.join(", "));
    opensslVerify(token, "tenant.pem");
    const line = result.commandLines.find((l) => l.includes("tenant.req"));
    assert.match(line ?? "", /module-path=\/[^ ']*libsofthsm2\.so/);
  });

  describe("each failure is one error line and no files", () => {
    let token: SoftToken;
    let uri: string;
    before(async () => {
      token = newToken();
      const out = await ok(token, ["generate", "ops-ca", "ca.db", "--pkcs11", "pkcs11:token=albatross;object=ops-ca", "--pin-file", token.pinFile, "--key-type", "p256"]);
      uri = generatedUri(out);
      await ok(token, ["add-policy", "tenant", "2", "--mem=1024", "--cpu=0", "--bridge=service", "--csr"]);
    });

    const sign = (key: string, ...more: string[]) => ["sign", "cacert.pem", "ca.db", key, "tenant.req", ...more];

    it("wrong PIN", async () => {
      const wrong = path.join(path.dirname(token.dir), "wrong-pin");
      fs.writeFileSync(wrong, "0000\n");
      await fails(token, sign(uri, "--pin-file", wrong), /^error: wrong PIN for token "albatross"$/m);
    });

    it("missing module", async () => {
      await fails(token, sign(uri, "--pin-file", token.pinFile, "--pkcs11-module", "/nonexistent/libpkcs11.so"), /PKCS#11 module \/nonexistent\/libpkcs11.so: no such file/);
      const { PKCS11_MODULE: _module, ...withoutModule } = token.env;
      await fails(token, sign(uri, "--pin-file", token.pinFile), /no PKCS#11 module: give --pkcs11-module PATH/, withoutModule);
      await fails(token, sign(uri, "--pin-file", token.pinFile, "--pkcs11-module", path.join(path.dirname(token.dir), "pin")), /PKCS#11 module .*pin: cannot load it/);
    });

    it("missing object, and a token that is not there", async () => {
      await fails(token, sign("pkcs11:token=albatross;object=no-such-key", "--pin-file", token.pinFile), /^error: no private key with object=no-such-key in token "albatross"$/m);
      await fails(token, sign("pkcs11:token=elsewhere;object=ops-ca", "--pin-file", token.pinFile), /no token with token=elsewhere in PKCS#11 module/);
      await fails(token, sign("pkcs11:token=albatross;object=ops-ca;type=cert", "--pin-file", token.pinFile), /names a cert object; a CA key needs type=private/);
    });

    it("no PIN and no terminal to ask on", async () => {
      await fails(token, sign(uri), /token "albatross" needs its user PIN: give --pin-file FILE or pin-source in the URI/);
    });

    it("a key that does not match the CA certificate", async () => {
      fs.mkdirSync(path.join(token.dir, "other"));
      await ok(token, ["generate", "other", "other/ca.db", "--pkcs11", "pkcs11:token=albatross;object=other", "--pin-file", token.pinFile, "--out-dir", "other"]);
      await fails(token, sign("pkcs11:token=albatross;object=other", "--pin-file", token.pinFile), /cacert.pem: Public key of certificate doesn't match private key/);
    });

    it("generate refuses a label already taken in the token", async () => {
      await fails(token, ["generate", "again", "again.db", "--pkcs11", "pkcs11:token=albatross;object=ops-ca", "--pin-file", token.pinFile, "--out-dir", "."], /already holds a key with object=ops-ca/);
    });

    it("unsupported key type (RSA-3072 made by pkcs11-tool)", async function () {
      if (token.tool(["--keypairgen", "--key-type", "rsa:3072", "--label", "rsa3072"]) === null) this.skip();
      await fails(token, sign("pkcs11:token=albatross;object=rsa3072", "--pin-file", token.pinFile), /unsupported key type in token "albatross": RSA-3072 \(ours: ed25519, p256/);
    });

    it("locked token (last: it stays locked)", async () => {
      lockUserPin(token);
      await fails(token, sign(uri, "--pin-file", token.pinFile), /^error: token "albatross" is locked: its user PIN was entered wrongly too often/m);
    });
  });
});

function mkdir(token: SoftToken, name: string): string {
  fs.mkdirSync(path.join(token.dir, name));
  return name;
}

function restore(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}

function pick(a: { accepted: boolean; verified: boolean; name: string }) {
  return { accepted: a.accepted, verified: a.verified, name: a.name };
}

