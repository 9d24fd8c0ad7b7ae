// `sign CACERT DB CAKEY CSR...`: a folder's worth of requests in one call,
// signed all or none, and `signRequestsFiles`, the library's way to it.

import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildRequest, CaError, createCommand, signRequestsFiles } from "../src/ca/index.js";
import { nameOfString } from "../src/model/name.js";
import { csrToPem, generateKey, parseCertificate } from "../src/x509/index.js";
import { runCliHere } from "./helpers/cli.js";

/** A CA folder (generate) with `<name>.req` for each name, all requests for 2.4. */
async function folder(names: readonly string[]): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sign-many-"));
  assert.equal((await runCliHere(["generate", "ops-ca", "ca.db"], { cwd: dir })).status, 0);
  const key = await generateKey("ed25519");
  fs.mkdirSync(path.join(dir, "requests"));
  for (const name of names) {
    const command = createCommand({ image: new Uint8Array(64).fill(name.length), skipManifestCheck: true });
    const request = await buildRequest(command, nameOfString(name), key, "2.4");
    fs.writeFileSync(path.join(dir, "requests", `${name}.req`), csrToPem(request.der));
  }
  return dir;
}

const read = (dir: string, file: string) => fs.readFileSync(path.join(dir, file), "latin1");
const listing = (dir: string) => fs.readdirSync(dir, { recursive: true }).map(String).sort();

describe("sign: many requests in one call", function () {
  this.timeout(120000);

  it("signs each request in order: one line each, <CN>.pem each, every serial recorded and kept", async () => {
    const names = ["web", "db", "cache"];
    const dir = await folder(names);
    const r = await runCliHere(["sign", "cacert.pem", "ca.db", "ops-ca.key", ...names.map((n) => `requests/${n}.req`), "--out-dir", "out"], { cwd: dir });
    assert.equal(r.status, 0, r.stderr);
    // standard error is no terminal here: no progress bar, only the folder made
    assert.equal(r.stderr, "created folder out\n");
    const lines = r.stdout.trimEnd().split("\n");
    assert.deepEqual(lines.map((l) => l.split(":")[0]), names.map((n) => path.join("out", `${n}.pem`)));
    const db = read(dir, "ca.db").trimEnd().split("\n");
    assert.equal(db.length, 1 + names.length);
    for (const [i, name] of names.entries()) {
      const certificate = parseCertificate(read(dir, `out/${name}.pem`));
      assert.equal(certificate.subjectCn, name);
      assert.equal(db[1 + i], `${certificate.serialHex} ${name}`);
      assert.ok(lines[i]!.includes(`CN=${name}, serial ${certificate.serialHex}, leaf certificate: `), lines[i]);
      assert.equal(read(dir, `ca.db.certs/${certificate.serialHex}.pem`), read(dir, `out/${name}.pem`));
    }
    assert.deepEqual(listing(dir).filter((f) => f.endsWith(".tmp") || f.endsWith(".lock")), []);
  });

  it("--format json: an array of the objects one request prints", async () => {
    const dir = await folder(["a", "b"]);
    const r = await runCliHere(["sign", "cacert.pem", "ca.db", "ops-ca.key", "requests/a.req", "requests/b.req", "--format", "json"], { cwd: dir });
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { common_name: string; files: { certificate: string }; serial: string }[];
    assert.deepEqual(out.map((o) => [o.common_name, o.files.certificate]), [["a", "a.pem"], ["b", "b.pem"]]);
    const one = await runCliHere(["sign", "cacert.pem", "ca.db", "ops-ca.key", "requests/a.req", "--format", "json", "--force"], { cwd: dir });
    assert.equal((JSON.parse(one.stdout) as { common_name: string }).common_name, "a");
  });

  it("one bad request: exit 1, one error line naming its file, nothing written", async () => {
    const dir = await folder(["a", "b"]);
    fs.writeFileSync(path.join(dir, "requests", "broken.req"), "-----BEGIN CERTIFICATE REQUEST-----\nMAA=\n-----END CERTIFICATE REQUEST-----\n");
    const before = listing(dir);
    const db = read(dir, "ca.db");
    const r = await runCliHere(["sign", "cacert.pem", "ca.db", "ops-ca.key", "requests/a.req", "requests/broken.req", "requests/b.req"], { cwd: dir });
    assert.equal(r.status, 1);
    assert.equal(r.stdout, "");
    assert.match(r.stderr, /^error: requests\/broken\.req: certificate request: [^\n]+\n$/);
    assert.deepEqual(listing(dir), before);
    assert.equal(read(dir, "ca.db"), db);
  });

  it("two requests for one CN would write one file twice: refused, naming both, nothing written", async () => {
    const dir = await folder(["a"]);
    fs.copyFileSync(path.join(dir, "requests", "a.req"), path.join(dir, "requests", "again.req"));
    const before = listing(dir);
    const r = await runCliHere(["sign", "cacert.pem", "ca.db", "ops-ca.key", "requests/a.req", "requests/again.req"], { cwd: dir });
    assert.equal(r.status, 1);
    assert.equal(r.stderr, "error: requests/a.req and requests/again.req both request CN=a, that is a.pem: sign them one at a time\n");
    assert.deepEqual(listing(dir), before);
  });

  it("an existing <CN>.pem fails the whole call without --force, and is replaced with it", async () => {
    const dir = await folder(["a", "b"]);
    fs.writeFileSync(path.join(dir, "b.pem"), "mine\n");
    const args = ["sign", "cacert.pem", "ca.db", "ops-ca.key", "requests/a.req", "requests/b.req"];
    const refused = await runCliHere(args, { cwd: dir });
    assert.equal(refused.status, 1);
    assert.equal(refused.stderr, "error: b.pem exists (--force replaces it)\n");
    assert.ok(!fs.existsSync(path.join(dir, "a.pem")));
    assert.equal(read(dir, "ca.db").trimEnd().split("\n").length, 1);
    assert.equal((await runCliHere([...args, "--force"], { cwd: dir })).status, 0);
    assert.equal(parseCertificate(read(dir, "b.pem")).subjectCn, "b");
  });

  it("the library: signRequestsFiles gives each certificate and its file; a failure is a CaError naming the file", async () => {
    const dir = await folder(["x", "y"]);
    const o = {
      caCertificateFile: path.join(dir, "cacert.pem"),
      caKeyFile: path.join(dir, "ops-ca.key"),
      databaseFile: path.join(dir, "ca.db"),
      outDir: dir,
      release: "2.4" as const,
    };
    const signed = await signRequestsFiles({ ...o, requestFiles: ["x", "y"].map((n) => path.join(dir, "requests", `${n}.req`)) });
    assert.deepEqual(signed.map((s) => [s.commonName, s.certificateFile]), [["x", path.join(dir, "x.pem")], ["y", path.join(dir, "y.pem")]]);
    await assert.rejects(
      signRequestsFiles({ ...o, force: true, requestFiles: [path.join(dir, "requests", "x.req"), path.join(dir, "cacert.pem")] }),
      (e: unknown) => e instanceof Error && e.message.startsWith(`${path.join(dir, "cacert.pem")}: `),
    );
    await assert.rejects(signRequestsFiles({ ...o, requestFiles: [path.join(dir, "nothing.req")] }), CaError);
  });
});
