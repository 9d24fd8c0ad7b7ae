// Bulk mode (--jsonl): exactly one JSON line out per line in, blank lines
// included, so that `paste`/`cut` pipelines stay aligned; inspect and audit
// name the file each line is about.

import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { runCli, runCliHere } from "./helpers/cli.js";
import { loadVectors } from "./helpers/paths.js";

const jsonLinesOf = (stdout: string) => stdout.split("\n").slice(0, -1).map((l) => JSON.parse(l) as Record<string, unknown>);
const EMPTY = { ok: false, error: "empty line" };

describe("bulk mode (--jsonl)", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bulk-"));
  const chain = loadVectors("chains.json").find((c) => c.valid)!;
  const pemFile = path.join(dir, "leaf.pem");
  fs.writeFileSync(pemFile, chain.pem as string);
  const garbage = path.join(dir, "garbage.bin");
  fs.writeFileSync(garbage, "not a certificate");

  it("decode: one line out per line in, a blank or blank-looking line is an empty line", () => {
    const input = ["300c020105a007a205a103020114", "", "   ", "zz", "3009020105a004a0020500", "\t"].join("\n") + "\n";
    const r = runCli(["decode", "--kind", "extension", "--jsonl"], { input });
    assert.equal(r.status, 0, r.stderr);
    const lines = jsonLinesOf(r.stdout);
    assert.equal(lines.length, 6);
    assert.equal(lines[0]!.text, "console subscribe number 20");
    assert.deepEqual([lines[1], lines[2], lines[5]], [EMPTY, EMPTY, EMPTY]);
    assert.deepEqual(lines[3], { ok: false, error: "line is not valid hex" });
    assert.equal(lines[4]!.text, "console add");
  });

  it("decode: a last line without a newline still gets its answer, CRLF line ends are lines", () => {
    const r = runCli(["decode", "--kind", "extension", "--jsonl"], { input: "\r\n3009020105a004a0020500" });
    assert.deepEqual(jsonLinesOf(r.stdout).map((l) => l.ok), [false, true]);
  });

  it("encode: blank lines keep their place", () => {
    const input = ['{"version":5,"command":{"kind":"console_add"}}', "", "{", ""].join("\n") + "\n";
    const r = runCli(["encode", "--kind", "extension", "--jsonl"], { input });
    assert.equal(r.status, 0, r.stderr);
    const lines = jsonLinesOf(r.stdout);
    assert.equal(lines.length, 4);
    assert.deepEqual(lines[0], { ok: true, hex: "3009020105a004a0020500" });
    assert.deepEqual([lines[1], lines[3]], [EMPTY, EMPTY]);
    assert.equal(lines[2]!.ok, false);
  });

  it("inspect: every line names its file; failures and blank lines keep their place", async () => {
    const input = [pemFile, "", path.join(dir, "missing.pem"), garbage, "-", pemFile].join("\n") + "\n";
    const at = ["--at", "2024-01-01T00:00:00Z"];
    const r = runCli(["inspect", "--jsonl", ...at], { input, cwd: dir });
    assert.equal(r.status, 0, r.stderr);
    const lines = jsonLinesOf(r.stdout);
    assert.deepEqual(
      lines.map((l) => [l.file, l.ok]),
      [[pemFile, true], ["", false], [path.join(dir, "missing.pem"), false], [garbage, false], ["-", false], [pemFile, true]],
    );
    assert.deepEqual(lines[1], { file: "", ...EMPTY });
    assert.match(lines[2]!.error as string, /missing\.pem: no such file/);
    assert.equal(lines[4]!.error, "-: standard input holds the list of files");
    const single = JSON.parse((await runCliHere(["inspect", pemFile, "--format", "json", ...at])).stdout);
    assert.deepEqual(lines[0], { ...single, ok: true });
  });

  it("inspect: --jsonl takes its file names from standard input only", () => {
    const r = runCli(["inspect", "--jsonl", pemFile], { cwd: dir });
    assert.equal(r.status, 1);
    assert.equal(r.stdout, "");
    assert.equal(r.stderr, "error: --jsonl reads file names from standard input; give no FILE\n");
  });

  it("audit: every line names its file, says ok, and blank lines are counted as failures", async () => {
    const r = runCli(["audit", "--jsonl"], { input: `${pemFile}\n\n${garbage}\n` });
    const lines = jsonLinesOf(r.stdout);
    const single = await runCliHere(["audit", pemFile, "--format", "json"]);
    assert.deepEqual(lines.map((l) => [l.file, l.ok]), [[pemFile, single.status === 0], ["", false], [garbage, false]]);
    assert.equal(lines[0]!.accepted, true);
    assert.equal(lines[1]!.error, "empty line");
    assert.equal(lines[1]!.accepted, false);
    assert.equal(r.status, 1);
    const failed = single.status === 0 ? 2 : 3;
    assert.equal(r.stderr, `error: ${failed} of 3 chains not accepted, not verified or with error findings\n`);
  });
});
