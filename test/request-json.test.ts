// What `inspect --format json` prints for a certificate re-creates its
// command: `request FILE` writes a request whose extension is byte for byte
// the certificate's.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildSolo5Image } from "../src/solo5/index.js";
import { parseCertificate, parseCsr } from "../src/x509/index.js";
import { runCli, runCliHere } from "./helpers/cli.js";
import { cliPath } from "./helpers/paths.js";

describe("request: re-creating a command from its JSON form", function () {
  this.timeout(60000);
  let dir: string;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "albatross-ca-request-"));
    fs.writeFileSync(path.join(dir, "web.hvt"), buildSolo5Image({ target: "hvt", devices: [{ name: "service", type: "net" }] }));
    assert.equal((await runCliHere(["generate", "ca", "ca.db"], { cwd: dir })).status, 0);
  });

  const cases: [string, string[], string][] = [
    ["create", ["create", "web", "web.hvt", "--mem=64", "--net=service", "--arg=-l", "--csr"], "web"],
    ["add-policy", ["add-policy", "alice", "3", "--cpu=0", "--bridge=service", "--csr"], "alice"],
    ["console", ["console", "logs", "--since=2024-01-02T03:04:05.123Z", "--csr"], "logs"],
    ["policy info at the root", ["policy", "--csr"], "."],
  ];

  for (const [what, args, cn] of cases) {
    it(`${what}: inspect → request gives the certificate's extension again`, async () => {
      const work = fs.mkdtempSync(path.join(dir, "case-"));
      assert.equal((await runCliHere([...args, "--out-dir", work], { cwd: dir })).status, 0);
      const signed = await runCliHere(["sign", "cacert.pem", "ca.db", "ca.key", path.join(work, `${cn}.req`), "--out-dir", work], { cwd: dir });
      assert.equal(signed.status, 0, signed.stderr);
      const inspected = await runCliHere(["inspect", path.join(work, `${cn}.pem`), "--format", "json"]);
      assert.equal(inspected.status, 0, inspected.stderr);
      const again = fs.mkdtempSync(path.join(dir, "again-"));
      const r = runCli(["request", "-", "--out-dir", again], { input: inspected.stdout });
      assert.equal(r.status, 0, r.stderr);
      const original = parseCertificate(fs.readFileSync(path.join(work, `${cn}.pem`), "utf8")).albatrossExtension!.value;
      const recreated = (await parseCsr(fs.readFileSync(path.join(again, `${cn}.req`)))).albatrossExtension!;
      assert.deepEqual(Buffer.from(recreated), Buffer.from(original));
    });
  }

  it("takes decode's JSON through a shell pipe, with --name", async () => {
    const out = fs.mkdtempSync(path.join(dir, "pipe-"));
    execFileSync("bash", ["-c", `node ${cliPath} decode --kind extension --format json --hex 3009020105a304a3020500 | node ${cliPath} request - --name foo --out-dir ${out}`]);
    const csr = await parseCsr(fs.readFileSync(path.join(out, "foo.req")));
    assert.equal(Buffer.from(csr.albatrossExtension!).toString("hex"), "3009020105a304a3020500");
  });

  it("needs a name when the JSON has none, and refuses JSON that is no command", () => {
    const bare = runCli(["request", "-"], { input: '{"kind":"unikernel_destroy"}' });
    assert.equal(bare.stderr, "error: give --name: the JSON does not say whose command it is\n");
    const wrong = runCli(["request", "-", "--name", "x"], { input: '{"kind":"launch"}' });
    assert.equal(wrong.status, 1);
    assert.match(wrong.stderr, /^error: command\.kind: expected one of console_add, /);
  });
});
