// Keys as openssl and ssh-keygen write them, for the six key types: plain and
// encrypted PKCS#8, PKCS#1/SEC1 (with EC PARAMETERS before), the legacy
// encrypted PEM, and OpenSSH's own format. The public key we derive must be
// the one the tool itself derives; a wrong or missing passphrase is one clear error.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sshpk from "sshpk";
import { EncryptedKeyError, type KeyType, readPrivateKey } from "../src/x509/index.js";
import { runCli, runCliHere } from "./helpers/cli.js";
import { GENPKEY } from "./helpers/openssl-keys.js";
import { repoRoot } from "./helpers/paths.js";

let dir: string;

function run(cmd: string, args: string[]): Buffer {
  const r = spawnSync(cmd, args, { cwd: dir });
  assert.equal(r.status, 0, `${cmd} ${args.join(" ")}: ${r.stderr.toString()}`);
  return r.stdout;
}

const CURVES: Partial<Record<KeyType, string>> = { p256: "prime256v1", p384: "secp384r1", p521: "secp521r1" };
const SSH: Record<KeyType, string[]> = {
  ed25519: ["-t", "ed25519"],
  p256: ["-t", "ecdsa", "-b", "256"],
  p384: ["-t", "ecdsa", "-b", "384"],
  p521: ["-t", "ecdsa", "-b", "521"],
  rsa2048: ["-t", "rsa", "-b", "2048"],
  rsa4096: ["-t", "rsa", "-b", "4096"],
};

// RSA-4096 primes take seconds each here: the RSA-4096 forms are written by the
// same tools from a key made once (test/keys), the other types' keys are new.
const RSA4096 = path.join(repoRoot, "test", "keys", "rsa4096-web.pem");

/** A new key as `openssl genpkey` writes it (with `-aes256` and a passphrase: encrypted PKCS#8). */
function opensslKey(keyType: KeyType, out: string, passphrase?: string): void {
  const encrypt = passphrase === undefined ? [] : ["-aes256", keyType === "rsa4096" ? "-passout" : "-pass", `pass:${passphrase}`];
  if (keyType === "rsa4096") run("openssl", ["pkey", "-in", RSA4096, ...encrypt, "-out", out]);
  else run("openssl", ["genpkey", ...GENPKEY[keyType], ...encrypt, "-out", out]);
}

/** A new key as ssh-keygen writes it (`-m PEM`/`PKCS8`, or its own format), with `<out>.pub` beside it. */
function sshKey(keyType: KeyType, out: string, passphrase: string, form: string[] = []): void {
  if (keyType !== "rsa4096") {
    run("ssh-keygen", ["-q", ...SSH[keyType], "-N", passphrase, ...form, "-C", "", "-f", out]);
    return;
  }
  fs.copyFileSync(RSA4096, path.join(dir, out));
  fs.chmodSync(path.join(dir, out), 0o600);
  run("ssh-keygen", ["-q", "-p", "-P", "", "-N", passphrase, ...form, "-f", out]);
  fs.writeFileSync(path.join(dir, `${out}.pub`), run("ssh-keygen", ["-y", "-P", passphrase, "-f", out]));
}

/** The SubjectPublicKeyInfo openssl derives from a key file. */
const opensslSpki = (file: string, pass?: string) =>
  run("openssl", ["pkey", "-in", file, "-pubout", "-outform", "DER", ...(pass ? ["-passin", `pass:${pass}`] : [])]);

async function assertReads(file: string, keyType: KeyType, spki: Buffer, passphrase?: string) {
  const key = await readPrivateKey(fs.readFileSync(path.join(dir, file)), passphrase);
  assert.equal(key.keyType, keyType);
  assert.deepEqual(Buffer.from(key.spki), spki);
}

/** Encrypted P-256 keys on which a known wrong passphrase passes CBC padding (see the test). */
const PADDING_PASSES = {
  PKCS8: `-----BEGIN ENCRYPTED PRIVATE KEY-----
MIHsMFcGCSqGSIb3DQEFDTBKMCkGCSqGSIb3DQEFDDAcBAim35XitX5u3wICCAAw
DAYIKoZIhvcNAgkFADAdBglghkgBZQMEASoEEPAkJLGiyjPmAqoM+dDOvDYEgZDh
0PMpwdHPQL3Fi6nkp2oSqM44w5ODHHPQVlYX0N2JagJ0TLvrUi9ciRWacmDNJ0wu
Ec9UOHWw0vCIAA5F1fdhgRwb8L79WMs7yf4psd/o9VUGDuumVKGEg4g7d6N9rwdQ
bzv45bWWEGN01do75zurzcRfKSr5YIXyjma+Ku0tOxD4g5pZIcV/qU/JNi8EH1E=
-----END ENCRYPTED PRIVATE KEY-----
`,
  TRADITIONAL: `-----BEGIN EC PRIVATE KEY-----
Proc-Type: 4,ENCRYPTED
DEK-Info: AES-256-CBC,9BED2CB3BECF7359694D17CC4A5A5672

i/KSBw75qIdMzOL1vMQOf/dbhV5oYmUfabiv5y56YHxVgGqlIpkDq2e8UgbFSdDd
A8aZSaZyttVIjb+YgC6qpQ/r+d+/qEVcWM77Na0WGZ1i4O8CpU97SMDPQaRg7JQW
awTAf0bMi2Rknnj3G/s8sn5lpc9r4aPOa35MapBzc0s=
-----END EC PRIVATE KEY-----
`,
};

