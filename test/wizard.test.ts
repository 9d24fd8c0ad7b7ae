// The wizard end to end: real inquirer prompts rendered on @inquirer/testing's
// virtual screen, answers typed key by key, the preview read back, files
// checked, and the printed command line run through the real CLI.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { confirm, input, password, select } from "@inquirer/prompts";
import { render } from "@inquirer/testing";
import { buildSolo5Image } from "../src/solo5/index.js";
import { split } from "shlex";
import { COMMANDS } from "../src/cli/commands/index.js";
import type { Release } from "../src/model/release.js";
import { parseCertificate, parseCsr } from "../src/x509/index.js";
import {
  type Prompter,
  type Validate,
  delegateFlow,
  inspectFlow,
  requestCommands,
  requestFlow,
  runWizard,
  setupFlow,
  signFlow,
} from "../src/wizard/index.js";
import { parseArgv, parseIntList, parseLabelList } from "../src/wizard/values.js";
import { runCli, runCliHere } from "./helpers/cli.js";

/** One scripted answer: text typed (then Enter), a choice, y/n, a wrong answer first, or Ctrl-C. */
type Step =
  | string
  | boolean
  | { choose: string }
  | { wrong: string; error: string; then: string }
  | { ctrlC: true };

class ScreenPrompter implements Prompter {
  readonly printed: string[] = [];
  /** prints and confirmation questions, in order */
  readonly log: string[] = [];
  readonly screens: string[] = [];
  constructor(private steps: Step[]) {}

  private next(kind: string, message: string): Step {
    const s = this.steps.shift();
    if (s === undefined) throw new Error(`no scripted answer for ${kind} "${message}"`);
    return s;
  }

  private async drive<T>(r: Awaited<ReturnType<typeof render<T, unknown>>>, step: Step, typeText: (t: string) => void): Promise<T> {
    if (typeof step === "object" && "ctrlC" in step) {
      r.events.keypress({ name: "c", ctrl: true });
      return r.answer;
    }
    if (typeof step === "object" && "wrong" in step) {
      typeText(step.wrong);
      r.events.keypress("enter");
      await r.nextRender();
      const screen = r.getScreen();
      assert.ok(screen.includes(step.error), `expected "${step.error}" on screen:\n${screen}`);
      this.screens.push(screen);
      for (let i = 0; i < step.wrong.length; i++) r.events.keypress("backspace");
      typeText(step.then);
    } else if (typeof step === "string") typeText(step);
    r.events.keypress("enter");
    const answer = await r.answer;
    this.screens.push(r.getScreen());
    return answer;
  }

  async input(o: { message: string; default?: string; validate?: Validate }): Promise<string> {
    const step = this.next("input", o.message);
    const r = await render(input, { message: o.message, ...(o.default !== undefined ? { default: o.default } : {}), ...(o.validate ? { validate: o.validate } : {}) });
    return this.drive(r, step, (t) => r.events.type(t));
  }

  async select<T>(o: { message: string; choices: { name: string; value: T }[] }): Promise<T> {
    const step = this.next("select", o.message);
    const r = await render(select<T>, { message: o.message, choices: o.choices, pageSize: 12 });
    this.screens.push(r.getScreen());
    if (typeof step === "object" && "choose" in step) {
      const i = o.choices.findIndex((c) => c.name.startsWith(step.choose));
      assert.ok(i >= 0, `no choice ${step.choose}`);
      for (let k = 0; k < i; k++) r.events.keypress("down");
    }
    return this.drive(r as never, typeof step === "object" && "choose" in step ? "" : step, () => undefined) as Promise<T>;
  }

  async confirm(o: { message: string; default?: boolean }): Promise<boolean> {
    this.log.push(`confirm: ${o.message}`);
    const step = this.next("confirm", o.message);
    const r = await render(confirm, { message: o.message, default: o.default ?? false });
    if (typeof step === "boolean") return this.drive(r, "", () => r.events.type(step ? "y" : "n"));
    return this.drive(r, step, () => undefined);
  }

  async password(o: { message: string }): Promise<string> {
    this.log.push(`password: ${o.message}`);
    const step = this.next("password", o.message);
    const r = await render(password, { message: o.message, mask: false });
    const answer = await this.drive(r, step, (t) => r.events.type(t));
    // hidden: nothing of what was typed is on the screen
    if (typeof step === "string" && step !== "") assert.ok(!this.screens.at(-1)!.includes(step), this.screens.at(-1));
    return answer;
  }

  print(text: string): void {
    this.printed.push(text);
    this.log.push(`print: ${text}`);
  }

  get done(): boolean {
    return this.steps.length === 0;
  }
}

function tmp(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "wizard-"));
}

function files(dir: string): string[] {
  return fs.readdirSync(dir).sort();
}

async function extensionOf(file: string): Promise<Buffer> {
  const csr = await parseCsr(fs.readFileSync(file));
  assert.ok(csr.albatrossExtension);
  return Buffer.from(csr.albatrossExtension);
}

