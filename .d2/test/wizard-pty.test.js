// The wizard in a real pseudo-terminal (util-linux `script`), as a person
// runs it: prompts drawn by inquirer on a TTY, answers typed when asked.
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { runCli } from "./helpers/cli.js";
import { cliPath } from "./helpers/paths.js";
const haveScript = spawnSync("script", ["--version"]).status === 0;
const plain = (s) => s.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, "").replace(/\r/g, "");
/** Runs `albatross-ca ARGS` on a pseudo-terminal; each answer is typed once its prompt is on screen. */
function onTerminal(args, cwd, answers, env = process.env) {
    const command = [process.execPath, cliPath, ...args].map((w) => `'${w}'`).join(" ");
    const child = spawn("script", ["-qfec", command, "/dev/null"], { cwd, env, stdio: ["pipe", "pipe", "pipe"] });
    let screen = "";
    const pending = [...answers];
    child.stdout.on("data", (d) => {
        screen += d.toString("utf8");
        const next = pending[0];
        if (next && plain(screen).includes(next[0])) {
            pending.shift();
            child.stdin.write(next[1]);
        }
    });
    // a prompt that never comes ends the run, with the screen to show for it
    const watchdog = setTimeout(() => child.kill(), 60_000);
    return new Promise((resolve) => child.on("close", (status) => {
        clearTimeout(watchdog);
        resolve({ status, screen: plain(screen) });
    }));
}
describe("wizard on a real terminal", function () {
    this.timeout(120_000);
    (haveScript ? it : it.skip)("inspect flow: the release (ALBATROSS_VERSION's by default), the certificate, the audit, and the equivalent command lines", async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "wizard-pty-"));
        for (const args of [["generate", "ca", "ca.db"], ["console", "web"], ["sign", "cacert.pem", "ca.db", "ca.key", "web.req"]]) {
            assert.equal(runCli(args, { cwd: dir }).status, 0);
        }
        const r = await onTerminal(["wizard", "inspect"], dir, [
            ["2.7 (2.7.2, the current release)", "\r"],
            ["file to inspect", "web.pem\r"],
            ["audit it against a CA certificate", "cacert.pem\r"],
        ], { ...process.env, ALBATROSS_VERSION: "2.4" });
        assert.equal(r.status, 0, r.screen);
        assert.match(r.screen, /command: +console subscribe number 20/);
        assert.match(r.screen, /accepted: +yes/);
        assert.match(r.screen, /Albatross release of the hosts[^\n]*\n❯ 2\.4 \(2\.4\.1\)\n {2}2\.7 \(2\.7\.2, the current release\)/);
        assert.match(r.screen, /The same, without questions:\n {2}albatross-ca inspect web\.pem --albatross=2\.4\n {2}albatross-ca audit web\.pem --ca cacert\.pem --albatross=2\.4/);
    });
});
describe("wizard on a real terminal: a CA with an encrypted key", function () {
    this.timeout(120_000);
    (haveScript ? it : it.skip)("setup flow: the passphrase typed twice without echo; openssl reads the key with it", async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "wizard-pty-"));
        const secret = "pty-s3cret-phrase";
        const r = await onTerminal(["wizard", "setup"], dir, [
            ["CA name", "ops\r"],
            ["server certificate name", "\r"],
            ["CA database file", "\r"],
            ["type of the new keys", "\r"],
            ["encrypt the CA key with a passphrase?", "y\r"],
            ["passphrase for the new CA key", `${secret}\r`],
            ["the same passphrase again", `${secret}\r`],
            ["Write these files?", "y\r"],
        ]);
        assert.equal(r.status, 0, r.screen);
        assert.ok(!r.screen.includes(secret), r.screen);
        assert.match(r.screen, /Next time, without questions:\n {2}albatross-ca generate ops ca\.db --encrypt-key/);
        const pass = path.join(dir, "pass.txt");
        fs.writeFileSync(pass, `${secret}\n`);
        assert.match(fs.readFileSync(path.join(dir, "ops.key"), "utf8"), /^-----BEGIN ENCRYPTED PRIVATE KEY-----/);
        const o = spawnSync("openssl", ["pkey", "-in", "ops.key", "-passin", `file:${pass}`, "-noout"], { cwd: dir });
        assert.equal(o.status, 0, o.stderr.toString());
    });
});
//# sourceMappingURL=wizard-pty.test.js.map