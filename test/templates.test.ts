// Command presets: each loads and validates, expands into the arguments that
// mint the expected request, loses to flags the user gives, and a broken
// preset names its file and field.

import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { decodeExtension } from "../src/codec/index.js";
import { ppCommand } from "../src/render/albatross.js";
import { parseCsr } from "../src/x509/index.js";
import { applyTemplate, listPresets, loadPreset } from "../src/templates/presets.js";
import { buildSolo5Image } from "../src/solo5/index.js";
import { runCliHere } from "./helpers/cli.js";

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "albatross-ca-templates-"));

async function requestText(dir: string, cn: string): Promise<string> {
  const csr = await parseCsr(fs.readFileSync(path.join(dir, `${cn}.req`)));
  return ppCommand(decodeExtension(csr.albatrossExtension!, "2.4").command, "2.4", { verbose: true });
}

describe("command presets (templates/presets)", () => {
  it("every preset loads and is offered by `templates`", async () => {
    const presets = listPresets();
    assert.ok(presets.length >= 5);
    const listed = await runCliHere(["templates", "--format", "json"]);
    assert.equal(listed.status, 0);
    assert.deepEqual(
      (JSON.parse(listed.stdout) as { name: string }[]).map((p) => p.name),
      presets.map((p) => p.name),
    );
  });

  const expected: Record<string, { args: string[]; cn: string; text: string }> = {
    "tenant-small": { args: ["add-policy", "alice"], cn: "alice", text: "policy add policy: 2 unikernels 0 cpus 1024 MB memory 1024 MB block, bridges: service" },
    "tenant-medium": { args: ["add-policy", "bob"], cn: "bob", text: "policy add policy: 8 unikernels 0,1 cpus 4096 MB memory 10240 MB block, bridges: mgmt, service" },
    "tenant-large": { args: ["add-policy", "carol"], cn: "carol", text: "policy add policy: 32 unikernels 0,1,2,3 cpus 16384 MB memory 102400 MB block, bridges: mgmt, service" },
    "console-tail": { args: ["console", "web"], cn: "web", text: "console subscribe number 100" },
  };

  for (const [name, e] of Object.entries(expected)) {
    it(`${name} mints the request it describes`, async () => {
      const dir = tmp();
      const r = await runCliHere([...e.args, "--template", name, "--csr", "--out-dir", dir]);
      assert.equal(r.status, 0, r.stderr);
      assert.equal(await requestText(dir, e.cn), e.text);
    });
  }

  const creates: [string, { name: string; type: "block" | "net" }[], string][] = [
    ["web-unikernel", [{ name: "service", type: "net" }], "fail behaviour restart all except 1 cpu 0 128 MB memory block devices  bridge service -> service argv no"],
    [
      "storage-unikernel",
      [{ name: "storage", type: "block" }, { name: "service", type: "net" }],
      "fail behaviour restart all except 1 cpu 0 256 MB memory block devices storage -> storage, sector-size: 4096 bridge service -> service argv no",
    ],
  ];
  for (const [name, devices, tail] of creates) {
    it(`${name} mints a create request for an image with its devices`, async () => {
      const dir = tmp();
      fs.writeFileSync(path.join(dir, "u.hvt"), buildSolo5Image({ target: "hvt", devices }));
      const r = await runCliHere(["create", "u", "u.hvt", "--template", name, "--csr", "--compression-level=0"], { cwd: dir });
      assert.equal(r.status, 0, r.stderr);
      assert.ok((await requestText(dir, "u")).endsWith(tail), await requestText(dir, "u"));
    });
  }

  it("flags given on the command line override the preset, lists replace lists", async () => {
    const dir = tmp();
    const r = await runCliHere(["add-policy", "alice", "5", "--template=tenant-medium", "--cpu=7", "--mem", "2048", "--csr", "--out-dir", dir]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(await requestText(dir, "alice"), "policy add policy: 5 unikernels 7 cpus 2048 MB memory 10240 MB block, bridges: mgmt, service");
  });

  it("expands into plain arguments", async () => {
    assert.deepEqual(applyTemplate(["create", "web", "web.hvt", "--template", "web-unikernel", "--mem=64"]), [
      "create", "web", "web.hvt", "--mem=64", "--net=service", "--restart-on-fail",
    ]);
    assert.deepEqual(applyTemplate(["destroy", "web"]), ["destroy", "web"]);
  });

  it("refuses a preset of another command, and unknown presets", async () => {
    const other = await runCliHere(["create", "web", "x.hvt", "--template", "tenant-small"]);
    assert.equal(other.status, 1);
    assert.equal(other.stderr, "error: template tenant-small is for `add-policy`, not `create`\n");
    const unknown = await runCliHere(["console", "web", "--template", "nope"]);
    assert.equal(unknown.status, 1);
    assert.match(unknown.stderr, /^error: unknown template "nope" \(available: .*tenant-small.*\)\n$/);
  });

  const broken: [string, unknown, RegExp][] = [
    ["unknown field", { description: "x", command: "console", arguments: {}, extra: 1 }, /: extra: unknown field$/],
    ["bad command", { description: "x", command: "launch", arguments: {} }, /: command: expected one of create, /],
    ["bad integer", { description: "x", command: "add-policy", arguments: { mem: "lots" } }, /: arguments\.mem "lots": expected an integer$/],
    ["bad MAC", { description: "x", command: "create", arguments: { net: ["service@zz"] } }, /: arguments\.net "service@zz": /],
    ["argument of another command", { description: "x", command: "console", arguments: { mem: 1 } }, /: arguments\.mem: not an argument of console/],
    ["list for one value", { description: "x", command: "console", arguments: { count: [1, 2] } }, /: arguments\.count: takes one value, not a list$/],
    ["not a flag", { description: "x", command: "create", arguments: { force: "yes" } }, /: arguments\.force: expected true or false$/],
    ["a name of Object.prototype as command", { description: "x", command: "constructor", arguments: {} }, /: command: expected one of create, /],
    ["a name of Object.prototype as argument", { description: "x", command: "console", arguments: { toString: 1 } }, /: arguments\.toString: not an argument of console/],
  ];
  for (const [what, json, message] of broken) {
    it(`a broken preset (${what}) names the file and the field`, async () => {
      const file = path.join(tmp(), "broken.json");
      fs.writeFileSync(file, JSON.stringify(json));
      assert.throws(() => loadPreset(file), (e: Error) => e.message.startsWith(file) && message.test(e.message));
      const r = await runCliHere(["console", "web", "--template", file]);
      assert.equal(r.status, 1);
      assert.ok(r.stderr.startsWith(`error: ${file}: `), r.stderr);
    });
  }
});
