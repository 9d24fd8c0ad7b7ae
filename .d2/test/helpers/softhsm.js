// SoftHSM2 tokens for the PKCS#11 tests: each test gets its own token in a
// temporary folder (its own SOFTHSM2_CONF), so tests never share key objects.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
/** Where distributions put the module (Debian/Ubuntu, Fedora, Homebrew, from source). */
const MODULE_CANDIDATES = [
    "/usr/lib/softhsm/libsofthsm2.so",
    `/usr/lib/${process.arch === "arm64" ? "aarch64" : "x86_64"}-linux-gnu/softhsm/libsofthsm2.so`,
    "/usr/lib64/pkcs11/libsofthsm2.so",
    "/usr/local/lib/softhsm/libsofthsm2.so",
    "/opt/homebrew/lib/softhsm/libsofthsm2.so",
];
function softhsmModule() {
    const fromEnv = process.env["SOFTHSM2_MODULE"];
    if (fromEnv !== undefined && fs.existsSync(fromEnv))
        return fromEnv;
    return MODULE_CANDIDATES.find((p) => fs.existsSync(p));
}
function hasUtil() {
    return spawnSync("softhsm2-util", ["--version"]).status === 0;
}
export const softhsm = (() => {
    const module = softhsmModule();
    if (module === undefined)
        return { found: false, reason: "softhsm2 is not installed (no libsofthsm2.so)" };
    if (!hasUtil())
        return { found: false, reason: "softhsm2 is not installed (no softhsm2-util)" };
    return { found: true, module };
})();
/** `describe`, or `describe.skip` with the reason in its title when SoftHSM2 cannot be found. */
export function describeWithSoftHsm(title, body) {
    if (softhsm.found)
        describe(title, body);
    else
        describe.skip(`${title} (pending: ${softhsm.reason})`, body);
}
export const USER_PIN = "4711-user";
const SO_PIN = "so-pin-12345678";
/** A fresh, initialised token labelled `label` with the user PIN USER_PIN. */
export function newToken(label = "albatross") {
    if (!softhsm.found)
        throw new Error(softhsm.reason);
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "albatross-ca-softhsm-"));
    const tokens = path.join(root, "tokens");
    const dir = path.join(root, "work");
    fs.mkdirSync(tokens);
    fs.mkdirSync(dir);
    const conf = path.join(root, "softhsm2.conf");
    fs.writeFileSync(conf, `directories.tokendir = ${tokens}\nobjectstore.backend = file\nlog.level = ERROR\n`);
    const env = { ...process.env, SOFTHSM2_CONF: conf, PKCS11_MODULE: softhsm.module };
    execFileSync("softhsm2-util", ["--init-token", "--free", "--label", label, "--so-pin", SO_PIN, "--pin", USER_PIN], {
        env,
        stdio: "ignore",
    });
    const pinFile = path.join(root, "pin");
    fs.writeFileSync(pinFile, `${USER_PIN}\n`);
    const module = softhsm.module;
    return {
        dir,
        module,
        label,
        env,
        pinFile,
        tool(args) {
            const r = spawnSync("pkcs11-tool", ["--module", module, "--token-label", label, "--login", "--pin", USER_PIN, ...args], { env });
            if (r.error !== undefined)
                return null;
            if (r.status !== 0)
                throw new Error(`pkcs11-tool ${args.join(" ")}: ${r.stderr.toString()}`);
            return r.stdout.toString();
        },
    };
}
/**
 * Marks the token's user PIN as locked (CKF_USER_PIN_LOCKED) in SoftHSM's
 * token file: SoftHSM itself never locks a PIN, however often it is wrong.
 * The flags are the value of its vendor attribute CKA_OS_TOKENFLAGS.
 */
export function lockUserPin(token) {
    const tokens = path.join(path.dirname(token.dir), "tokens");
    const [uuid] = fs.readdirSync(tokens);
    const file = path.join(tokens, uuid, "token.object");
    const bytes = fs.readFileSync(file);
    // CKA_OS_TOKENFLAGS (CKA_VENDOR_DEFINED + "SK"), then its kind: an unsigned long
    const marker = Buffer.from("000000008000534b0000000000000002", "hex");
    const at = bytes.indexOf(marker);
    if (at < 0)
        throw new Error(`no token flags in ${file}`);
    const value = at + marker.length;
    bytes.writeBigUInt64BE(bytes.readBigUInt64BE(value) | 0x40000n, value);
    fs.writeFileSync(file, bytes);
}
//# sourceMappingURL=softhsm.js.map