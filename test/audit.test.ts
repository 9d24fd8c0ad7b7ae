import { strict as assert } from "node:assert";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import * as pkijs from "pkijs";
import * as asn1js from "asn1js";

import { encodeExtension } from "../src/codec/index.js";
import { type AuditJson, auditChain, auditToJson } from "../src/inspect/index.js";
import type { Command } from "../src/model/command.js";
import type { Policy } from "../src/model/policy.js";
import { OLD_LAYOUT_DEFAULTS, type UnikernelConfig } from "../src/model/unikernel.js";
import {
  BUILTIN_PROFILES,
  certificateToPem,
  generateCa,
  generateKey,
  type KeyPair,
  issueCertificate,
  signatureHash,
  splitPem,
} from "../src/x509/index.js";
import { ensureEngine } from "../src/x509/engine.js";
import { lazyBatch, runCli, runCliHere } from "./helpers/cli.js";
import { loadVectors } from "./helpers/paths.js";

interface ChainCase {
  id: string;
  pem: string;
  valid: boolean;
  name: string | null;
  version: number | null;
  policies: [string, string][] | null;
  text: string | null;
  error: string | null;
  ca_pem: string | null;
  chain_verified: boolean | null;
}

const CHAINS = loadVectors("chains.json") as unknown as ChainCase[];

/** The fields Albatross's endpoint decides, as the vector states them. */
function expectedVerdict(c: ChainCase) {
  return {
    accepted: c.valid,
    name: c.name,
    version: c.version,
    policies: (c.policies ?? []).map(([path, policy]) => ({ path, policy })),
    command: c.valid ? c.text : null,
    error: c.error,
  };
}

function verdictOf(j: AuditJson) {
  return { accepted: j.accepted, name: j.name, version: j.version, policies: j.policies, command: j.command, error: j.error };
}

const pem = (ders: Uint8Array[]) => ders.map(certificateToPem).join("");

