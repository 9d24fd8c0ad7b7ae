// Chains our own CLI mints — a CA, a sub-CA with a policy, leaves signed from
// requests and one-shot leaves — audit as accepted and verified, for every
// key type.

import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { encodeExtension } from "../src/codec/index.js";
import { KEY_TYPES, createCsr, csrToPem, generateKey } from "../src/x509/index.js";
import { buildSolo5Image } from "../src/solo5/index.js";
import { type CliResult, runCliHere } from "./helpers/cli.js";
import { placeKeys } from "./helpers/fixed-keys.js";

/**
 * CLI calls run in order in the test's process (runCliHere: the CLI's own entry point, each call
 * seeing the files the earlier ones wrote), every one of which must succeed; their results.
 */
async function ok(calls: string[][], cwd: string, env?: Record<string, string>): Promise<CliResult[]> {
  const results: CliResult[] = [];
  for (const args of calls) results.push(await runCliHere(args, { cwd, ...(env ? { env } : {}) }));
  results.forEach((r, i) => assert.equal(r.status, 0, `${calls[i]!.join(" ")}: ${r.stderr}`));
  return results;
}

const auditArgs = (chain: string) => ["audit", chain, "--ca", "cacert.pem", "--format", "json"];

interface Audited {
  accepted: boolean;
  verified: boolean;
  name: string;
  command: string;
  policies: { path: string }[];
  findings: unknown[];
  release: string;
}

const audited = (r: CliResult) => JSON.parse(r.stdout) as Audited;

describe("audit: chains minted by our own CLI, every key type", function () {
  this.timeout(180000);

  for (const keyType of KEY_TYPES) {
    it(`${keyType}: sub-CA, signed leaves and a one-shot leaf are accepted and verified`, async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), `albatross-ca-own-${keyType}-`));
      placeKeys(dir, keyType, ["ca", "server", "tenant", "web"]);
      const kt = ["--key-type", keyType];
      fs.writeFileSync(path.join(dir, "web.hvt"), buildSolo5Image({ target: "hvt", devices: [{ name: "service", type: "net" }] }));
      const once = path.join(dir, "once");
      fs.mkdirSync(once);
      const minted = await ok(
        [
          ["generate", "ca", "ca.db", ...kt],
          ["add-policy", "tenant", "2", "--mem=1024", "--cpu=0", "--bridge=service", "--csr", ...kt],
          ["sign", "cacert.pem", "ca.db", "ca.key", "tenant.req"],
          ["create", "web", "web.hvt", "--mem=128", "--net=service", "--csr", ...kt],
          ["sign", "tenant.pem", "ca.db", "tenant.key", "web.req"],
          auditArgs("web.pem"),
          ["console", "web", "--issue", "--ca", "tenant.pem", "--ca-key", "tenant.key", "--out-dir", once, ...kt],
        ],
        dir,
      );
      const signed = audited(minted[5]!);
      assert.deepEqual(
        [signed.accepted, signed.verified, signed.name, signed.policies.map((p) => p.path), signed.findings],
        [true, true, "tenant:web", ["tenant"], []],
      );
      const [audit] = await ok([auditArgs(path.join("once", fs.readdirSync(once).find((f) => f.endsWith(".pem"))!))], dir);
      const oneShot = audited(audit!);
      assert.deepEqual([oneShot.accepted, oneShot.verified, oneShot.name], [true, true, "tenant:web"]);
    });
  }
});

