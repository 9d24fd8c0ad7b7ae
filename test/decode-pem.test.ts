// `decode` given a PEM certificate or request: its Albatross extension is
// decoded (stderr says whose), or the user is sent to inspect — never a DER
// type mismatch about the PEM text.

import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { splitPem, certificateToPem } from "../src/x509/index.js";
import { runCli, runCliHere } from "./helpers/cli.js";
import { loadVectors } from "./helpers/paths.js";

describe("decode of PEM input", function () {
  this.timeout(120000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "decode-pem-"));
  const chain = loadVectors("chains.json").find((c) => c.valid && splitPem(c.pem as string).length > 1)!;
  const [leafDer, caDer] = splitPem(chain.pem as string) as [Uint8Array, Uint8Array];
  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return file;
  };
  const leaf = write("leaf.pem", certificateToPem(leafDer));

  it("a certificate: its extension, as Albatross prints it, and stderr says whose", async () => {
    const r = await runCliHere(["decode", "--kind", "extension", leaf]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, `${chain.text as string}\n`);
    assert.match(r.stderr, /^decoding the Albatross extension of this PEM certificate of CN="[^"]+"\n$/);
  });

  it("a certificate request, from standard input", async () => {
    const work = fs.mkdtempSync(path.join(dir, "csr-"));
    assert.equal((await runCliHere(["console", "web", "--count=20", "--csr"], { cwd: work })).status, 0);
    const r = runCli(["decode", "--kind", "extension", "--format", "json"], { input: fs.readFileSync(path.join(work, "web.req")) });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout).command, { kind: "console_subscribe", subscribe: { kind: "count", count: 20 } });
    assert.equal(r.stderr, 'decoding the Albatross extension of this PEM certificate request of CN="web"\n');
  });

  const refused: [string, () => string, string[], string][] = [
    ["a certificate without the extension", () => write("ca.pem", certificateToPem(caDer)), [], "this is a PEM certificate without an Albatross extension: use inspect"],
    ["a certificate for another kind", () => leaf, ["--kind", "wire"], "this is a PEM certificate, not a wire: use inspect"],
    ["a chain", () => write("chain.pem", chain.pem as string), [], "this is a PEM chain of 2 certificates: use inspect"],
    ["a key", () => write("key.pem", "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"), [], 'this is a PEM "PRIVATE KEY" block: use inspect'],
    ["a broken certificate", () => write("broken.pem", "-----BEGIN CERTIFICATE-----\nMAMCAQA=\n-----END CERTIFICATE-----\n"), [], "this is a PEM certificate that does not parse: use inspect"],
    ["a broken request", () => write("broken.req", "-----BEGIN CERTIFICATE REQUEST-----\nMAA=\n-----END CERTIFICATE REQUEST-----\n"), [], "this is a PEM certificate request that does not parse or verify: use inspect"],
    ["mismatched PEM framing", () => write("frame.pem", "-----BEGIN CERTIFICATE-----\nAAAA\n-----END X-----\n"), [], 'this is a broken PEM file: PEM block "BEGIN CERTIFICATE" is closed by "END X"'],
    ["an unterminated PEM block", () => write("open.pem", "-----BEGIN CERTIFICATE-----\nAAAA\n"), [], "this is text without a complete PEM block: use inspect"],
  ];
  for (const [what, file, args, message] of refused) {
    it(`refuses ${what}: exit 1, one error line, no output, no file`, async () => {
      const f = file();
      const cwd = fs.mkdtempSync(path.join(dir, "cwd-"));
      const r = await runCliHere(["decode", f, ...(args.length ? args : ["--kind", "extension"])], { cwd });
      assert.equal(r.status, 1);
      assert.equal(r.stdout, "");
      assert.equal(r.stderr, `error: ${message}\n`);
      assert.deepEqual(fs.readdirSync(cwd), []);
    });
  }
});