describe("x509 keys: the PEM forms openssl and ssh-keygen write", function () {
  this.timeout(300_000);
  before(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "albatross-ca-keyforms-"))));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  for (const keyType of Object.keys(GENPKEY) as KeyType[]) {
    it(`${keyType}: PKCS#8, traditional, encrypted PKCS#8 (genpkey -aes256, pkcs8 -topk8 -v2 aes256) and legacy encrypted PEM`, async () => {
      opensslKey(keyType, `${keyType}.pem`);
      const spki = opensslSpki(`${keyType}.pem`);
      await assertReads(`${keyType}.pem`, keyType, spki);
      if (keyType !== "ed25519") {
        run("openssl", ["pkey", "-in", `${keyType}.pem`, "-traditional", "-out", `${keyType}-trad.pem`]);
        assert.match(fs.readFileSync(path.join(dir, `${keyType}-trad.pem`), "latin1"), /BEGIN (RSA|EC) PRIVATE KEY/);
        await assertReads(`${keyType}-trad.pem`, keyType, spki);
        run("openssl", ["pkey", "-in", `${keyType}.pem`, "-traditional", "-aes256", "-passout", "pass:s3cret", "-out", `${keyType}-trad-enc.pem`]);
        assert.match(fs.readFileSync(path.join(dir, `${keyType}-trad-enc.pem`), "latin1"), /Proc-Type: 4,ENCRYPTED/);
        await assertReads(`${keyType}-trad-enc.pem`, keyType, spki, "s3cret");
      }
      opensslKey(keyType, `${keyType}-enc.pem`, "s3cret");
      await assertReads(`${keyType}-enc.pem`, keyType, opensslSpki(`${keyType}-enc.pem`, "s3cret"), "s3cret");
      run("openssl", ["pkcs8", "-topk8", "-v2", "aes256", "-in", `${keyType}.pem`, "-passout", "pass:s3cret", "-out", `${keyType}-p8.pem`]);
      await assertReads(`${keyType}-p8.pem`, keyType, spki, "s3cret");
      await assert.rejects(readPrivateKey(fs.readFileSync(path.join(dir, `${keyType}-p8.pem`))), EncryptedKeyError);
      await assert.rejects(readPrivateKey(fs.readFileSync(path.join(dir, `${keyType}-p8.pem`)), "wrong"), /^X509Error: cannot decrypt the private key: wrong passphrase$/);
    });
  }

  it("a wrong passphrase that passes CBC padding (one in 256) and decrypts to bytes that do not decode is still a wrong passphrase", async () => {
    // made by openssl (pkcs8 -topk8 -v2 aes256, pkey -traditional -aes256) with the passphrase s3cret; each passphrase
    // below was found by trying wrong-0, wrong-1, ... until one passed the padding
    const cases: [keyof typeof PADDING_PASSES, string][] = [
      ["PKCS8", "wrong-253"],
      ["TRADITIONAL", "wrong-384"],
    ];
    for (const [form, passphrase] of cases) {
      const pem = Buffer.from(PADDING_PASSES[form]);
      await assert.rejects(readPrivateKey(pem, passphrase), /^X509Error: cannot decrypt the private key: wrong passphrase$/, form);
      assert.equal((await readPrivateKey(pem, "s3cret")).keyType, "p256", form);
    }
  });

  for (const [keyType, curve] of Object.entries(CURVES) as [KeyType, string][]) {
    it(`${keyType}: EC PARAMETERS followed by EC PRIVATE KEY (openssl ecparam -genkey)`, async () => {
      run("openssl", ["ecparam", "-name", curve, "-genkey", "-out", `${keyType}-ecparam.pem`]);
      assert.match(fs.readFileSync(path.join(dir, `${keyType}-ecparam.pem`), "latin1"), /^-----BEGIN EC PARAMETERS-----[\s\S]*BEGIN EC PRIVATE KEY/);
      await assertReads(`${keyType}-ecparam.pem`, keyType, opensslSpki(`${keyType}-ecparam.pem`));
    });
  }

  for (const keyType of Object.keys(SSH) as KeyType[]) {
    it(`${keyType}: ssh-keygen's OpenSSH format, plain and with a passphrase, and its -m PEM / -m PKCS8 forms`, async () => {
      // the public half ssh-keygen wrote beside the key, as a SubjectPublicKeyInfo
      const spkiOf = (pub: string) =>
        Buffer.from(sshpk.parseKey(fs.readFileSync(path.join(dir, pub)), "ssh").toString("pkcs8").replace(/-----[^-]+-----|\s/g, ""), "base64");
      sshKey(keyType, `ssh-${keyType}`, "");
      await assertReads(`ssh-${keyType}`, keyType, spkiOf(`ssh-${keyType}.pub`));
      sshKey(keyType, `sshenc-${keyType}`, "s3cret");
      await assertReads(`sshenc-${keyType}`, keyType, spkiOf(`sshenc-${keyType}.pub`), "s3cret");
      await assert.rejects(readPrivateKey(fs.readFileSync(path.join(dir, `sshenc-${keyType}`))), EncryptedKeyError);
      if (keyType !== "ed25519") {
        for (const form of ["PEM", "PKCS8"]) {
          sshKey(keyType, `ssh${form}-${keyType}`, "", ["-m", form]);
          await assertReads(`ssh${form}-${keyType}`, keyType, opensslSpki(`ssh${form}-${keyType}`));
        }
      }
    });
  }
});

