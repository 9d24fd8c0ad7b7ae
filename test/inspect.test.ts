import { strict as assert } from "node:assert";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { KINDS, fromJson } from "../src/codec/index.js";
import { inspect, inspectionToJson, inspectionToText } from "../src/inspect/index.js";
import { createCsr, csrToPem, generateKey, parseCertificate, splitPem } from "../src/x509/index.js";
import { type CliResult, runCli, runCliHere } from "./helpers/cli.js";
import { GENPKEY } from "./helpers/openssl-keys.js";
import { loadVectors } from "./helpers/paths.js";

interface ChainCase {
  id: string;
  pem: string;
  valid: boolean;
  name: string | null;
  text: string | null;
  error: string | null;
  ca_pem: string | null;
}

const CHAINS = loadVectors("chains.json") as unknown as ChainCase[];
const STATES = loadVectors("state.json");
const EXTENSIONS = loadVectors("cert-extension.json");

function openssl(args: string[]): Buffer {
  return execFileSync("openssl", args, { stdio: ["ignore", "pipe", "pipe"] });
}

type Json = Record<string, unknown>;

async function inspectJson(file: string, extra: string[] = []): Promise<Json> {
  const r = await runCliHere(["inspect", file, "--format", "json", ...extra]);
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as Json;
}

/** The CLI's answers to many invocations, run (in the test's process) before the tests that read them. */
class Answers {
  private readonly results = new Map<string, CliResult>();
  async run(calls: string[][]): Promise<void> {
    for (const args of calls) this.results.set(JSON.stringify(args), await runCliHere(args));
  }
  get(args: string[]): CliResult {
    const r = this.results.get(JSON.stringify(args));
    if (r === undefined) throw new Error(`no answer for ${args.join(" ")}`);
    return r;
  }
  json(file: string): Json {
    const r = this.get(["inspect", file, "--format", "json"]);
    assert.equal(r.status, 0, r.stderr);
    return JSON.parse(r.stdout) as Json;
  }
}

/** The JSON form of the extension, read back and encoded: the bytes it came from. */
function reencode(extensionJson: unknown): Uint8Array {
  return KINDS["2.4"].extension.encode(fromJson(KINDS["2.4"].extension, extensionJson));
}