describe("audit: chains minted by our own CLI for Albatross 2.7, every key type, every new field", function () {
  this.timeout(600000);
  const v27 = { ALBATROSS_VERSION: "2.7" };
  const ok27 = (calls: string[][], cwd: string) => ok(calls, cwd, v27);

  KEY_TYPES.forEach((keyType, i) => {
    it(`${keyType}: a policy and a create with a CPU set, #cpus, startup and no add_name are accepted by 2.7.2`, async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), `albatross-ca-own27-${keyType}-`));
      placeKeys(dir, keyType, ["ca", "server", "tenant", "web"]);
      const kt = ["--key-type", keyType];
      fs.writeFileSync(path.join(dir, "web.hvt"), buildSolo5Image({ target: "hvt", devices: [{ name: "service", type: "net" }] }));
      const minted = await ok27(
        [
          ["generate", "ca", "ca.db", ...kt],
          ["replace-policy", "tenant", "4", "--mem=2048", "--cpu=0", "--cpu=1", "--cpu=2", "--network=service", "--block=100", "--csr", ...kt],
          ["sign", "cacert.pem", "ca.db", "ca.key", "tenant.req"],
          ["create", "web", "web.hvt", "--mem=128", "--net=service", "--cpu=1", "--cpu=2", "--cpus=2", "--startup=5", "--no-add-name", "--csr", ...kt],
          ["sign", "tenant.pem", "ca.db", "tenant.key", "web.req"],
          auditArgs("web.pem"),
        ],
        dir,
      );
      const web = audited(minted[5]!);
      assert.deepEqual([web.accepted, web.verified, web.name, web.findings, web.release], [true, true, "tenant:web", [], "2.7"]);
      assert.match(web.command, /startup at 5 add_name false CPUids 1, 2 128 MB memory .* #cpus 2\nlinux_boot not specified$/);
      if (i > 0) return;
      // the rest of 2.7's new commands, once
      fs.writeFileSync(path.join(dir, "disk.img"), "");
      fs.writeFileSync(path.join(dir, "seed.bin"), "data");
      const expected: [string, string, RegExp][] = [
        ["vm", "tenant:vm", /^unikernel create typ BHyve compression false image 0 bytes .*linux_boot msdos1$/s],
        ["web", "tenant:web", /^unikernel restart fail behaviour quit startup at 1 add_name true CPUids 0, 2 /],
        [".", "tenant:", /^console list inactive available ringbuffers$/],
        ["blk", "tenant:blk", /^block add 10$/],
      ];
      const rest = await ok27(
        [
          ["create", "vm", "disk.img", "--typ=bhyve", "--mem=1024", "--block=0:vm-disk", "--linux-boot=msdos1", "--arg=console=ttyS0", "--csr"],
          // web.req and web.pem exist from the create above: replacing them takes --force
          ["restart", "web", "--replace-arguments", "--cpu=0", "--cpu=2", "--startup=1", "--net=service", "--csr", "--force"],
          ["inactive-consoles", "--csr"],
          ["create-block", "blk", "10", "--data=seed.bin", "--csr"],
          ...expected.flatMap(([cn]) => [["sign", "tenant.pem", "ca.db", "tenant.key", `${cn}.req`, "--force"], auditArgs(`${cn}.pem`)]),
          ["sign", "tenant.pem", "ca.db", "tenant.key", "blk.data.req", "--force"],
          auditArgs("blk.pem"),
        ],
        dir,
      );
      assert.match(rest[3]!.stdout, /blk\.data\.req: request for CN=blk: block set compressed true/);
      expected.forEach(([cn, name, command], k) => {
        const a = audited(rest[4 + 2 * k + 1]!);
        assert.deepEqual([a.accepted, a.verified, a.name], [true, true, name], cn);
        assert.match(a.command, command, cn);
      });
      const set = audited(rest[rest.length - 1]!);
      assert.deepEqual([set.accepted, set.command], [true, "block set compressed true"]);
    });
  });

  it("a request only Albatross 2.4 reads (wire version 4) is refused by sign under 2.7, naming 2.4", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "albatross-ca-own27-v4-"));
    await ok27([["generate", "ca", "ca.db"]], dir);
    const ext = encodeExtension({ version: 4, command: { kind: "console_subscribe", subscribe: { kind: "count", count: 5n } } }, "2.4");
    fs.writeFileSync(path.join(dir, "old.req"), csrToPem(await createCsr("old", await generateKey("ed25519"), ext)));
    const r = await runCliHere(["sign", "cacert.pem", "ca.db", "ca.key", "old.req"], { cwd: dir, env: v27 });
    assert.equal(r.status, 1);
    assert.equal(
      r.stderr,
      "error: the request's Albatross extension does not decode: unknown version number 0x4 (Albatross 2.4 reads this)\n",
    );
    assert.equal((await runCliHere(["sign", "cacert.pem", "ca.db", "ca.key", "old.req", "--albatross", "2.4"], { cwd: dir, env: v27 })).status, 0);
  });
});
