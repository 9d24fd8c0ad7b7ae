// `verified` is the verdict of Albatross's TLS layer: ocaml-x509 1.0.5's
// Authenticator.chain_of_trust without a host name (lib/validation.ml). Each
// chain here is built with openssl; the expected verdict comes from reading
// those rules, and the reason is in the test name. What ocaml-x509 accepts
// but RFC 5280 or good practice would not is a warning, never a refusal.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { runCliHere } from "./helpers/cli.js";
import { GENPKEY } from "./helpers/openssl-keys.js";

/** The Albatross extension of `console subscribe` (version 5, last 20 lines), as albatross-client writes it. */
const CONSOLE = "1.3.6.1.4.1.49836.42=DER:300c020105a007a205a103020114";

/** Extension sections, as openssl's default configuration spells its v3_ca. */
const CONFIG = `
[req]
distinguished_name = dn
[dn]
[ca_default]
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always,issuer
basicConstraints = critical,CA:true
[ca_keyusage]
subjectKeyIdentifier = hash
basicConstraints = critical,CA:true
keyUsage = critical,keyCertSign,cRLSign
[ca_keyusage_no_certsign]
subjectKeyIdentifier = hash
basicConstraints = critical,CA:true
keyUsage = critical,digitalSignature
[ca_no_basic_constraints]
subjectKeyIdentifier = hash
keyUsage = keyCertSign
[ca_false]
subjectKeyIdentifier = hash
basicConstraints = critical,CA:false
keyUsage = keyCertSign
[ca_pathlen0]
subjectKeyIdentifier = hash
basicConstraints = critical,CA:true,pathlen:0
keyUsage = critical,keyCertSign
[ca_pathlen1]
subjectKeyIdentifier = hash
basicConstraints = critical,CA:true,pathlen:1
keyUsage = critical,keyCertSign
[ca_critical_eku]
subjectKeyIdentifier = hash
basicConstraints = critical,CA:true
keyUsage = critical,keyCertSign
extendedKeyUsage = critical,clientAuth
[ca_critical_unknown]
subjectKeyIdentifier = hash
basicConstraints = critical,CA:true
keyUsage = critical,keyCertSign
1.2.3.4 = critical,DER:0500
[leaf]
${CONSOLE}
basicConstraints = critical,CA:false
keyUsage = critical,digitalSignature
extendedKeyUsage = clientAuth
authorityKeyIdentifier = keyid
[leaf_bare]
${CONSOLE}
[leaf_critical_albatross]
1.3.6.1.4.1.49836.42 = critical,DER:300c020105a007a205a103020114
[leaf_critical_unknown]
${CONSOLE}
1.2.3.4 = critical,DER:0500
[leaf_critical_known]
${CONSOLE}
keyUsage = critical,digitalSignature
extendedKeyUsage = critical,clientAuth
subjectAltName = critical,DNS:client.example
[leaf_server_eku]
${CONSOLE}
extendedKeyUsage = serverAuth
[leaf_is_ca]
${CONSOLE}
basicConstraints = critical,CA:true
keyUsage = critical,keyCertSign,digitalSignature
`;

/** Our key types, and some Albatross must judge that we never make. */
const KEYS: Record<string, string[]> = {
  ...GENPKEY,
  secp256k1: ["-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:secp256k1"],
  rsa1024: ["-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:1024"],
  rsa3072: ["-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:3072"],
};

let dir: string;
let serial = 1;

function openssl(args: string[]): void {
  const r = spawnSync("openssl", args, { cwd: dir });
  assert.equal(r.status, 0, `openssl ${args.join(" ")}: ${r.stderr.toString()}`);
}

/** A key of this type, made once per name. */
function key(name: string, type: string): string {
  const file = `${name}.key`;
  if (!fs.existsSync(path.join(dir, file))) openssl(["genpkey", ...KEYS[type]!, "-out", file]);
  return file;
}

