// The command line's shell: the overview, --version wherever it runs, help
// with examples, usage errors that name what is missing and suggest what was
// meant, `--`, shell completion, and commands that load only what they use.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { COMMANDS } from "../src/cli/commands/index.js";
import { type CliResult, lazyBatch, runCliHere } from "./helpers/cli.js";
import { cliPath, repoRoot } from "./helpers/paths.js";

const version = (JSON.parse(fs.readFileSync(path.join(repoRoot, "package.json"), "utf8")) as { version: string }).version;
const tmpDir = () => fs.mkdtempSync(path.join(os.tmpdir(), "cli-shell-"));

/** Exit 1, the error line, then the usage line; nothing on stdout. */
function assertUsageError(r: CliResult, error: string, usage: string): void {
  assert.equal(r.status, 1, r.stderr);
  assert.equal(r.stdout, "");
  assert.equal(r.stderr, `error: ${error}\nusage: ${usage}\n`);
}

describe("cli shell", () => {
  it("bare albatross-ca prints the overview of every command, exit 0", async () => {
    const r = await runCliHere([]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, "");
    for (const c of COMMANDS) assert.ok(r.stdout.includes(`albatross-ca ${c.usage}`), `${c.name} in the overview`);
    assert.match(r.stdout, /albatross-ca completion/);
    assert.deepEqual((await runCliHere(["--help"])).stdout, r.stdout);
  });

  it("--version prints this package's version, also from another project's folder", async () => {
    const other = tmpDir();
    fs.writeFileSync(path.join(other, "package.json"), JSON.stringify({ name: "other", version: "9.9.9" }));
    for (const cwd of [repoRoot, other]) {
      const r = await runCliHere(["--version"], { cwd });
      assert.equal(r.status, 0);
      assert.equal(r.stdout, `${version}\n`);
    }
  });

  /** Every command's --help, from one process (the CLI's own entry point, as cli-batch runs it). */
  const helps = lazyBatch(() => COMMANDS.map((c) => ({ args: [c.name, "--help"] })));
  const helpOf = (name: string): CliResult => helps(COMMANDS.findIndex((c) => c.name === name));

  it("every command's --help shows its usage, description and examples; --template only where presets apply", () => {
    for (const c of COMMANDS) {
      const r = helpOf(c.name);
      assert.equal(r.status, 0, `${c.name}: ${r.stderr}`);
      const flat = r.stdout.replace(/\s+/g, " ");
      assert.ok(flat.startsWith(`albatross-ca ${c.usage} ${c.describe} `), `${c.name} --help: ${r.stdout.slice(0, 300)}`);
      assert.ok(c.examples.length > 0);
      const examples = r.stdout.slice(r.stdout.indexOf("\nExamples:\n"));
      assert.ok(examples.length > 1, `${c.name} has examples`);
      for (const [example] of c.examples) assert.ok(examples.includes(example.split(" ")[1]!), `${c.name}: ${example}`);
      const options = r.stdout.slice(r.stdout.indexOf("\nOptions:\n"), r.stdout.indexOf("\nExamples:\n"));
      assert.equal(/--template\b/.test(options), c.template === true, `${c.name} --template`);
      assert.doesNotMatch(r.stdout, /\(the default\)\s+\[boolean\] \[default: false\]/, `${c.name}: contradictory default`);
    }
  });

  it("every option of every command is described", () => {
    for (const c of COMMANDS) {
      const r = helpOf(c.name);
      assert.equal(r.status, 0, `${c.name}: ${r.stderr}`);
      const options = r.stdout.slice(r.stdout.indexOf("\nOptions:\n"), r.stdout.indexOf("\nExamples:\n"));
      for (const line of options.split("\n").filter((l) => /^\s+(-\w, )?--[\w-]+\s+\[/.test(l))) {
        assert.fail(`${c.name}: option without description: ${line.trim()}`);
      }
    }
  });

  it("missing arguments are named, with the usage line", async () => {
    assertUsageError(await runCliHere(["sign"]), "sign needs 4 arguments: CACERT DB CAKEY CSR...", "albatross-ca sign CACERT DB CAKEY CSR... [options]");
    assertUsageError(
      await runCliHere(["sign", "cacert.pem", "ca.db"]),
      "sign needs 4 arguments: CACERT DB CAKEY CSR... (missing CAKEY CSR...)",
      "albatross-ca sign CACERT DB CAKEY CSR... [options]",
    );
    assertUsageError(await runCliHere(["decode"]), "decode needs --kind", "albatross-ca decode [FILE] [options]");
    assertUsageError(await runCliHere(["destroy", "web", "db"]), 'destroy takes NAME; unexpected "db"', "albatross-ca destroy NAME [options]");
  });

  it("a mistyped option or command gets the closest one suggested", async () => {
    const dir = tmpDir();
    assertUsageError(
      await runCliHere(["create", "web", "web.hvt", "--memory=64"], { cwd: dir }),
      "unknown option --memory for create; did you mean --mem?",
      "albatross-ca create NAME IMAGE [options]",
    );
    assertUsageError(
      await runCliHere(["inspect", "web.pem", "--frmat", "json"], { cwd: dir }),
      "unknown option --frmat for inspect; did you mean --format?",
      "albatross-ca inspect [FILES...] [options]",
    );
    assertUsageError(
      await runCliHere(["sing", "a", "b", "c", "d"]),
      'unknown command "sing"; did you mean sign?',
      "albatross-ca <command> [options] (albatross-ca --help lists the commands)",
    );
    assert.deepEqual(fs.readdirSync(dir), []);
  });

  it("-- ends the options: what follows is positional", async () => {
    const dir = tmpDir();
    const r = await runCliHere(["destroy", "--key-type", "p256", "--", "web"], { cwd: dir });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(fs.readdirSync(dir).sort(), ["web.key", "web.req"]);
    const dash = await runCliHere(["destroy", "--", "--csr"], { cwd: dir });
    assert.equal(dash.status, 1);
    assert.match(dash.stderr, /^error: UNIKERNEL-NAME "\.\/--csr"/);
  });

  it("completion: a bash/zsh script, and completions of commands, options, choices", async () => {
    const script = await runCliHere(["completion"]);
    assert.equal(script.status, 0, script.stderr);
    assert.match(script.stdout, /--get-yargs-completions/);
    assert.match(script.stdout, /complete -o bashdefault -o default -F _albatross-ca_yargs_completions albatross-ca/);
    const complete = async (...words: string[]) => (await runCliHere(["--get-yargs-completions", "albatross-ca", ...words])).stdout.split("\n");
    assert.ok((await complete("si")).includes("sign"));
    assert.ok((await complete("create", "web", "web.hvt", "--")).includes("--restart-on-fail"));
    assert.ok((await complete("create", "web", "web.hvt", "--key-type", "")).includes("ed25519"));
    assert.ok((await complete("decode", "--kind", "")).includes("dump"));
    assert.ok(!(await complete("sign", "--")).includes("--template"));
  });

  it("commands load only what they use: no pkijs or asn1js outside a token's key, no inquirer outside the wizard", () => {
    const dir = tmpDir();
    const hook = path.join(dir, "hook.mjs");
    const log = path.join(dir, "loaded.txt");
    fs.writeFileSync(hook, `import fs from "node:fs";\nexport async function load(url, context, next) { fs.appendFileSync(${JSON.stringify(log)}, url + "\\n"); return next(url, context); }\n`);
    const loaded = (...args: string[]) => {
      fs.rmSync(log, { force: true });
      const r = spawnSync(process.execPath, ["--no-warnings", "--experimental-loader", hook, cliPath, ...args], { encoding: "utf8", cwd: dir });
      assert.equal(r.status, 0, r.stderr);
      return fs.readFileSync(log, "utf8");
    };
    const commands = [
      ["--help"],
      ["decode", "--kind", "extension", "--hex", "300c020105a007a205a103020114"],
      ["generate", "ca", "ca.db"],
      ["console", "web"],
      ["sign", "cacert.pem", "ca.db", "ca.key", "web.req"],
      ["inspect", "web.pem"],
      ["audit", "web.pem", "--ca", "cacert.pem"],
    ];
    for (const args of commands) {
      const urls = loaded(...args);
      assert.doesNotMatch(urls, /node_modules\/(pkijs|@inquirer|asn1js)\//, args.join(" "));
      if (args[0] === "--help" || args[0] === "decode") assert.doesNotMatch(urls, /dist\/src\/cli\/commands\/csr\.js/, args.join(" "));
    }
    assert.doesNotMatch(loaded("inspect", "--help"), /node_modules\/@inquirer\//);
  });
});
