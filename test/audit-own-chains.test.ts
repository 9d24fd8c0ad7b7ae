// Chains our own CLI mints — a CA, a sub-CA with a policy, leaves signed from
// requests and one-shot leaves — audit as accepted and verified, for every
// key type.

import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { KEY_TYPES } from "../src/x509/index.js";
import { buildSolo5Image } from "../src/solo5/index.js";
import { runCli } from "./helpers/cli.js";

function ok(args: string[], cwd: string): void {
  const r = runCli(args, { cwd });
  assert.equal(r.status, 0, `${args.join(" ")}: ${r.stderr}`);
}

function audit(chain: string, cwd: string) {
  const r = runCli(["audit", chain, "--ca", "cacert.pem", "--format", "json"], { cwd });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  return JSON.parse(r.stdout) as { accepted: boolean; verified: boolean; name: string; policies: { path: string }[]; findings: unknown[] };
}

describe("audit: chains minted by our own CLI, every key type", function () {
  this.timeout(180000);

  for (const keyType of KEY_TYPES) {
    it(`${keyType}: sub-CA, signed leaves and a one-shot leaf are accepted and verified`, () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), `albatross-ca-own-${keyType}-`));
      const kt = ["--key-type", keyType];
      ok(["generate", "ca", "ca.db", ...kt], dir);
      ok(["add-policy", "tenant", "2", "--mem=1024", "--cpu=0", "--bridge=service", "--csr", ...kt], dir);
      ok(["sign", "cacert.pem", "ca.db", "ca.key", "tenant.req"], dir);
      fs.writeFileSync(path.join(dir, "web.hvt"), buildSolo5Image({ target: "hvt", devices: [{ name: "service", type: "net" }] }));
      ok(["create", "web", "web.hvt", "--mem=128", "--net=service", "--csr", ...kt], dir);
      ok(["sign", "tenant.pem", "ca.db", "tenant.key", "web.req"], dir);
      const signed = audit("web.pem", dir);
      assert.deepEqual(
        [signed.accepted, signed.verified, signed.name, signed.policies.map((p) => p.path), signed.findings],
        [true, true, "tenant:web", ["tenant"], []],
      );
      const once = path.join(dir, "once");
      fs.mkdirSync(once);
      ok(["console", "web", "--issue", "--ca", "tenant.pem", "--ca-key", "tenant.key", "--out-dir", once, ...kt], dir);
      const oneShot = audit(path.join("once", fs.readdirSync(once).find((f) => f.endsWith(".pem"))!), dir);
      assert.deepEqual([oneShot.accepted, oneShot.verified, oneShot.name], [true, true, "tenant:web"]);
    });
  }
});