/** Ed25519 signs with its own hash; openssl refuses a digest option for it. */
const digestFlag = (digest: string | null) => (digest === null ? [] : [`-${digest}`]);

interface Cert {
  name: string;
  type: string;
}

function root(name: string, type: string, section: string, digest: string | null = "sha256"): Cert {
  openssl(["req", "-x509", "-new", "-key", key(name, type), "-subj", `/CN=${name}`, "-days", "30", ...digestFlag(digest),
    "-config", "openssl.cnf", "-extensions", section, "-out", `${name}.pem`]);
  return { name, type };
}

function issue(name: string, type: string, issuer: Cert, section: string, digest: string | null = "sha256", extra: string[] = []): Cert {
  openssl(["req", "-new", "-key", key(name, type), "-subj", `/CN=${name}`, "-config", "openssl.cnf", "-out", `${name}.csr`]);
  openssl(["x509", "-req", "-in", `${name}.csr`, "-CA", `${issuer.name}.pem`, "-CAkey", `${issuer.name}.key`,
    "-set_serial", String(serial++), "-days", "1", ...digestFlag(digest), ...extra,
    "-extfile", "openssl.cnf", "-extensions", section, "-out", `${name}.pem`]);
  return { name, type };
}

/** The chain file a client would send: the leaf, then the intermediates. */
function chain(file: string, ...certs: Cert[]): string {
  fs.writeFileSync(path.join(dir, file), certs.map((c) => fs.readFileSync(path.join(dir, `${c.name}.pem`), "latin1")).join(""));
  return file;
}

interface Finding {
  severity: string;
  message: string;
}

async function audit(chainFile: string, ca: Cert) {
  const r = await runCliHere(["audit", chainFile, "--ca", `${ca.name}.pem`, "--format", "json"], { cwd: dir });
  const out = JSON.parse(r.stdout) as { accepted: boolean; verified: boolean; findings: Finding[] };
  return { ...out, status: r.status, stderr: r.stderr };
}

async function assertVerified(chainFile: string, ca: Cert, warning?: RegExp) {
  const r = await audit(chainFile, ca);
  assert.equal(r.verified, true, JSON.stringify(r.findings));
  assert.deepEqual(r.findings.filter((f) => f.severity === "error"), []);
  assert.equal(r.status, 0, r.stderr);
  if (warning) assert.ok(r.findings.some((f) => f.severity === "warning" && warning.test(f.message)), JSON.stringify(r.findings));
}

