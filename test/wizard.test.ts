// The wizard end to end: real inquirer prompts rendered on @inquirer/testing's
// virtual screen, answers typed key by key, the preview read back, files
// checked, and the printed command line run through the real CLI.

import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { confirm, input, select } from "@inquirer/prompts";
import { render } from "@inquirer/testing";
import { buildSolo5Image } from "../src/solo5/index.js";
import { parseCsr } from "../src/x509/index.js";
import { type Prompter, type Validate, requestFlow, setupFlow, delegateFlow, signFlow, inspectFlow } from "../src/wizard/index.js";
import { parseArgv, parseIntList, parseLabelList } from "../src/wizard/values.js";
import { runCli } from "./helpers/cli.js";

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

/** The printed command line as argv (our lines only quote with '...'). */
function argvOf(line: string): string[] {
  const words = line.match(/'(?:[^']|'\\'')*'|\S+/g) ?? [];
  const argv = words.map((w) => (w.startsWith("'") ? w.slice(1, -1).replace(/'\\''/g, "'") : w));
  assert.equal(argv[0], "albatross-ca");
  return argv.slice(1);
}

describe("wizard", function () {
  this.timeout(60000);

  const image = buildSolo5Image({ target: "hvt", devices: [{ name: "service", type: "net" }] });

  it("mints a create request: validated answers, preview, files, and a command line that reproduces the extension", async () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, "image.hvt"), image);
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
      true, // write
    ]);
    const result = await requestFlow({ prompter: p, cwd: dir, release: "2.4" });
    assert.ok(p.done);
    const previewText = p.printed.join("\n");
    assert.match(previewText, /certificate extension \(as Albatross 2\.4 prints it\):\n {2}unikernel create/);
    assert.match(previewText, /myunik\.key {2}\(new private key/);
    assert.match(previewText, /myunik\.req/);
    assert.deepEqual(files(dir), ["image.hvt", "myunik.key", "myunik.req"]);
    assert.equal(result.commandLines[0], "albatross-ca create myunik image.hvt --cpu=1 --mem=64 --net=service --csr");
    assert.ok(previewText.includes(result.commandLines[0]!));

    const cliDir = tmp();
    fs.writeFileSync(path.join(cliDir, "image.hvt"), image);
    const r = runCli(argvOf(result.commandLines[0]!), { cwd: cliDir });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(await extensionOf(path.join(cliDir, "myunik.req")), await extensionOf(path.join(dir, "myunik.req")));
  });

  it("splits boot arguments as a shell does, and the printed command line gives the same request", async () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, "image.hvt"), image);
    const p = new ScreenPrompter([
      { choose: "create" },
      "web",
      "image.hvt",
      { choose: "none" },
      "", // cpu
      "", // memory
      "", // block devices
      "service",
      { wrong: "-l | tee", error: 'the shell operator "|" is not an argument', then: `--hello="Hi there" -l 'a b'` },
      false,
      true,
    ]);
    const result = await requestFlow({ prompter: p, cwd: dir, release: "2.4" });
    assert.ok(p.done);
    assert.equal(result.commandLines[0], "albatross-ca create web image.hvt --net=service '--arg=--hello=Hi there' --arg=-l '--arg=a b' --csr");
    assert.match(p.printed.join("\n"), /argv: +"--hello=Hi there" -l "a b"/);
    const cliDir = tmp();
    fs.writeFileSync(path.join(cliDir, "image.hvt"), image);
    const r = runCli(argvOf(result.commandLines[0]!), { cwd: cliDir });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(await extensionOf(path.join(cliDir, "web.req")), await extensionOf(path.join(dir, "web.req")));
  });

  it('answering "No" writes nothing and still prints the command line', async () => {
    const dir = tmp();
    const p = new ScreenPrompter([{ choose: "destroy" }, "old", false]);
    const result = await requestFlow({ prompter: p, cwd: dir, release: "2.4" });
    assert.deepEqual(files(dir), []);
    assert.deepEqual(result.written, []);
    assert.match(p.printed.join("\n"), /Nothing was written\. The same, without questions:\n {2}albatross-ca destroy old --csr$/);
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
      true,
    ]);
    const result = await requestFlow({ prompter: p, cwd: dir, release: "2.4" });
    assert.deepEqual(files(dir), ["web.key", "web.req"]);
    assert.equal(result.commandLines[0], "albatross-ca console web --since=2024-01-02T03:04:05Z --csr");
    assert.match(p.printed.join("\n"), /console subscribe since 2024-01-02/);
    const cliDir = tmp();
    const r = runCli(argvOf(result.commandLines[0]!), { cwd: cliDir });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(await extensionOf(path.join(cliDir, "web.req")), await extensionOf(path.join(dir, "web.req")));
  });

  const simple: [string, Step[], string, string][] = [
    ["destroy", ["myunik"], "albatross-ca destroy myunik --csr", "myunik"],
    ["restart", ["myunik", false], "albatross-ca restart myunik --csr", "myunik"],
    ["stats", ["myunik"], "albatross-ca stats --name=myunik --csr", "myunik"],
    ["policy", [{ wrong: "a/b", error: "invalid path", then: "alice" }], "albatross-ca policy --path=alice --csr", "alice"],
    ["create-block", ["disk", { wrong: "0", error: "size must be at least 1", then: "10" }, ""], "albatross-ca create-block disk 10 --csr", "disk"],
    ["destroy-block", ["disk"], "albatross-ca destroy-block disk --csr", "disk"],
  ];
  for (const [which, answers, line, cn] of simple) {
    it(`${which}: the printed command line reproduces the extension through the CLI`, async () => {
      const dir = tmp();
      const p = new ScreenPrompter([{ choose: `${which} ` }, ...answers, true]);
      const result = await requestFlow({ prompter: p, cwd: dir, release: "2.4" });
      assert.ok(p.done);
      assert.equal(result.commandLines[0], line);
      const cliDir = tmp();
      const r = runCli(argvOf(line), { cwd: cliDir });
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(await extensionOf(path.join(cliDir, `${cn}.req`)), await extensionOf(path.join(dir, `${cn}.req`)));
    });
  }

  it('"no" at the confirmation leaves no file at all', async () => {
    const dir = tmp();
    const p = new ScreenPrompter([{ choose: "destroy" }, "myunik", false]);
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
    const setup = new ScreenPrompter(["ca", "", "", true]);
    const s = await setupFlow({ prompter: setup, cwd: dir, release: "2.4" });
    assert.deepEqual(files(dir), ["ca.db", "ca.db.certs", "ca.key", "cacert.pem", "server.key", "server.pem"]);
    assert.equal(s.commandLines[0], "albatross-ca generate ca ca.db");

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
    assert.equal(d.commandLines[0], "albatross-ca add-policy alice 4 --mem=1024 --cpu=0 --cpu=1 --bridge=service --csr");

    // the printed add-policy line gives the same extension through the real CLI
    const cliDir = tmp();
    const r = runCli(argvOf(d.commandLines[0]!), { cwd: cliDir });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(await extensionOf(path.join(cliDir, "alice.req")), await extensionOf(path.join(dir, "alice.req")));
    // and the printed sign line works on it
    for (const f of ["cacert.pem", "ca.key", "ca.db"]) fs.copyFileSync(path.join(dir, f), path.join(cliDir, f));
    const rs = runCli(argvOf(d.commandLines[1]!), { cwd: cliDir });
    assert.equal(rs.status, 0, rs.stderr);
    assert.ok(fs.existsSync(path.join(cliDir, "alice.pem")));

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
    await requestFlow({ prompter: new ScreenPrompter([{ choose: "console" }, "old", "2024-01-02T03:04:05Z", true]), cwd: reqs, release: "2.4" });
    const sign = new ScreenPrompter(["", "ca.key", "reqs", "", true, true]);
    const g = await signFlow({ prompter: sign, cwd: dir, release: "2.4" });
    assert.deepEqual(files(reqs), ["old.key", "old.pem", "old.req"]);
    // the decoded request is shown before the question whether to sign it
    const shown = sign.log.findIndex((l) => /^print: old\.req: CN=old, leaf: console subscribe since 2024-01-02T03:04:05[^\n]*\n {4}since: +2024-01-02T03:04:05Z$/.test(l));
    const asked = sign.log.indexOf("confirm: sign old.req (old)?");
    assert.ok(shown >= 0 && asked > shown, sign.log.join("\n"));
    assert.equal(g.commandLines[0], "albatross-ca sign cacert.pem ca.db ca.key reqs/old.req --out-dir=reqs");
  });

  it("offers the command presets: a template's values become the answers' defaults", async () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, "image.hvt"), image);
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
      true,
    ]);
    const result = await requestFlow({ prompter: p, cwd: dir, release: "2.4" });
    assert.ok(p.done);
    assert.equal(result.commandLines[0], "albatross-ca create web image.hvt --mem=128 --net=service --restart-on-fail --csr");
    const cliDir = tmp();
    fs.writeFileSync(path.join(cliDir, "image.hvt"), image);
    const same = runCli(["create", "web", "image.hvt", "--template", "web-unikernel", "--csr"], { cwd: cliDir });
    assert.equal(same.status, 0, same.stderr);
    assert.deepEqual(await extensionOf(path.join(cliDir, "web.req")), await extensionOf(path.join(dir, "web.req")));
  });

  it("inspects a certificate chain and audits it against a CA", async () => {
    const dir = tmp();
    assert.equal(runCli(["generate", "ca", "ca.db"], { cwd: dir }).status, 0);
    assert.equal(runCli(["console", "web", "--csr"], { cwd: dir }).status, 0);
    assert.equal(runCli(["sign", "cacert.pem", "ca.db", "ca.key", "web.req"], { cwd: dir }).status, 0);
    const p = new ScreenPrompter([{ wrong: "nope.pem", error: "no such file", then: "web.pem" }, "cacert.pem"]);
    const result = await inspectFlow({ prompter: p, cwd: dir, release: "2.4" });
    const shown = p.printed.join("\n");
    assert.match(shown, /console subscribe number 20/);
    assert.match(shown, /accepted: +yes/);
    assert.match(shown, /verified: +yes/);
    assert.deepEqual(result.commandLines, ["albatross-ca inspect web.pem", "albatross-ca audit web.pem --ca cacert.pem"]);
    assert.match(shown, /The same, without questions:\n {2}albatross-ca inspect web\.pem\n {2}albatross-ca audit web\.pem --ca cacert\.pem$/);
    assert.deepEqual(result.written, []);
  });

  it("without a terminal refuses with one error line and exit 1", () => {
    const r = runCli(["wizard"]);
    assert.equal(r.status, 1);
    assert.equal(r.stderr, "error: the wizard needs an interactive terminal; use the CLI (albatross-ca --help)\n");
    assert.equal(r.stdout, "");
  });
});