/** The printed command line as a shell splits it. */
function argvOf(line: string): string[] {
  const argv = split(line);
  assert.equal(argv[0], "albatross-ca");
  return argv.slice(1);
}

/** Where a request goes: the output folder (here), a request (not one-shot), the default key type. */
const AS_REQUEST: Step[] = ["", { choose: "a request" }, ""];

describe("wizard", function () {
  this.timeout(60000);

  const image = buildSolo5Image({ target: "hvt", devices: [{ name: "service", type: "net" }] });

  /** A folder with what the commands read: the image, a data file. */
  function workdir(): string {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, "image.hvt"), image);
    fs.writeFileSync(path.join(dir, "data.img"), Buffer.alloc(3000, 7));
    return dir;
  }

  /** Runs the printed line in a fresh folder and compares the extensions of the request files. */
  async function sameThroughCli(line: string, dir: string, requestFiles: string[]): Promise<void> {
    const cliDir = workdir();
    const r = await runCliHere(argvOf(line), { cwd: cliDir });
    assert.equal(r.status, 0, r.stderr);
    for (const f of requestFiles) assert.deepEqual(await extensionOf(path.join(cliDir, f)), await extensionOf(path.join(dir, f)), f);
  }

  it("mints a create request: validated answers, preview, files, and a command line that reproduces the extension", async () => {
    const dir = workdir();
    const p = new ScreenPrompter([
      { choose: "create" },
      { wrong: "-bad", error: "invalid name", then: "myunik" },
      { wrong: "nope.hvt", error: "nope.hvt: no such file", then: "image.hvt" },
      { choose: "none" }, // template
      "1", // cpu
      { wrong: "lots", error: "memory \"lots\": expected an integer", then: "64" },
      "", // block devices: the manifest has none
      { wrong: "other", error: "specified bridge(s) does not match with the manifest", then: "service" },
      "", // boot arguments
      false, // restart on fail
      ...AS_REQUEST,
      true, // write
    ]);
    const result = await requestFlow({ prompter: p, cwd: dir, release: "2.4" });
    assert.ok(p.done);
    const previewText = p.printed.join("\n");
    assert.match(previewText, /certificate extension \(as Albatross 2\.4 prints it\):\n {2}unikernel create/);
    assert.match(previewText, /myunik\.key {2}\(new private key/);
    assert.match(previewText, /myunik\.req/);
    assert.deepEqual(files(dir), ["data.img", "image.hvt", "myunik.key", "myunik.req"]);
    assert.equal(result.commandLines[0], "albatross-ca create myunik image.hvt --cpu=1 --mem=64 --net=service --csr --albatross=2.4");
    assert.ok(previewText.includes(result.commandLines[0]!));
    await sameThroughCli(result.commandLines[0]!, dir, ["myunik.req"]);
  });

  it("splits boot arguments as a shell does, and the printed command line gives the same request", async () => {
    const dir = workdir();
    const p = new ScreenPrompter([
      { choose: "create" },
      "web",
      "image.hvt",
      { choose: "none" },
      "", // cpu
      "", // memory
      "", // block devices
      "service",
      { wrong: "-l | tee", error: 'the shell operator "|" is not an argument', then: `--hello="Hi there" -l 'a b' "it's"` },
      false,
      ...AS_REQUEST,
      true,
    ]);
    const result = await requestFlow({ prompter: p, cwd: dir, release: "2.4" });
    assert.ok(p.done);
    assert.equal(
      result.commandLines[0],
      `albatross-ca create web image.hvt --net=service '--arg=--hello=Hi there' --arg=-l '--arg=a b' '--arg=it'"'"'s' --csr --albatross=2.4`,
    );
    assert.match(p.printed.join("\n"), /argv: +"--hello=Hi there" -l "a b" "it's"/);
    await sameThroughCli(result.commandLines[0]!, dir, ["web.req"]);
  });

  it('answering "No" writes nothing and still prints the command line', async () => {
    const dir = tmp();
    const p = new ScreenPrompter([{ choose: "destroy" }, "old", ...AS_REQUEST, false]);
    const result = await requestFlow({ prompter: p, cwd: dir, release: "2.4" });
    assert.deepEqual(files(dir), []);
    assert.deepEqual(result.written, []);
    assert.deepEqual(result.commandLines, ["albatross-ca destroy old --csr --albatross=2.4"]);
    assert.match(p.printed.join("\n"), /Nothing was written\. The same, without questions:\n {2}albatross-ca destroy old --csr --albatross=2\.4$/);
  });

  it("CPU ids take ranges, and every list is separated by commas", () => {
    assert.deepEqual(parseIntList("CPU id")("0-3, 5"), [0n, 1n, 2n, 3n, 5n]);
    assert.deepEqual(parseIntList("CPU id")(""), []);
    assert.throws(() => parseIntList("CPU id")("3-1"), /CPU id range 3-1: 3 is above 1/);
    assert.deepEqual(parseLabelList("bridge")("service, mgmt"), ["service", "mgmt"]);
    assert.throws(() => parseLabelList("bridge")("service mgmt"), /invalid bridge "service mgmt"/);
    assert.deepEqual(parseArgv(`--hello="Hi there" a\\ b '$HOME'`), ["--hello=Hi there", "a b", "$HOME"]);
    assert.throws(() => parseArgv("a > b"), /the shell operator ">" is not an argument/);
  });

  it("asks only what console needs and reproduces it on the CLI", async () => {
    const dir = tmp();
    const p = new ScreenPrompter([
      { choose: "console" },
      "web",
      { wrong: "yesterday", error: "couldn't parse timestamp (expected RFC 3339", then: "2024-01-02T03:04:05Z" },
      ...AS_REQUEST,
      true,
    ]);
    const result = await requestFlow({ prompter: p, cwd: dir, release: "2.4" });
    assert.deepEqual(files(dir), ["web.key", "web.req"]);
    assert.equal(result.commandLines[0], "albatross-ca console web --since=2024-01-02T03:04:05Z --csr --albatross=2.4");
    assert.match(p.printed.join("\n"), /console subscribe since 2024-01-02/);
    await sameThroughCli(result.commandLines[0]!, dir, ["web.req"]);
  });

  it("the request menu offers every request command of the CLI, those of the target release's client only", () => {
    const env = (release: Release) => ({ prompter: new ScreenPrompter([]), cwd: ".", release });
    const cli = COMMANDS.filter((c) => c.module === "csr" && c.name !== "request").map((c) => c.name);
    assert.deepEqual(requestCommands(env("2.7")), cli);
    assert.equal(cli.length, 19);
    assert.deepEqual(requestCommands(env("2.4")), cli.filter((c) => c !== "replace-policy" && c !== "inactive-consoles"));
  });

  // every request command, through the wizard, then its printed line through the CLI: the same extension
  const REQUESTS: [Release, string, Step[], string, string[]][] = [
    ["2.4", "destroy", ["myunik"], "destroy myunik", ["myunik.req"]],
    ["2.4", "restart", ["myunik", false], "restart myunik", ["myunik.req"]],
    ["2.4", "info", [""], "info", ["..req"]],
    ["2.4", "get", ["web", { wrong: "10", error: "expected a compression level from 0 to 9", then: "0" }], "get web --compression-level=0", ["web.req"]],
    ["2.4", "console", ["web", "", "5"], "console web --count=5", ["web.req"]],
    ["2.4", "stats", ["myunik"], "stats --name=myunik", ["myunik.req"]],
    ["2.4", "stats-add", ["4242", "", { wrong: "service", error: "broken, format is bridge:tap", then: "service:tap0" }, "web"], "stats-add 4242 --bridge=service:tap0 --name=web", ["web.req"]],
    ["2.4", "stats-remove", ["web"], "stats-remove --name=web", ["web.req"]],
    ["2.4", "policy", [{ wrong: "a/b", error: "invalid path", then: "alice" }], "policy --path=alice", ["alice.req"]],
    ["2.4", "add-policy", ["alice", { choose: "none" }, "2", "", "0-1", "", "service"], "add-policy alice 2 --cpu=0 --cpu=1 --bridge=service", ["alice.req"]],
    ["2.4", "remove-policy", ["alice"], "remove-policy --path=alice", ["alice.req"]],
    ["2.4", "block", [""], "block", ["..req"]],
    ["2.4", "create-block", ["disk", { wrong: "0", error: "size must be at least 1", then: "10" }, "data.img"], "create-block disk 10 --data=data.img", ["disk.req"]],
    ["2.4", "set-block", ["disk", "data.img"], "set-block disk data.img", ["disk.req"]],
    ["2.4", "dump-block", ["disk", ""], "dump-block disk", ["disk.req"]],
    ["2.4", "destroy-block", ["disk"], "destroy-block disk", ["disk.req"]],
    ["2.4", "create", ["web", "image.hvt", { choose: "none" }, "", "", "", "service", "", false], "create web image.hvt --net=service", ["web.req"]],
    ["2.7", "create", [{ choose: "solo5" }, "web", "image.hvt", { choose: "none" }, "0-1,3", "10", "", "", "service", "", false, false], "create web image.hvt --cpu=0 --cpu=1 --cpu=3 --startup=10 --net=service --no-add-name", ["web.req"]],
    ["2.7", "restart", ["web", true, "2", "", "64", "", "", "-l", true, false], "restart web --replace-arguments --cpu=2 --mem=64 --arg=-l", ["web.req"]],
    ["2.7", "replace-policy", ["alice", { choose: "none" }, "2", "", "", "", "service"], "replace-policy alice 2 --cpu=0 --bridge=service", ["alice.req"]],
    ["2.7", "inactive-consoles", [], "inactive-consoles", ["..req"]],
    ["2.7", "info", ["web"], "info --name=web", ["web.req"]],
    ["2.7", "console", ["web", "2024-01-02"], "console web --since=2024-01-02", ["web.req"]],
    ["2.7", "create-block", ["disk", "10", ""], "create-block disk 10", ["disk.req"]],
    ["2.7", "set-block", ["disk", "data.img"], "set-block disk data.img", ["disk.req"]],
    ["2.7", "dump-block", ["disk", "3"], "dump-block disk --compression-level=3", ["disk.req"]],
    ["2.7", "stats-add", ["4242", "vmm0", "", ""], "stats-add 4242 --vmmdev=vmm0", ["..req"]],
    ["2.7", "destroy", ["Web"], "destroy Web", ["web.req"]], // 2.7 reads names in lowercase

  ];
  it("the cases below cover every request command of both releases", () => {
    for (const release of ["2.4", "2.7"] as const) {
      const covered = new Set(REQUESTS.filter(([r]) => r === release || release === "2.7").map(([, which]) => which));
      assert.deepEqual(requestCommands({ prompter: new ScreenPrompter([]), cwd: ".", release }).filter((c) => !covered.has(c)), []);
    }
  });
  // the lines the cases must print, run through the CLI's entry point, each in a fresh folder
  const printed = ([release, , , line]: (typeof REQUESTS)[number]) => `albatross-ca ${line} --csr --albatross=${release}`;
  for (const c of REQUESTS) {
    const [release, which, answers, , requestFiles] = c;
    it(`${which} (${release}): the printed command line reproduces the request through the CLI`, async () => {
      const dir = workdir();
      const p = new ScreenPrompter([{ choose: `${which} ` }, ...answers, ...AS_REQUEST, true]);
      const result = await requestFlow({ prompter: p, cwd: dir, release });
      assert.ok(p.done);
      assert.equal(result.commandLines[0], printed(c));
      const cliDir = workdir();
      const r = await runCliHere(argvOf(printed(c)), { cwd: cliDir });
      assert.equal(r.status, 0, r.stderr);
      for (const f of requestFiles) assert.deepEqual(await extensionOf(path.join(cliDir, f)), await extensionOf(path.join(dir, f)), f);
    });
  }

  it("2.7: a bhyve VM with its CPUs and boot partition; the image is named, not sent", async () => {
    const dir = workdir();
    const p = new ScreenPrompter([
      { choose: "create" },
      { choose: "bhyve" },
      "vm",
      "data.img",
      "0,1",
      { wrong: "0", error: "number of CPUs must be at least 1", then: "2" },
      "msdos1",
      "",
      "512",
      "0:vm-disk",
      "",
      "",
      true,
      false,
      ...AS_REQUEST,
      true,
    ]);
    const result = await requestFlow({ prompter: p, cwd: dir, release: "2.7" });
    assert.ok(p.done);
    assert.equal(
      result.commandLines[0],
      "albatross-ca create vm data.img --typ=bhyve --cpu=0 --cpu=1 --cpus=2 --linux-boot=msdos1 --mem=512 --block=0:vm-disk --csr --albatross=2.7",
    );
    assert.match(p.printed.join("\n"), /type: +bhyve/);
    await sameThroughCli(result.commandLines[0]!, dir, ["vm.req"]);
  });

  it("2.7: create-block with data writes the block add and the block set request, as the CLI does", async () => {
    const dir = workdir();
    const p = new ScreenPrompter([{ choose: "create-block" }, "disk", "10", "data.img", "", "", true]);
    const result = await requestFlow({ prompter: p, cwd: dir, release: "2.7" });
    assert.deepEqual(files(dir), ["data.img", "disk.data.req", "disk.key", "disk.req", "image.hvt"]);
    const shown = p.printed.join("\n");
    assert.match(shown, /block add .*\n[^]*block set/);
    assert.match(shown, /disk\.req\n {2}disk\.data\.req/);
    assert.equal(result.commandLines[0], "albatross-ca create-block disk 10 --data=data.img --csr --albatross=2.7");
    await sameThroughCli(result.commandLines[0]!, dir, ["disk.req", "disk.data.req"]);
    // one key signs both
    const [add, set] = await Promise.all(["disk.req", "disk.data.req"].map(async (f) => parseCsr(fs.readFileSync(path.join(dir, f)))));
    assert.deepEqual(add!.publicKey, set!.publicKey);
  });

  it("asks the target release once, the given one first; the flows then write as the chosen one", async () => {
    const dir = tmp();
    const p = new ScreenPrompter([{ choose: "request" }, { choose: "2.7" }, { choose: "inactive-consoles" }, ...AS_REQUEST, true]);
    const result = await runWizard({ prompter: p, cwd: dir, release: "2.4" });
    assert.ok(p.done);
    assert.match(p.screens.find((s) => s.includes("Albatross release"))!, /2\.4 \(2\.4\.1\)[^]*2\.7 \(2\.7\.2, the current release\)/);
    assert.equal(result.commandLines[0], "albatross-ca inactive-consoles --csr --albatross=2.7");
    await sameThroughCli(result.commandLines[0]!, dir, ["..req"]);

    const dir24 = tmp();
    const q = new ScreenPrompter([{ choose: "request" }, "", { choose: "destroy" }, "web", ...AS_REQUEST, true]);
    const r24 = await runWizard({ prompter: q, cwd: dir24, release: "2.4" });
    assert.equal(r24.commandLines[0], "albatross-ca destroy web --csr --albatross=2.4");
    assert.ok(!q.screens.some((s) => s.includes("inactive-consoles")), "2.4's client has no inactive-consoles");
  });

  it("a key type and an output folder; the folder must exist", async () => {
    const dir = tmp();
    fs.mkdirSync(path.join(dir, "out"));
    const p = new ScreenPrompter([{ choose: "destroy" }, "web", { wrong: "nope", error: "nope: not a folder", then: "out" }, { choose: "a request" }, { choose: "p384" }, true]);
    const result = await requestFlow({ prompter: p, cwd: dir, release: "2.4" });
    assert.deepEqual(files(path.join(dir, "out")), ["web.key", "web.req"]);
    assert.equal(result.commandLines[0], "albatross-ca destroy web --csr --key-type=p384 --out-dir=out --albatross=2.4");
    const cliDir = tmp();
    const r = await runCliHere(argvOf(result.commandLines[0]!), { cwd: cliDir });
    assert.equal(r.status, 0, r.stderr);
    const [ours, cli] = [dir, cliDir].map((d) => parseCsr(fs.readFileSync(path.join(d, "out", "web.req"))));
    assert.equal((await ours!).publicKeyType, "p384");
    assert.equal((await cli!).publicKeyType, "p384");
    assert.deepEqual((await ours!).albatrossExtension, (await cli!).albatrossExtension);
    // an existing key is reused: no key type asked
    const again = new ScreenPrompter([{ choose: "console" }, "web", "", "", "out", { choose: "a request" }, false]);
    const r2 = await requestFlow({ prompter: again, cwd: dir, release: "2.4" });
    assert.ok(again.done);
    assert.match(again.printed.join("\n"), /out\/web\.key exists: the request reuses it/);
    assert.equal(r2.commandLines[0], "albatross-ca console web --csr --out-dir=out --albatross=2.4");
  });

  it("one-shot: a fresh key and a 5-minute certificate signed by the folder's CA, like --issue", async () => {
    const dir = tmp();
    assert.equal((await runCliHere(["generate", "ops", "ca.db"], { cwd: dir })).status, 0);
    const p = new ScreenPrompter([
      { choose: "console" },
      "web",
      "",
      "",
      "", // output folder
      { choose: "a one-shot" },
      "", // cacert.pem
      "", // the key generate wrote beside it: ops.key
      { choose: "p256" },
      true,
    ]);
    const result = await requestFlow({ prompter: p, cwd: dir, release: "2.7" });
    assert.ok(p.done);
    assert.equal(result.commandLines[0], "albatross-ca console web --issue --key-type=p256 --albatross=2.7");
    const issued = files(dir).filter((f) => f.startsWith("web-"));
    assert.equal(issued.length, 2);
    const cliDir = tmp();
    for (const f of ["cacert.pem", "ops.key"]) fs.copyFileSync(path.join(dir, f), path.join(cliDir, f));
    const r = await runCliHere(argvOf(result.commandLines[0]!), { cwd: cliDir });
    assert.equal(r.status, 0, r.stderr);
    const pem = (d: string) => parseCertificate(fs.readFileSync(path.join(d, files(d).find((f) => /^web-.*\.pem$/.test(f))!)));
    const [ours, cli] = [pem(dir), pem(cliDir)];
    assert.deepEqual(ours.albatrossExtension, cli.albatrossExtension);
    assert.equal(ours.publicKeyType, "p256");
    assert.equal(cli.publicKeyType, "p256");
    assert.equal(ours.notAfter.getTime() - ours.notBefore.getTime(), cli.notAfter.getTime() - cli.notBefore.getTime());
    assert.equal(ours.issuerCn, "ops");
  });

  it("a request or CA file already there is replaced only when asked to (--force); keys never are", async () => {
    const dir = tmp();
    await requestFlow({ prompter: new ScreenPrompter([{ choose: "destroy" }, "web", ...AS_REQUEST, true]), cwd: dir, release: "2.4" });
    const key = fs.readFileSync(path.join(dir, "web.key"));
    const first = fs.readFileSync(path.join(dir, "web.req"));
    const p = new ScreenPrompter([{ choose: "console" }, "web", "", "", "", { choose: "a request" }, true, true]);
    const result = await requestFlow({ prompter: p, cwd: dir, release: "2.4" });
    assert.ok(p.done);
    assert.ok(p.log.includes("confirm: web.req exists: replace (--force)?"), p.log.join("\n"));
    assert.equal(result.commandLines[0], "albatross-ca console web --csr --albatross=2.4 --force");
    assert.notDeepEqual(fs.readFileSync(path.join(dir, "web.req")), first);
    assert.deepEqual(fs.readFileSync(path.join(dir, "web.key")), key);
    assert.match(p.printed.join("\n"), /console subscribe number 20/);
    const r = await runCliHere(argvOf(result.commandLines[0]!), { cwd: dir });
    assert.equal(r.status, 0, r.stderr);

    // declined: nothing is written, the CA stays as it was
    assert.equal((await runCliHere(["generate", "ca", "ca.db"], { cwd: dir })).status, 0);
    const cacert = fs.readFileSync(path.join(dir, "cacert.pem"));
    const setup = new ScreenPrompter(["ca", "", "", "", false]);
    const s = await setupFlow({ prompter: setup, cwd: dir });
    assert.ok(setup.done);
    assert.ok(setup.log.includes("confirm: cacert.pem, server.pem exist: replace (--force)?"), setup.log.join("\n"));
    assert.deepEqual(s.written, []);
    assert.deepEqual(fs.readFileSync(path.join(dir, "cacert.pem")), cacert);
  });

  it('"no" at the confirmation leaves no file at all', async () => {
    const dir = tmp();
    const p = new ScreenPrompter([{ choose: "destroy" }, "myunik", ...AS_REQUEST, false]);
    const result = await requestFlow({ prompter: p, cwd: dir, release: "2.4" });
    assert.deepEqual(result.written, []);
    assert.deepEqual(files(dir), []);
    assert.match(p.printed.join("\n"), /unikernel destroy/);
  });

  it("Ctrl-C leaves no file at all", async () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, "image.hvt"), image);
    const p = new ScreenPrompter([{ choose: "create" }, "myunik", "image.hvt", { ctrlC: true }]);
    await assert.rejects(requestFlow({ prompter: p, cwd: dir, release: "2.4" }), (e: Error) => e.name === "ExitPromptError");
    assert.deepEqual(files(dir), ["image.hvt"]);
  });

  it("sets up a CA, delegates a sub-CA within its policy, and signs pending requests", async () => {
    const dir = tmp();
    const setup = new ScreenPrompter(["ca", "", "", "", false, true]);
    const s = await setupFlow({ prompter: setup, cwd: dir, release: "2.4" });
    assert.deepEqual(files(dir), ["ca.db", "ca.db.certs", "ca.key", "cacert.pem", "server.key", "server.pem"]);
    assert.equal(s.commandLines[0], "albatross-ca generate ca ca.db");
    const generated = tmp();
    const g0 = await runCliHere(argvOf(s.commandLines[0]!), { cwd: generated });
    assert.equal(g0.status, 0, g0.stderr);
    assert.deepEqual(files(generated), files(dir));

    const del = new ScreenPrompter([
      "", // cacert.pem
      "server.key", // not the CA's key: said, and asked again
      "ca.key",
      { wrong: "al/ice", error: "invalid sub-CA name", then: "alice" },
      { choose: "none" }, // template
      "4",
      "1024",
      "0-1",
      "",
      "service",
      "", // ca.db
      true,
    ]);
    const d = await delegateFlow({ prompter: del, cwd: dir, release: "2.4" });
    assert.ok(files(dir).includes("alice.pem") && files(dir).includes("alice.req"));
    assert.match(del.printed.join("\n"), /cacert\.pem: Public key of certificate doesn't match private key: give the key of cacert\.pem/);
    assert.match(del.printed.join("\n"), /policy: 4 unikernels 0,1 cpus 1024 MB memory no block, bridges: service/);
    assert.equal(d.commandLines[0], "albatross-ca add-policy alice 4 --mem=1024 --cpu=0 --cpu=1 --bridge=service --csr --albatross=2.4");

    // the printed add-policy line gives the same extension through the real CLI
    const cliDir = tmp();
    const r = await runCliHere(argvOf(d.commandLines[0]!), { cwd: cliDir });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(await extensionOf(path.join(cliDir, "alice.req")), await extensionOf(path.join(dir, "alice.req")));
    // and the printed sign line works on it
    for (const f of ["cacert.pem", "ca.key", "ca.db"]) fs.copyFileSync(path.join(dir, f), path.join(cliDir, f));
    const rs = await runCliHere(argvOf(d.commandLines[1]!), { cwd: cliDir });
    assert.equal(rs.status, 0, rs.stderr);
    assert.deepEqual(parseCertificate(fs.readFileSync(path.join(cliDir, "alice.pem"))).albatrossExtension, parseCertificate(fs.readFileSync(path.join(dir, "alice.pem"))).albatrossExtension);

    // a sub-sub-CA asking for more than alice may give is refused as it is typed
    const sub = tmp();
    fs.copyFileSync(path.join(dir, "alice.pem"), path.join(sub, "alice.pem"));
    fs.copyFileSync(path.join(dir, "alice.key"), path.join(sub, "alice.key"));
    const del2 = new ScreenPrompter([
      "alice.pem",
      "alice.key",
      "bob",
      { choose: "none" }, // template
      { wrong: "5", error: "this policy allows 5 unikernels, more than the 4 of the policy above", then: "2" },
      { wrong: "2048", error: "this policy allows 2048 MB of memory, more than the 1024 MB of the policy above", then: "" },
      { wrong: "0,7", error: "which the policy above does not", then: "1" },
      { wrong: "10", error: "block storage", then: "" },
      { wrong: "other", error: "this policy allows bridge other, which the policy above does not", then: "service" },
      "", // ca.db
      false,
    ]);
    await delegateFlow({ prompter: del2, cwd: sub, release: "2.4" });
    assert.deepEqual(files(sub), ["alice.key", "alice.pem"]);

    // sign a pending request made by the request flow
    const reqs = path.join(dir, "reqs");
    fs.mkdirSync(reqs);
    await requestFlow({ prompter: new ScreenPrompter([{ choose: "console" }, "old", "2024-01-02T03:04:05Z", ...AS_REQUEST, true]), cwd: reqs, release: "2.4" });
    const sign = new ScreenPrompter(["", "ca.key", "reqs", "", true, true]);
    const g = await signFlow({ prompter: sign, cwd: dir, release: "2.4" });
    assert.deepEqual(files(reqs), ["old.key", "old.pem", "old.req"]);
    // the decoded request is shown before the question whether to sign it
    const shown = sign.log.findIndex((l) => /^print: old\.req: CN=old, leaf: console subscribe since 2024-01-02T03:04:05[^\n]*\n {4}since: +2024-01-02T03:04:05Z$/.test(l));
    const asked = sign.log.indexOf("confirm: sign old.req (old)?");
    assert.ok(shown >= 0 && asked > shown, sign.log.join("\n"));
    assert.equal(g.commandLines[0], "albatross-ca sign cacert.pem ca.db ca.key reqs/old.req --out-dir=reqs --albatross=2.4");
    fs.mkdirSync(path.join(cliDir, "reqs"));
    fs.copyFileSync(path.join(reqs, "old.req"), path.join(cliDir, "reqs", "old.req"));
    const rg = await runCliHere(argvOf(g.commandLines[0]!), { cwd: cliDir });
    assert.equal(rg.status, 0, rg.stderr);
    assert.deepEqual(parseCertificate(fs.readFileSync(path.join(cliDir, "reqs", "old.pem"))).albatrossExtension, parseCertificate(fs.readFileSync(path.join(reqs, "old.pem"))).albatrossExtension);
  });

  it("signs several pending requests with one printed sign line; two requests for one CN are not signed together", async () => {
    const dir = workdir();
    const cli = async (args: string[]) => assert.equal((await runCliHere([...args, "--albatross=2.7"], { cwd: dir })).status, 0);
    await cli(["generate", "ca", "ca.db"]);
    await cli(["create-block", "disk", "10", "--data=data.img", "--csr"]);
    await cli(["console", "web", "--csr"]);
    const cliDir = tmp();
    for (const f of fs.readdirSync(dir)) if (!fs.statSync(path.join(dir, f)).isDirectory()) fs.copyFileSync(path.join(dir, f), path.join(cliDir, f));
    const p = new ScreenPrompter(["", "ca.key", "", "", true, true, true]);
    const result = await signFlow({ prompter: p, cwd: dir, release: "2.7" });
    assert.ok(p.done);
    assert.match(p.printed.join("\n"), /disk\.req: not now — disk\.data\.req is for CN=disk too: sign it on its own/);
    assert.deepEqual(result.commandLines, ["albatross-ca sign cacert.pem ca.db ca.key disk.data.req web.req --albatross=2.7"]);
    const r = await runCliHere(argvOf(result.commandLines[0]!), { cwd: cliDir });
    assert.equal(r.status, 0, r.stderr);
    for (const f of ["disk.pem", "web.pem"]) {
      assert.deepEqual(parseCertificate(fs.readFileSync(path.join(cliDir, f))).albatrossExtension, parseCertificate(fs.readFileSync(path.join(dir, f))).albatrossExtension, f);
    }
  });

  it("encrypts the CA key as generate --encrypt-key does: the passphrase typed twice, hidden; the flows read it back", async () => {
    const dir = tmp();
    const setup = new ScreenPrompter([
      "ops",
      "",
      "",
      { choose: "p256" },
      true, // encrypt
      "s3cret-one",
      "s3cret-two", // mistyped: said, and both asked again
      "",
      "s3cret",
      "s3cret",
      true,
    ]);
    const s = await setupFlow({ prompter: setup, cwd: dir });
    assert.ok(setup.done);
    assert.match(setup.printed.join("\n"), /the passphrases differ: type it again/);
    assert.match(setup.printed.join("\n"), /an empty passphrase protects nothing: type it again/);
    assert.deepEqual(setup.log.filter((l) => l.startsWith("password:")).slice(0, 2), ["password: passphrase for the new CA key", "password: the same passphrase again"]);
    assert.equal(s.commandLines[0], "albatross-ca generate ops ca.db --key-type=p256 --encrypt-key");
    const pass = path.join(dir, "..", `${path.basename(dir)}.pass`);
    fs.writeFileSync(pass, "s3cret\n");
    const check = (d: string) => {
      const key = fs.readFileSync(path.join(d, "ops.key"), "utf8");
      assert.match(key, /^-----BEGIN ENCRYPTED PRIVATE KEY-----/);
      const o = spawnSync("openssl", ["pkey", "-in", "ops.key", "-passin", `file:${pass}`, "-noout", "-text"], { cwd: d });
      assert.equal(o.status, 0, o.stderr.toString());
      assert.match(o.stdout.toString(), /NIST CURVE: P-256/);
    };
    check(dir);
    // the printed line, with the passphrase from a file where no terminal asks for it
    const cliDir = tmp();
    const r = await runCliHere([...argvOf(s.commandLines[0]!), "--passphrase-file", pass], { cwd: cliDir });
    assert.equal(r.status, 0, r.stderr);
    check(cliDir);

    // a flow that signs asks the key's passphrase, hidden, and asks again after a wrong one
    const del = new ScreenPrompter(["", "ops.key", "wrong", "ops.key", "s3cret", "alice", { choose: "none" }, "1", "", "", "", "service", "", false]);
    const d = await delegateFlow({ prompter: del, cwd: dir });
    assert.ok(del.done);
    assert.match(del.printed.join("\n"), /give the key of cacert\.pem/);
    assert.equal(d.commandLines[1], "albatross-ca sign cacert.pem ca.db ops.key alice.req --albatross=2.7");
  });

  it("offers the command presets: a template's values become the answers' defaults", async () => {
    const dir = workdir();
    const p = new ScreenPrompter([
      { choose: "create" },
      "web",
      "image.hvt",
      { choose: "web-unikernel" },
      "", // cpu: default
      "", // memory: the template's 128
      "", // block devices: none
      "", // networks: the template's service
      "", // boot arguments
      "", // restart when it fails: the template's yes
      "", // exit codes: any except 1
      ...AS_REQUEST,
      true,
    ]);
    const result = await requestFlow({ prompter: p, cwd: dir, release: "2.4" });
    assert.ok(p.done);
    assert.equal(result.commandLines[0], "albatross-ca create web image.hvt --mem=128 --net=service --restart-on-fail --csr --albatross=2.4");
    const cliDir = workdir();
    const same = await runCliHere(["create", "web", "image.hvt", "--template", "web-unikernel", "--csr"], { cwd: cliDir });
    assert.equal(same.status, 0, same.stderr);
    assert.deepEqual(await extensionOf(path.join(cliDir, "web.req")), await extensionOf(path.join(dir, "web.req")));
  });

  it("inspects a certificate chain and audits it against a CA, as the target release", async () => {
    const dir = tmp();
    assert.equal((await runCliHere(["generate", "ca", "ca.db"], { cwd: dir })).status, 0);
    assert.equal((await runCliHere(["console", "web", "--csr"], { cwd: dir })).status, 0);
    assert.equal((await runCliHere(["sign", "cacert.pem", "ca.db", "ca.key", "web.req"], { cwd: dir })).status, 0);
    const p = new ScreenPrompter([{ wrong: "nope.pem", error: "no such file", then: "web.pem" }, "cacert.pem"]);
    const result = await inspectFlow({ prompter: p, cwd: dir, release: "2.4" });
    const shown = p.printed.join("\n");
    assert.match(shown, /console subscribe number 20/);
    assert.match(shown, /accepted: +yes/);
    assert.match(shown, /verified: +yes/);
    assert.deepEqual(result.commandLines, ["albatross-ca inspect web.pem --albatross=2.4", "albatross-ca audit web.pem --ca cacert.pem --albatross=2.4"]);
    assert.match(shown, /The same, without questions:\n {2}albatross-ca inspect web\.pem --albatross=2\.4\n {2}albatross-ca audit web\.pem --ca cacert\.pem --albatross=2\.4$/);
    assert.deepEqual(result.written, []);
    // the printed lines print what the wizard showed
    const inspected = await runCliHere(argvOf(result.commandLines[0]!), { cwd: dir });
    assert.equal(inspected.status, 0, inspected.stderr);
    assert.match(inspected.stdout, /console subscribe number 20/);
    const audited = await runCliHere(argvOf(result.commandLines[1]!), { cwd: dir });
    assert.equal(audited.status, 0, audited.stderr);
    assert.match(audited.stdout, /verified: +yes/);
    // as 2.7: judged, and said, as 2.7
    const p27 = new ScreenPrompter(["web.pem", ""]);
    const r27 = await inspectFlow({ prompter: p27, cwd: dir, release: "2.7" });
    assert.deepEqual(r27.commandLines, ["albatross-ca inspect web.pem --albatross=2.7"]);
  });

  it("without a terminal refuses with one error line and exit 1", () => {
    const r = runCli(["wizard"]);
    assert.equal(r.status, 1);
    assert.equal(r.stderr, "error: the wizard needs an interactive terminal; use the CLI (albatross-ca --help)\n");
    assert.equal(r.stdout, "");
  });
});