async function assertRefused(chainFile: string, ca: Cert, reason: RegExp) {
  const r = await audit(chainFile, ca);
  assert.equal(r.verified, false);
  const refusal = r.findings.find((f) => f.severity === "error" && /^Albatross's TLS layer refuses the chain: /.test(f.message));
  assert.ok(refusal, JSON.stringify(r.findings));
  assert.match(refusal.message, reason);
  assert.equal(r.status, 1);
  assert.equal(r.stderr, "error: the chain does not verify against the CA\n");
}

describe("audit: verified is ocaml-x509's chain_of_trust, on chains built with openssl", function () {
  this.timeout(120000);
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "albatross-ca-matrix-"));
    fs.writeFileSync(path.join(dir, "openssl.cnf"), CONFIG);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  describe("the trust anchor: ocaml-x509 checks only its name, key, signature of the next certificate and pathlen", function () {
    it("a CA made by `openssl req -x509` (no keyUsage) verifies; the missing keyUsage is a warning", async () => {
      const ca = root("plain-ca", "p256", "ca_default");
      await assertVerified(chain("plain.chain", issue("plain-leaf", "p256", ca, "leaf")), ca, /has no keyUsage extension/);
    });
    it("a CA with keyUsage keyCertSign, cRLSign verifies without findings", async () => {
      const ca = root("ku-ca", "p256", "ca_keyusage");
      const r = await audit(chain("ku.chain", issue("ku-leaf", "p256", ca, "leaf")), ca);
      assert.deepEqual([r.verified, r.findings, r.status], [true, [], 0]);
    });
    it("a CA whose keyUsage lacks keyCertSign verifies (anchor extensions unchecked), with a warning", async () => {
      const ca = root("nocs-ca", "p256", "ca_keyusage_no_certsign");
      await assertVerified(chain("nocs.chain", issue("nocs-leaf", "p256", ca, "leaf")), ca, /lacks keyCertSign/);
    });
    it("a version 3 CA without basicConstraints is refused (validate_path_len)", async () => {
      const ca = root("nobc-ca", "p256", "ca_no_basic_constraints");
      await assertRefused(chain("nobc.chain", issue("nobc-leaf", "p256", ca, "leaf")), ca, /CN=nobc-ca signs CN=nobc-leaf but is not a CA/);
    });
    it("a CA with basicConstraints CA:FALSE is refused (validate_path_len)", async () => {
      const ca = root("false-ca", "p256", "ca_false");
      await assertRefused(chain("false.chain", issue("false-leaf", "p256", ca, "leaf")), ca, /is not a CA/);
    });
    it("a CA with a critical unknown extension verifies (anchor extensions unchecked), with a warning", async () => {
      const ca = root("crit-ca", "p256", "ca_critical_unknown");
      await assertVerified(chain("crit.chain", issue("crit-leaf", "p256", ca, "leaf")), ca, /critical extension 1\.2\.3\.4/);
    });
    it("a CA signing itself with SHA-1 verifies (its own signature is never checked), with a warning", async () => {
      const ca = root("sha1self-ca", "rsa2048", "ca_keyusage", "sha1");
      await assertVerified(chain("sha1self.chain", issue("sha1self-leaf", "p256", ca, "leaf")), ca, /signs itself with SHA1/);
    });
    it("a leaf signed by another CA of the same name is refused (its authority key id names the other key)", async () => {
      const ca = root("twin-ca", "p256", "ca_keyusage");
      const leaf = issue("twin-leaf", "p256", ca, "leaf_bare");
      fs.renameSync(path.join(dir, "twin-ca.pem"), path.join(dir, "twin-ca-first.pem"));
      fs.renameSync(path.join(dir, "twin-ca.key"), path.join(dir, "twin-ca-first.key"));
      const other = root("twin-ca", "p256", "ca_keyusage");
      await assertRefused(chain("twin.chain", leaf), other, /authority key identifier of CN=twin-leaf is not the subject key identifier of CN=twin-ca/);
    });
  });

  describe("names are compared RDN by RDN (Distinguished_name.equal), as openssl does", function () {
    /** A root named by `subject` for the key of `name` (made once). */
    const named = (name: string, subject: string, file: string): Cert => {
      openssl(["req", "-x509", "-new", "-key", key(name, "p256"), "-subj", subject, "-multivalue-rdn", "-days", "30",
        "-config", "openssl.cnf", "-extensions", "ca_keyusage", "-out", `${file}.pem`]);
      return { name: file, type: "p256" };
    };
    it("a CA named by one multi-valued RDN (O=org+CN=rdn-ca) verifies what it signed", async () => {
      const ca = named("rdn-ca", "/O=org+CN=rdn-ca", "rdn-ca");
      await assertVerified(chain("rdn.chain", issue("rdn-leaf", "p256", ca, "leaf")), ca);
    });
    it("the same key and attributes in two RDNs (O=org, CN=rdn-ca) are another name: refused", async () => {
      const flat = named("rdn-ca", "/O=org/CN=rdn-ca", "rdn-flat-ca");
      await assertRefused("rdn.chain", flat, /no trust anchor found for CN=rdn-leaf: it is issued by "O=org\+CN=rdn-ca"/);
      const r = spawnSync("openssl", ["verify", "-CAfile", "rdn-flat-ca.pem", "rdn-leaf.pem"], { cwd: dir });
      assert.notEqual(r.status, 0, "openssl refuses it too");
    });
  });

  describe("signature hashes: chain_of_trust allows SHA-256, SHA-384 and SHA-512 only", function () {
    const ca = () => root("hash-ca", "rsa2048", "ca_keyusage");
    it("a leaf signed with SHA-1 (RSA) is refused (Hash_not_allowed)", async () => {
      const c = ca();
      await assertRefused(chain("sha1.chain", issue("sha1-leaf", "p256", c, "leaf", "sha1")), c, /CN=sha1-leaf is signed with SHA1/);
    });
    it("a leaf signed with SHA-224 is refused (Hash_not_allowed)", async () => {
      const c = root("hash224-ca", "p256", "ca_keyusage");
      await assertRefused(chain("sha224.chain", issue("sha224-leaf", "p256", c, "leaf", "sha224")), c, /is signed with SHA224/);
    });
    it("a leaf signed with ecdsa-with-SHA1 is refused (Hash_not_allowed)", async () => {
      const c = root("ecsha1-ca", "p256", "ca_keyusage");
      await assertRefused(chain("ecsha1.chain", issue("ecsha1-leaf", "p256", c, "leaf", "sha1")), c, /is signed with SHA1/);
    });
    for (const digest of ["sha256", "sha384", "sha512"]) {
      it(`a leaf signed with ${digest.toUpperCase()} (RSA PKCS#1) verifies`, async () => {
        const c = ca();
        await assertVerified(chain(`${digest}.chain`, issue(`${digest}-leaf`, "p256", c, "leaf", digest)), c);
      });
    }
    it("a leaf signed with RSA-PSS and SHA-256 verifies", async () => {
      const c = ca();
      const leaf = issue("pss-leaf", "p256", c, "leaf", "sha256", ["-sigopt", "rsa_padding_mode:pss", "-sigopt", "rsa_pss_saltlen:32"]);
      await assertVerified(chain("pss.chain", leaf), c);
    });
  });

  describe("key types and sizes", function () {
    for (const type of ["ed25519", "p256", "p384", "p521", "rsa2048", "rsa3072"]) {
      it(`a ${type} CA and a ${type} leaf verify (ocaml-x509 reads RSA, Ed25519, P-256/384/521)`, async () => {
        const digest = type === "ed25519" ? null : "sha256";
        const c = root(`${type}-ca`, type, "ca_keyusage", digest);
        await assertVerified(chain(`${type}.chain`, issue(`${type}-leaf`, type, c, "leaf", digest)), c);
      });
    }
    it("an RSA-1024 leaf verifies (ocaml-x509 takes any size), with a weak-key warning", async () => {
      const c = root("small-ca", "p256", "ca_keyusage");
      await assertVerified(chain("small.chain", issue("small-leaf", "rsa1024", c, "leaf")), c, /1024-bit RSA key/);
    });
    it("a secp256k1 leaf is refused (ocaml-x509 cannot decode the key)", async () => {
      const c = root("k1-ca", "p256", "ca_keyusage");
      await assertRefused(chain("k1.chain", issue("k1-leaf", "secp256k1", c, "leaf")), c, /public key ocaml-x509 cannot read/);
    });
  });

  describe("the leaf: validate_server_extensions", function () {
    const ca = () => root("leafx-ca", "p256", "ca_keyusage");
    it("a leaf with only the Albatross extension verifies (keyUsage and extendedKeyUsage are optional)", async () => {
      const c = ca();
      await assertVerified(chain("bare.chain", issue("bare-leaf", "p256", c, "leaf_bare")), c);
    });
    it("a critical Albatross extension is refused (ocaml-x509 does not know it)", async () => {
      const c = ca();
      await assertRefused(chain("critalb.chain", issue("critalb-leaf", "p256", c, "leaf_critical_albatross")), c, /Albatross extension is critical/);
    });
    it("a critical unknown extension is refused", async () => {
      const c = ca();
      await assertRefused(chain("critunk.chain", issue("critunk-leaf", "p256", c, "leaf_critical_unknown")), c, /critical extension 1\.2\.3\.4/);
    });
    it("critical keyUsage, extendedKeyUsage and subjectAltName verify (validate_server_extensions allows them)", async () => {
      const c = ca();
      await assertVerified(chain("critknown.chain", issue("critknown-leaf", "p256", c, "leaf_critical_known")), c);
    });
    it("a leaf for serverAuth only verifies (ocaml-x509 ignores the purpose), with a warning", async () => {
      const c = ca();
      await assertVerified(chain("srv.chain", issue("srv-leaf", "p256", c, "leaf_server_eku")), c, /lacks clientAuth/);
    });
    it("a leaf that is a CA (and not self-signed) is refused", async () => {
      const c = ca();
      await assertRefused(chain("isca.chain", issue("isca-leaf", "p256", c, "leaf_is_ca")), c, /is a CA certificate .* not self-signed/);
    });
  });

  describe("intermediates: validate_ca_extensions and path lengths", function () {
    it("an intermediate without keyUsage is refused (ocaml-x509 requires keyCertSign below the anchor)", async () => {
      const c = root("mid-ca", "p256", "ca_keyusage");
      const mid = issue("mid-noku", "p256", c, "ca_default");
      await assertRefused(chain("midnoku.chain", issue("midnoku-leaf", "p256", mid, "leaf"), mid), c, /intermediate CN=mid-noku: no keyUsage/);
    });
    it("an intermediate with keyUsage keyCertSign verifies", async () => {
      const c = root("mid2-ca", "p256", "ca_keyusage");
      const mid = issue("mid-ku", "p256", c, "ca_keyusage");
      await assertVerified(chain("midku.chain", issue("midku-leaf", "p256", mid, "leaf"), mid), c);
    });
    it("an intermediate with a critical extendedKeyUsage is refused (only keyUsage and basicConstraints may be critical)", async () => {
      const c = root("mid3-ca", "p256", "ca_keyusage");
      const mid = issue("mid-eku", "p256", c, "ca_critical_eku");
      await assertRefused(chain("mideku.chain", issue("mideku-leaf", "p256", mid, "leaf"), mid), c, /critical extension 2\.5\.29\.37/);
    });
    it("a CA with pathlen:0 above an intermediate is refused", async () => {
      const c = root("pl0-ca", "p256", "ca_pathlen0");
      const mid = issue("pl0-mid", "p256", c, "ca_keyusage");
      await assertRefused(chain("pl0.chain", issue("pl0-leaf", "p256", mid, "leaf"), mid), c, /allows 0 CAs below it/);
    });
    it("a CA with pathlen:1 above one intermediate verifies", async () => {
      const c = root("pl1-ca", "p256", "ca_pathlen1");
      const mid = issue("pl1-mid", "p256", c, "ca_keyusage");
      await assertVerified(chain("pl1.chain", issue("pl1-leaf", "p256", mid, "leaf"), mid), c);
    });
    it("intermediates sent in any order verify (build_paths follows issuer names)", async () => {
      const c = root("ord-ca", "p256", "ca_keyusage");
      const a = issue("ord-a", "p256", c, "ca_keyusage");
      const b = issue("ord-b", "p256", a, "ca_keyusage");
      await assertVerified(chain("ord.chain", issue("ord-leaf", "p256", b, "leaf"), a, b), c);
    });
    it("a root without keyUsage sent inside the chain is refused (then it is checked as an intermediate)", async () => {
      const c = root("sent-ca", "p256", "ca_default");
      await assertRefused(chain("sent.chain", issue("sent-leaf", "p256", c, "leaf"), c), c, /intermediate CN=sent-ca: no keyUsage/);
    });
  });
});
