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

  it("refuses text that is no JSON (saying where), base64 that is none, and a wrong form: one line, exit 1, no files", async () => {
    const create = (image: string) =>
      `{"kind": "unikernel_create", "config": {"typ": "solo5", "compressed": false, "image": ${image}, "fail_behaviour": {"kind": "quit"}, ` +
      '"startup": null, "cpuids": [0], "memory": 32, "block_devices": [], "bridges": [], "argv": null, "linux_boot_partition": null}}';
    const file = path.join(dir, "broken.json");
    for (const [i, [input, error]] of [
      ['{"kind": }', "standard input is not valid JSON: expected a value (line 1, column 10)"],
      [create('{"length": 3, "base64": "AAAA"}').replace("\"memory\": 32,", "\n  \"memory\": 32 "), "standard input is not valid JSON: expected ',' (line 2, column 17)"],
      ["", "standard input is not valid JSON: expected a value (line 1, column 1)"],
      [create('{"length": 3, "base64": "AA=A"}'), "command.config.image.base64: invalid base64"],
      [create('{"length": 4, "base64": "AAAA"}'), "command.config.image.length: is 4, but the data has 3 bytes"],
      [create('{"length": 3, "base64": "AAAA", "sha": 1}'), 'command.config.image: unknown field "sha"'],
      [create('"AAAA"'), 'command.config.image: expected {"base64": ...}'],
    ].entries()) {
      const out = path.join(dir, "refused");
      // standard input is read as a file is (a child, for its standard input): text that is no JSON, base64 that is none
      if (i === 0 || i === 3) {
        const piped = runCli(["request", "-", "--name", "x", "--out-dir", out], { input });
        assert.deepEqual([piped.status, piped.stdout, piped.stderr], [1, "", `error: ${error}\n`], input);
      }
      fs.writeFileSync(file, input);
      const read = await runCliHere(["request", file, "--name", "x", "--out-dir", out]);
      assert.deepEqual([read.status, read.stdout, read.stderr], [1, "", `error: ${error!.replace(/^standard input/, file)}\n`], input);
      assert.equal(fs.existsSync(out), false);
    }
    const missing = await runCliHere(["request", path.join(dir, "none.json"), "--name", "x"]);
    assert.equal(missing.stderr, `error: ${path.join(dir, "none.json")}: no such file\n`);
  });
});