describe("encrypted CA keys through the CLI", function () {
  this.timeout(180_000);
  let ca: string;
  before(() => {
    ca = fs.mkdtempSync(path.join(os.tmpdir(), "albatross-ca-enckey-"));
    fs.writeFileSync(path.join(ca, "pass.txt"), "correct horse\n");
    fs.writeFileSync(path.join(ca, "wrong.txt"), "battery staple\n");
  });

  it("generate --encrypt-key writes the CA key encrypted; openssl pkey -passin reads it", async () => {
    const r = await runCliHere(["generate", "ops", "ca.db", "--encrypt-key", "--passphrase-file", "pass.txt"], { cwd: ca });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^ops\.key: new ed25519 key, encrypted$/m);
    const pem = fs.readFileSync(path.join(ca, "ops.key"), "latin1");
    assert.match(pem, /^-----BEGIN ENCRYPTED PRIVATE KEY-----\n/);
    assert.equal(fs.statSync(path.join(ca, "ops.key")).mode & 0o777, 0o400);
    const o = spawnSync("openssl", ["pkey", "-in", "ops.key", "-passin", "file:pass.txt", "-pubout"], { cwd: ca });
    assert.equal(o.status, 0, o.stderr.toString());
    const fromCert = spawnSync("openssl", ["x509", "-in", "cacert.pem", "-noout", "-pubkey"], { cwd: ca }).stdout.toString();
    assert.equal(o.stdout.toString(), fromCert);
  });

  it("sign reads the encrypted key with --passphrase-file; without it, or with a wrong one, one clear error", async () => {
    assert.equal((await runCliHere(["destroy", "web", "--csr"], { cwd: ca })).status, 0);
    const none = runCli(["sign", "cacert.pem", "ca.db", "ops.key", "web.req"], { cwd: ca });
    assert.deepEqual([none.status, none.stderr], [1, "error: ops.key: the private key is encrypted: give --passphrase-file FILE, or run on a terminal to be asked\n"]);
    const wrong = await runCliHere(["sign", "cacert.pem", "ca.db", "ops.key", "web.req", "--passphrase-file", "wrong.txt"], { cwd: ca });
    assert.deepEqual([wrong.status, wrong.stderr], [1, "error: ops.key: cannot decrypt the private key: wrong passphrase\n"]);
    assert.equal(fs.existsSync(path.join(ca, "web.pem")), false);
    const ok = await runCliHere(["sign", "cacert.pem", "ca.db", "ops.key", "web.req", "--passphrase-file", "pass.txt"], { cwd: ca });
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stdout, /^web\.pem: CN=web, serial /);
  });

  it("--issue signs a one-shot leaf with the encrypted CA key", async () => {
    const out = path.join(ca, "once");
    fs.mkdirSync(out);
    const r = await runCliHere(["console", "web", "--issue", "--ca", "cacert.pem", "--ca-key", "ops.key", "--passphrase-file", "pass.txt", "--out-dir", "once"], { cwd: ca });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(fs.readdirSync(out).map((f) => f.replace(/^web-[0-9a-f]{12}\./, "web-SERIAL.")).sort(), ["web-SERIAL.key", "web-SERIAL.pem"]);
  });

  it("--encrypt-key without a passphrase source on a pipe is refused before anything is written", () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), "albatross-ca-enckey-none-"));
    const r = runCli(["generate", "ops", "ca.db", "--encrypt-key"], { cwd: empty });
    assert.deepEqual([r.status, r.stderr], [1, "error: --encrypt-key needs --passphrase-file FILE, or a terminal to ask for the passphrase\n"]);
    assert.deepEqual(fs.readdirSync(empty), []);
  });
});