describe("inspect", function () {
  let dir: string;
  before(() => (dir = mkdtempSync(join(tmpdir(), "albatross-ca-inspect-"))));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, content: string | Uint8Array) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  describe("keys: the public half only", function () {
    const KEYS = (["ed25519", "p256", "p384", "p521", "rsa2048"] as const).map((t) => [t, GENPKEY[t], t] as const);

    for (const [name, genArgs, keyType] of KEYS) {
      it(`${name}: PKCS#8 PEM, traditional PEM and DER show no private material`, async function () {
        const pkcs8 = join(dir, `${name}.pem`);
        openssl(["genpkey", ...genArgs, "-out", pkcs8]);
        // EC keys also come as SEC1, RSA keys as PKCS#1; Ed25519 has no such form.
        const traditional = join(dir, `${name}-traditional.pem`);
        openssl(["pkey", "-in", pkcs8, ...(name === "ed25519" ? [] : ["-traditional"]), "-out", traditional]);
        const der = join(dir, `${name}.der`);
        openssl(["pkey", "-in", pkcs8, "-outform", "DER", "-out", der]);
        const spki = openssl(["pkey", "-in", pkcs8, "-pubout", "-outform", "DER"]);
        const privateDer = readFileSync(der);
        const secrets = [
          ...readFileSync(pkcs8, "utf8").split("\n"),
          ...readFileSync(traditional, "utf8").split("\n"),
        ].filter((l) => l.length > 0 && !l.startsWith("-----"));
        secrets.push(privateDer.toString("base64"), privateDer.toString("hex"));

        const files = [pkcs8, traditional, der];
        const formats = ["text", "json"];
        const results: CliResult[] = [];
        for (const f of files) for (const format of formats) results.push(await runCliHere(["inspect", f, "--format", format]));
        for (const [i, f] of files.entries()) {
          for (const [k, format] of formats.entries()) {
            const r = results[i * formats.length + k]!;
            assert.equal(r.status, 0, r.stderr);
            const out = r.stdout + r.stderr;
            assert.ok(!out.includes("PRIVATE"), `${f} ${format}: mentions PRIVATE`);
            for (const s of secrets) assert.ok(!out.includes(s), `${f} ${format}: shows private key material`);
          }
          const j = JSON.parse(results[i * formats.length + 1]!.stdout) as Json;
          assert.equal(j.kind, "key-pair");
          assert.equal(j.key_type, keyType);
          assert.equal(j.public_key_sha256, createHash("sha256").update(spki).digest("hex"));
        }
      });
    }

    it("an encrypted key is one error line", async function () {
      const plain = join(dir, "enc-plain.pem");
      openssl(["genpkey", "-algorithm", "ed25519", "-out", plain]);
      const enc = join(dir, "enc.pem");
      openssl(["pkey", "-in", plain, "-aes256", "-passout", "pass:secret", "-out", enc]);
      const r = await runCliHere(["inspect", enc]);
      assert.equal(r.status, 1);
      assert.equal(r.stdout, "");
      assert.match(r.stderr, /^error: [^\n]*encrypted[^\n]*\n$/);
    });
  });

  describe("certificates and chains", function () {
    const withCa = CHAINS.filter((c) => c.ca_pem !== null);
    const answers = new Answers();
    const leafFile = (id: string) => join(dir, `${id}-leaf.der`);
    before(async () => {
      for (const c of withCa) file(`${c.id}-leaf.der`, splitPem(c.pem)[0]!);
      await answers.run(withCa.flatMap((c) => [["inspect", leafFile(c.id), "--format", "json"], ["inspect", leafFile(c.id)]]));
    });

    for (const c of withCa) {
      it(`${c.id}: the leaf's command in Albatross's text, JSON round-tripping through the codec`, async function () {
        const raw = parseCertificate(splitPem(c.pem)[0]!).albatrossExtension;
        const j = answers.json(leafFile(c.id));
        assert.equal(j.kind, "certificate");
        if (raw === null) {
          assert.equal(j.extension, null);
          assert.equal(j.command, null);
          return;
        }
        assert.equal(j.extension_critical, false);
        let decoded: ReturnType<(typeof KINDS)["2.4"]["extension"]["decode"]> | null = null;
        try {
          decoded = KINDS["2.4"].extension.decode(raw.value);
        } catch (e) {
          assert.equal(j.extension_error, (e as Error).message);
          return;
        }
        assert.deepEqual(reencode(j.extension), raw.value);
        assert.equal(j.command, KINDS["2.4"].extension.text(decoded));
        if (c.valid) assert.equal(j.command, c.text);
        const text = answers.get(["inspect", leafFile(c.id)]);
        assert.equal(text.status, 0);
        assert.ok(text.stdout.includes(`\n  command:    ${j.command as string}\n`), text.stdout);
      });
    }

    it("a chain shows every certificate and the endpoint's verdict", async function () {
      for (const c of CHAINS.filter((c) => splitPem(c.pem).length > 1)) {
        const i = await inspect(c.pem, { release: "2.4" });
        assert.equal(i.kind, "chain");
        const albatross = inspectionToJson(i).albatross as Json;
        assert.equal(albatross.accepted, c.valid, c.id);
        assert.equal(albatross.error, c.error, c.id);
        assert.equal(albatross.name, c.name, c.id);
      }
    });

    it("names each certificate's profile", async function () {
      const profiles = async (id: string) => {
        const c = CHAINS.find((x) => x.id === id)!;
        const all = [...splitPem(c.pem), ...(c.ca_pem ? splitPem(c.ca_pem) : [])];
        return Promise.all(all.map(async (der) => inspectionToJson(await inspect(der)).profile));
      };
      assert.deepEqual(await profiles("chain-p256-ca-sub-subsub-create"), ["leaf", "sub-CA", "sub-CA", "root CA"]);
      assert.deepEqual(await profiles("chain-p384-server-cert"), ["server", "root CA"]);
    });

    it("judges validity now or at --at", async function () {
      const c = CHAINS.find((x) => x.id === "chain-ed25519-ca-console")!;
      const leaf = file("validity-leaf.pem", c.pem.slice(0, c.pem.indexOf("-----END CERTIFICATE-----") + 26));
      assert.equal((await inspectJson(leaf, ["--at", "2026-11-27T00:08:00Z"])).validity, "valid");
      assert.equal((await inspectJson(leaf, ["--at", "2030-01-01"])).validity, "expired");
      assert.equal((await inspectJson(leaf, ["--at", "2020-01-01"])).validity, "not yet valid");
      const text = await runCliHere(["inspect", leaf, "--at", "2030-01-01"]);
      assert.match(text.stdout, /\n  validity: +expired at 2030-01-01T00:00:00Z\n/);
    });

    it("prints the readable config of a create", async function () {
      const c = CHAINS.find((x) => x.id === "chain-ed25519-ca-sub-subsub-create")!;
      const text = inspectionToText(await inspect(splitPem(c.pem)[0]!));
      for (const [label, value] of [
        ["memory", "512 MB"],
        ["CPU", "2"],
        ["block device", "storage (host device data, sector size 4096)"],
        ["network", "mgmt (host bridge mgmt, MAC 00:80:41:aa:bb:01)"],
        ["on failure", "restart on exit code 0, 2"],
        ["compression", "none"],
      ]) {
        // labels are padded to one column, whose width follows the longest label
        assert.ok(new RegExp(`\\n {4}${label}: +${value.replace(/[()]/g, "\\$&")}\\n`).test(`${text}\n`), `missing "${label}: ${value}" in\n${text}`);
      }
      assert.match(text, /\n {4}image: +64 bytes, SHA-256 [0-9a-f]{64}\n/);
    });
  });

  describe("certificate requests", function () {
    const picked = EXTENSIONS.filter((c) => c.valid && c.version === 5).slice(0, 20);
    const answers = new Answers();
    const pemFile = (id: string) => join(dir, `${id}.csr.pem`);
    const derFile = (id: string) => join(dir, `${id}.csr.der`);
    before(async function () {
      const key = await generateKey();
      for (const c of picked) {
        const der = await createCsr("req", key, new Uint8Array(Buffer.from(c.der_hex, "hex")));
        file(`${c.id}.csr.pem`, csrToPem(der));
        file(`${c.id}.csr.der`, der);
      }
      await answers.run(picked.flatMap((c) => [["inspect", pemFile(c.id), "--format", "json"], ["inspect", derFile(c.id), "--format", "json"], ["inspect", pemFile(c.id)]]));
    });

    for (const c of picked) {
      it(`${c.id}: Albatross's text and a JSON round trip`, async function () {
        const ext = new Uint8Array(Buffer.from(c.der_hex, "hex"));
        const j = answers.json(pemFile(c.id));
        assert.equal(j.kind, "csr");
        assert.equal(j.command, c.text);
        assert.deepEqual(reencode(j.extension), ext);
        assert.deepEqual(answers.json(derFile(c.id)).extension, j.extension);
        const text = answers.get(["inspect", pemFile(c.id)]);
        assert.ok(text.stdout.startsWith("certificate request\n  subject:    CN=req\n"), text.stdout);
        assert.ok(text.stdout.includes(`\n  command:    ${c.text!}\n`));
      });
    }
  });

  describe("state dumps", function () {
    const valid = STATES.filter((s) => s.valid);
    const answers = new Answers();
    const dumpFile = (id: string) => join(dir, `${id}.dump`);
    before(async () => {
      for (const c of valid) file(`${c.id}.dump`, Buffer.from(c.der_hex, "hex"));
      await answers.run(valid.flatMap((c) => [["inspect", dumpFile(c.id)], ["inspect", dumpFile(c.id), "--format", "json"]]));
    });

    for (const c of valid) {
      it(`${c.id}: the listing of albatross-client inspect-dump, and the dump JSON form`, function () {
        const r = answers.get(["inspect", dumpFile(c.id)]);
        assert.equal(r.status, 0, r.stderr);
        assert.equal(r.stdout, `${c.text!}\n`);
        const j = answers.json(dumpFile(c.id));
        assert.equal(j.kind, "dump");
        const value = fromJson(KINDS["2.4"].dump, j.dump);
        assert.deepEqual(KINDS["2.4"].dump.json.toJson(value), j.dump);
        // Old grammars are written back in the current one: the JSON must give what the decoded dump gives.
        const decoded = KINDS["2.4"].dump.decode(Buffer.from(c.der_hex, "hex"));
        assert.deepEqual(KINDS["2.4"].dump.encode(value), KINDS["2.4"].dump.encode(decoded));
      });
    }

    it("reads standard input", function () {
      const c = STATES.find((s) => s.valid)!;
      const r = runCli(["inspect", "-"], { input: Buffer.from(c.der_hex, "hex") });
      assert.equal(r.stdout, `${c.text!}\n`);
    });
  });

  describe("bad input", function () {
    it("is one error line naming the file, exit status 1", async function () {
      const cases: [string, string | Uint8Array][] = [
        ["random.bin", new Uint8Array([0x30, 0x03, 0x02, 0x01])],
        ["text.txt", "hello\n"],
        ["broken.pem", "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"],
        ["odd.pem", "-----BEGIN DH PARAMETERS-----\nAAAA\n-----END DH PARAMETERS-----\n"],
      ];
      for (const [name, content] of cases) {
        const f = file(name, content);
        const r = await runCliHere(["inspect", f]);
        assert.equal(r.status, 1, name);
        assert.equal(r.stdout, "", name);
        assert.match(r.stderr, new RegExp(`^error: ${f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: [^\\n]+\\n$`), name);
      }
      const missing = await runCliHere(["inspect", join(dir, "missing.pem")]);
      assert.equal(missing.status, 1);
      assert.match(missing.stderr, /^error: [^\n]*missing\.pem: no such file\n$/);
    });

    it("several files: each under its name, or a JSON array", async function () {
      const c = STATES.find((s) => s.valid)!;
      const a = file("multi-a.dump", Buffer.from(c.der_hex, "hex"));
      const b = file("multi-b.dump", Buffer.from(c.der_hex, "hex"));
      const text = await runCliHere(["inspect", a, b]);
      assert.equal(text.stdout, `==> ${a} <==\n${c.text!}\n\n==> ${b} <==\n${c.text!}\n`);
      const json = JSON.parse((await runCliHere(["inspect", a, b, "--format", "json"])).stdout) as Json[];
      assert.deepEqual(
        json.map((j) => j.file),
        [a, b],
      );
    });
  });
});
