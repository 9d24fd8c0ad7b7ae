// Passphrases of encrypted key files: from --passphrase-file (its first
// line), else asked without echo when a terminal is there; never from a pipe
// meant for data.
import { readFileSync } from "node:fs";
import { newPassphraseTyped } from "../ca/index.js";
import { single } from "./args.js";
import { CliError } from "./errors.js";
export function withPassphraseOption(b) {
    return b.option("passphrase-file", {
        type: "string",
        describe: "file whose first line is the passphrase of encrypted key files [default: asked on a terminal]",
    });
}
const interactive = () => process.stdin.isTTY === true && process.stderr.isTTY === true;
async function ask(message) {
    const { password } = await import("@inquirer/prompts");
    return password({ message, mask: false }, { output: process.stderr });
}
function fromFile(file) {
    let text;
    try {
        text = readFileSync(file, "utf8");
    }
    catch (e) {
        const code = e.code;
        throw new CliError(`--passphrase-file ${file}: ${code === "ENOENT" ? "no such file" : e.message}`);
    }
    const line = text.split(/\r?\n/)[0];
    if (line === "")
        throw new CliError(`--passphrase-file ${file}: the first line is empty`);
    return line;
}
/** How to get the passphrase of a key that turns out to be encrypted; undefined when there is no way. */
export function passphraseSource(a) {
    const file = single(a["passphrase-file"], "--passphrase-file");
    if (file !== undefined)
        return { passphrase: async () => fromFile(file) };
    if (!interactive())
        return {};
    let asked = null;
    return { passphrase: () => (asked ??= ask("passphrase of the encrypted private key")) };
}
/** The passphrase a new key is encrypted with: the file's, or typed twice on a terminal. */
export function newPassphrase(a) {
    const file = single(a["passphrase-file"], "--passphrase-file");
    if (file !== undefined)
        return async () => fromFile(file);
    if (!interactive())
        throw new CliError("--encrypt-key needs --passphrase-file FILE, or a terminal to ask for the passphrase");
    return () => newPassphraseTyped(ask);
}
//# sourceMappingURL=passphrase.js.map