describe("audit: Albatross 2.4.1 chain vectors", function () {
  let dir: string;
  before(() => (dir = mkdtempSync(join(tmpdir(), "albatross-ca-audit-"))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  /** Every chain audited by the CLI's entry point, all in one process (cli-batch). */
  const cliResult = lazyBatch(() =>
    CHAINS.map((c) => {
      const chainFile = join(dir, `${c.id}.pem`);
      writeFileSync(chainFile, c.pem);
      const args = ["audit", chainFile, "--format", "json"];
      if (c.ca_pem !== null) {
        const caFile = join(dir, `${c.id}.ca.pem`);
        writeFileSync(caFile, c.ca_pem);
        args.push("--ca", caFile);
      }
      return { args };
    }),
  );

  it("has the 64 reference chains", function () {
    assert.equal(CHAINS.length, 64);
  });

  for (const [i, c] of CHAINS.entries()) {
    it(`${c.id} (library)`, async function () {
      const r = auditToJson(await auditChain(c.pem, { ca: c.ca_pem, release: "2.4" }));
      assert.deepEqual(verdictOf(r), expectedVerdict(c));
      assert.equal(r.verified, c.ca_pem === null ? null : c.chain_verified);
    });

    it(`${c.id} (CLI)`, function () {
      const r = cliResult(i);
      const out = JSON.parse(r.stdout) as AuditJson;
      assert.deepEqual(verdictOf(out), expectedVerdict(c));
      assert.equal(out.verified, c.ca_pem === null ? null : c.chain_verified);
      // expired and not-yet-valid chains are error findings: a gate lets them through only inside their validity
      const passed = c.valid && out.verified !== false && !out.findings.some((f) => f.severity === "error");
      assert.equal(r.status, passed ? 0 : 1);
      assert.equal(r.stderr, passed ? "" : r.stderr.split("\n")[0] + "\n");
      if (!passed) assert.match(r.stderr, /^error: /);
    });
  }

  it("--jsonl audits every listed file, one JSON line each, and survives bad lines", function () {
    const picked = CHAINS.slice(0, 5);
    const files = picked.map((c) => {
      const f = join(dir, `jsonl-${c.id}.pem`);
      writeFileSync(f, c.pem);
      return f;
    });
    const garbage = join(dir, "garbage.pem");
    writeFileSync(garbage, "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
    const input = [files[0], join(dir, "missing.pem"), "", garbage, ...files.slice(1)].join("\n") + "\n";
    const r = runCli(["audit", "--jsonl"], { input });
    const lines = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l) as AuditJson & { file: string; ok: boolean });
    assert.equal(lines.length, 8);
    assert.deepEqual(verdictOf(lines[0]!), expectedVerdict(picked[0]!));
    assert.match(lines[1]!.error!, /missing\.pem: no such file/);
    assert.equal(lines[2]!.error, "empty line");
    assert.match(lines[3]!.error!, /garbage\.pem: expected only CERTIFICATE blocks/);
    lines.slice(4).forEach((l, i) => assert.deepEqual(verdictOf(l), expectedVerdict(picked[i + 1]!)));
    assert.deepEqual(lines.map((l) => l.file), input.split("\n").slice(0, -1));
    assert.equal(r.status, 1);
  });
});

describe("audit: Albatross 2.7.2 chain vectors", function () {
  const CHAINS27 = loadVectors("chains.json", "2.7") as unknown as (ChainCase & { key_type: string | null })[];
  let dir: string;
  before(() => (dir = mkdtempSync(join(tmpdir(), "albatross-ca-audit27-"))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("has accepted and rejected chains, leaves of every key type", function () {
    assert.ok(CHAINS27.some((c) => c.valid) && CHAINS27.some((c) => !c.valid));
  });

  for (const c of CHAINS27) {
    it(`${c.id} (library): 2.7.2's verdict, name, policies and command`, async function () {
      const r = auditToJson(await auditChain(c.pem, { ca: c.ca_pem, release: "2.7", allReleases: true }));
      assert.deepEqual(verdictOf(r), expectedVerdict(c));
      assert.equal(r.verified, c.ca_pem === null ? null : c.chain_verified);
      assert.equal(r.release, "2.7");
      assert.ok(r.releases?.["2.4"] !== undefined);
    });
  }

  it("the CLI in bulk (--jsonl, one run per CA) gives every chain's verdict", function () {
    const byCa = new Map<string, typeof CHAINS27>();
    for (const c of CHAINS27) byCa.set(c.ca_pem ?? "", [...(byCa.get(c.ca_pem ?? "") ?? []), c]);
    let n = 0;
    for (const [ca, cases] of byCa) {
      const args = ["audit", "--jsonl", "--format", "json", "--albatross", "2.7"];
      if (ca !== "") {
        const caFile = join(dir, `ca-${n++}.pem`);
        writeFileSync(caFile, ca);
        args.push("--ca", caFile);
      }
      const files = cases.map((c) => {
        const f = join(dir, `${c.id}.pem`);
        writeFileSync(f, c.pem);
        return f;
      });
      const r = runCli(args, { input: files.join("\n") + "\n" });
      const lines = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l) as AuditJson);
      assert.equal(lines.length, cases.length);
      cases.forEach((c, i) => assert.deepEqual(verdictOf(lines[i]!), expectedVerdict(c), c.id));
    }
  });
});

describe("audit: tampered chains", function () {
  const base = CHAINS.find((c) => c.id === "chain-ed25519-ca-sub-subsub-create")!;
  const baseDers = () => splitPem(base.pem);

  it("a flipped signature byte fails verification", async function () {
    const ders = baseDers();
    const leaf = new Uint8Array(ders[0]!);
    leaf[leaf.length - 1]! ^= 0x01;
    const r = auditToJson(await auditChain(pem([leaf, ...ders.slice(1)]), { ca: base.ca_pem! }));
    assert.equal(r.accepted, true, "Albatross's endpoint does not look at signatures");
    assert.equal(r.verified, false);
    assert.ok(r.findings.some((f) => f.severity === "error" && /signature of CN=myunik does not verify/.test(f.message)));
  });

  it("a wrong CA fails verification, and the CLI exits 1", async function () {
    const other = CHAINS.find((c) => c.id === "chain-p256-ca-console")!;
    const r = auditToJson(await auditChain(base.pem, { ca: other.ca_pem! }));
    assert.equal(r.verified, false);
    assert.ok(r.findings.some((f) => /refuses the chain: CN=ca has a key that cannot make the ED25519 signature/.test(f.message)));
  });

  it("a chain checked after its leaf expired is out of validity, but still verified", async function () {
    const r = auditToJson(await auditChain(base.pem, { ca: base.ca_pem!, at: new Date("2030-01-01T00:00:00Z") }));
    assert.equal(r.in_validity, false);
    assert.equal(r.verified, true);
    assert.ok(r.findings.some((f) => f.severity === "error" && /^leaf \(CN=myunik\) expired at /.test(f.message)));
    const before = auditToJson(await auditChain(base.pem, { ca: base.ca_pem!, at: new Date("2020-01-01T00:00:00Z") }));
    assert.ok(before.findings.some((f) => /is not valid before/.test(f.message)));
  });

  it("--at is honoured by the CLI", async function () {
    const dir = mkdtempSync(join(tmpdir(), "albatross-ca-audit-at-"));
    try {
      writeFileSync(join(dir, "chain.pem"), base.pem);
      writeFileSync(join(dir, "ca.pem"), base.ca_pem!);
      const chain = join(dir, "chain.pem");
      const during = await runCliHere(["audit", chain, "--ca", join(dir, "ca.pem"), "--at", "2026-11-27T00:08:00Z", "--format", "json"]);
      assert.equal(during.status, 0, during.stderr);
      const j = JSON.parse(during.stdout) as AuditJson;
      assert.equal(j.in_validity, true);
      assert.deepEqual(j.findings, []);
      const bad = await runCliHere(["audit", chain, "--at", "yesterday"]);
      assert.equal(bad.status, 1);
      assert.match(bad.stderr, /^error: --at: invalid RFC 3339 timestamp/);
      assert.equal(bad.stdout, "");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

const POLICY: Policy = { unikernels: 3n, cpuids: [1n, 2n], memory: 1024n, block: 100n, bridges: ["mgmt", "service"] };

const CONFIG: UnikernelConfig = {
  typ: "solo5",
  compressed: false,
  image: new Uint8Array([1, 2, 3, 4]),
  failBehaviour: { kind: "quit" },
  ...OLD_LAYOUT_DEFAULTS,
  cpuids: [1n],
  memory: 512n,
  blockDevices: [],
  bridges: [{ name: "service", bridge: null, mac: null }],
  argv: null,
};

const extension = (command: Command) => encodeExtension({ version: 5, command }, "2.4");

interface Built {
  chain: string;
  ca: string;
  caKey: KeyPair;
}

/** A fresh CA, one sub-CA per policy (outermost first, named sub0, sub1, ...) and a leaf "app". */
async function buildChain(policies: Policy[], leafCommand: Command): Promise<Built> {
  const ca = await generateCa("test-ca");
  let issuer = { kind: "ca" as const, certificate: ca.certificate.der, key: ca.key };
  const above: Uint8Array[] = [];
  for (const [i, policy] of policies.entries()) {
    const key = await generateKey();
    const sub = await issueCertificate({
      issuer,
      subjectCn: `sub${i}`,
      subjectPublicKey: key.spki,
      profile: BUILTIN_PROFILES["sub-ca"],
      albatrossExtension: extension({ kind: "policy_add", policy }),
    });
    above.unshift(sub.der);
    issuer = { kind: "ca", certificate: sub.der, key };
  }
  const leafKey = await generateKey();
  const leaf = await issueCertificate({
    issuer,
    subjectCn: "app",
    subjectPublicKey: leafKey.spki,
    profile: BUILTIN_PROFILES.leaf,
    albatrossExtension: extension(leafCommand),
  });
  return { chain: pem([leaf.der, ...above]), ca: ca.certificate.pem, caKey: ca.key };
}

// These chains carry 2.4-encoded extensions, so they are judged as Albatross 2.4.1 judges them.
describe("audit: chains built with our own issuer", function () {
  it("a well-formed delegation passes without findings", async function () {
    const b = await buildChain([{ ...POLICY, memory: 2048n, bridges: ["ext", "mgmt", "service"] }, POLICY], {
      kind: "unikernel_create",
      config: CONFIG,
    });
    const r = auditToJson(await auditChain(b.chain, { ca: b.ca, release: "2.4" }));
    assert.equal(r.accepted, true);
    assert.equal(r.name, "sub0:sub1:app");
    assert.deepEqual(
      r.policies.map((p) => p.path),
      ["sub0:sub1", "sub0"],
    );
    assert.equal(r.verified, true);
    assert.equal(r.in_validity, true);
    assert.deepEqual(r.findings, []);
  });

  it("a sub-CA policy larger than its parent's is an error finding that says which asks for what", async function () {
    const b = await buildChain([POLICY, { ...POLICY, memory: 2048n }], { kind: "unikernel_info" });
    const r = auditToJson(await auditChain(b.chain, { ca: b.ca, release: "2.4" }));
    assert.equal(r.accepted, true);
    assert.deepEqual(r.findings, [
      {
        severity: "error",
        message: "policy of sub0:sub1 exceeds the policy of sub0: this policy allows 2048 MB of memory, more than the 1024 MB of the policy above",
      },
    ]);
  });

  it("a create asking for more memory than the innermost policy is an error finding", async function () {
    const b = await buildChain([POLICY], { kind: "unikernel_create", config: { ...CONFIG, memory: 4096n } });
    const r = auditToJson(await auditChain(b.chain, { ca: b.ca, release: "2.4" }));
    assert.equal(r.accepted, true);
    assert.equal(r.verified, true);
    assert.deepEqual(r.findings, [
      {
        severity: "error",
        message: "unikernel create does not fit the policy of sub0: 4096 MB memory assigned to unikernel exceeds policy (1024MB)",
      },
    ]);
  });

  it("a create on a CPU or bridge outside the policy is an error finding", async function () {
    const cpu = await buildChain([POLICY], { kind: "unikernel_force_create", config: { ...CONFIG, cpuids: [7n] } });
    assert.deepEqual(auditToJson(await auditChain(cpu.chain, { release: "2.4" })).findings.filter((f) => f.severity === "error"), [
      {
        severity: "error",
        message: "unikernel force create does not fit the policy of sub0: CPUid of unikernel (7) not allowed by policy (1, 2)",
      },
    ]);
    const bridges = [
      { name: "service", bridge: "ext", mac: null },
      { name: "mgmt", bridge: null, mac: null },
    ];
    const net = await buildChain([POLICY], { kind: "unikernel_create", config: { ...CONFIG, bridges } });
    assert.deepEqual(auditToJson(await auditChain(net.chain, { release: "2.4" })).findings.filter((f) => f.severity === "error"), [
      {
        severity: "error",
        message: "unikernel create does not fit the policy of sub0: Bridge(s) ext not allowed by policy (available: mgmt, service)",
      },
    ]);
  });

  it("a console add leaf is refused by the endpoint, yet verifies", async function () {
    const b = await buildChain([POLICY], { kind: "console_add", maxUnikernels: null });
    const r = auditToJson(await auditChain(b.chain, { ca: b.ca, release: "2.4" }));
    assert.equal(r.accepted, false);
    assert.equal(r.error, "unexpected command");
    assert.equal(r.verified, true);
  });

  it("a 10-certificate chain is too long for Albatross, yet verifies", async function () {
    const b = await buildChain(Array.from({ length: 9 }, () => POLICY), { kind: "unikernel_info" });
    assert.equal(splitPem(b.chain).length, 10);
    const r = auditToJson(await auditChain(b.chain, { ca: b.ca, release: "2.4" }));
    assert.equal(r.accepted, false);
    assert.equal(r.error, "certificate chain too long");
    assert.equal(r.verified, true);
  });

  it("a critical Albatross extension fails verification but not the endpoint", async function () {
    const b = await buildChain([], { kind: "unikernel_info" });
    const leaf = new pkijs.Certificate({ schema: asn1js.fromBER(splitPem(b.chain)[0]!).result });
    const ext = leaf.extensions!.find((e) => e.extnID === "1.3.6.1.4.1.49836.42")!;
    ext.critical = true;
    await leaf.sign(b.caKey.privateKey, signatureHash(b.caKey.keyType), ensureEngine());
    const der = new Uint8Array(leaf.toSchema(true).toBER(false));
    const r = auditToJson(await auditChain(certificateToPem(der), { ca: b.ca, release: "2.4" }));
    assert.equal(r.accepted, true);
    assert.equal(r.verified, false);
    assert.deepEqual(
      r.findings.map((f) => f.message),
      ["Albatross's TLS layer refuses the chain: leaf CN=app: the Albatross extension is critical; it must be non-critical"],
    );
  });

  it("a leaf that is itself a CA fails verification", async function () {
    const ca = await generateCa("test-ca");
    const key = await generateKey();
    const leaf = await issueCertificate({
      issuer: { kind: "ca", certificate: ca.certificate.der, key: ca.key },
      subjectCn: "app",
      subjectPublicKey: key.spki,
      profile: BUILTIN_PROFILES["sub-ca"],
      albatrossExtension: extension({ kind: "unikernel_info" }),
    });
    const r = auditToJson(await auditChain(leaf.pem, { ca: ca.certificate.pem, release: "2.4" }));
    assert.equal(r.accepted, true);
    assert.equal(r.verified, false);
    assert.ok(r.findings.some((f) => /is a CA certificate/.test(f.message)));
  });

  it("unreadable input is one error line and exit status 1", function () {
    const dir = mkdtempSync(join(tmpdir(), "albatross-ca-audit-bad-"));
    try {
      writeFileSync(join(dir, "bad.pem"), "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n");
      const bad = join(dir, "bad.pem");
      for (const args of [["audit", bad], ["audit", join(dir, "nope.pem")], ["audit", "-", "--ca", bad], ["audit", bad, "--formt"]]) {
        const r = runCli(args, { input: "" });
        assert.equal(r.status, 1);
        assert.equal(r.stdout, "");
        assert.match(r.stderr, /^error: [^\n]+\n(usage: [^\n]+\n)?$/);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("audit of hostile sizes", function () {
  it("refuses a chain longer than Albatross accepts without decoding it", async function () {
    // blocks that would not even decode: nothing of the chain is read
    const block = "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n";
    const garbage = block.repeat(10_000);
    const r = await auditChain(garbage, { ca: garbage });
    assert.deepEqual(r.verdict, { accepted: false, error: "certificate chain too long", release: "2.7" });
    assert.equal(r.verified, false);
    assert.deepEqual(
      r.findings.map((f) => f.message),
      ["not verified: 10000 certificates, Albatross accepts at most 9"],
    );
    // one past the limit is enough; at the limit the chain is still read (and these blocks are unreadable)
    assert.equal((await auditChain(block.repeat(11))).verdict.accepted, false);
    await assert.rejects(auditChain(block.repeat(10)), /trailing bytes|certificate/);
  });
});
