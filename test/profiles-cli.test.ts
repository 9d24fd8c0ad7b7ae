// Certificate profiles as data: an operator copies one from
// templates/profiles, adjusts it, and hands it to `generate` or `sign` with
// --profile; unsafe or mismatched profiles are refused before anything is written.

import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseCertificate } from "../src/x509/index.js";
import { runCliHere } from "./helpers/cli.js";
import { repoRoot } from "./helpers/paths.js";

const DAY = 86_400_000;
const profilesDir = path.join(repoRoot, "templates", "profiles");

function adjusted(dir: string, kind: string, change: (p: Record<string, any>) => void): string {
  const p = JSON.parse(fs.readFileSync(path.join(profilesDir, `${kind}.json`), "utf8"));
  change(p);
  const file = path.join(dir, `my-${kind}.json`);
  fs.writeFileSync(file, JSON.stringify(p));
  return file;
}

const lifetime = (file: string) => {
  const c = parseCertificate(fs.readFileSync(file, "utf8"));
  return c.notAfter.getTime() - c.notBefore.getTime();
};

describe("certificate profiles on the command line (--profile)", function () {
  this.timeout(60000);
  let dir: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "albatross-ca-profiles-"));
  });

  it("generate uses the operator's root-ca and server profiles", async () => {
    const root = adjusted(dir, "root-ca", (p) => (p.validity = { days: 1000 }));
    const server = adjusted(dir, "server", (p) => (p.validity = { days: 30 }));
    const r = await runCliHere(["generate", "ca", "ca.db", "--profile", root, "--profile", server], { cwd: dir });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(lifetime(path.join(dir, "cacert.pem")), 1000 * DAY + 10_000);
    assert.equal(lifetime(path.join(dir, "server.pem")), 30 * DAY + 10_000);
  });

  it("sign picks the profile of the request's kind; --days still overrides its validity", async () => {
    assert.equal((await runCliHere(["generate", "ca", "ca.db"], { cwd: dir })).status, 0);
    assert.equal((await runCliHere(["console", "web", "--csr"], { cwd: dir })).status, 0);
    const leaf = adjusted(dir, "leaf", (p) => (p.validity = { days: 7 }));
    const r = await runCliHere(["sign", "cacert.pem", "ca.db", "ca.key", "web.req", "--profile", leaf], { cwd: dir });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(lifetime(path.join(dir, "web.pem")), 7 * DAY + 10_000);
    const d = await runCliHere(["sign", "cacert.pem", "ca.db", "ca.key", "web.req", "--profile", leaf, "--days", "2", "--force"], { cwd: dir });
    assert.equal(d.status, 0, d.stderr);
    assert.equal(lifetime(path.join(dir, "web.pem")), 2 * DAY + 10_000);
  });

  it("refuses a profile of another kind, and unsafe profiles naming the file and field, writing nothing", async () => {
    assert.equal((await runCliHere(["generate", "ca", "ca.db"], { cwd: dir })).status, 0);
    assert.equal((await runCliHere(["console", "web", "--csr"], { cwd: dir })).status, 0);
    const before = fs.readFileSync(path.join(dir, "ca.db"), "utf8");
    const subCa = path.join(profilesDir, "sub-ca.json");
    const wrong = await runCliHere(["sign", "cacert.pem", "ca.db", "ca.key", "web.req", "--profile", subCa], { cwd: dir });
    assert.equal(wrong.status, 1);
    assert.equal(wrong.stderr, `error: this needs a leaf profile; the profiles given are for sub-ca (${subCa})\n`);
    const unsafe = adjusted(dir, "leaf", (p) => (p.extensions.basicConstraints.ca = true));
    const r = await runCliHere(["sign", "cacert.pem", "ca.db", "ca.key", "web.req", "--profile", unsafe], { cwd: dir });
    assert.equal(r.status, 1);
    assert.match(r.stderr, /^error: .*my-leaf\.json: .*extensions\.basicConstraints\.ca.*\n$/);
    assert.ok(!fs.existsSync(path.join(dir, "web.pem")));
    assert.equal(fs.readFileSync(path.join(dir, "ca.db"), "utf8"), before);
  });
});
