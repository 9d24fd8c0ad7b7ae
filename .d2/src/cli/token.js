// The options that reach a CA key kept in a PKCS#11 token, shared by every
// command that signs: the module, and where the PIN comes from.
import { isPkcs11Uri } from "../pkcs11/index.js";
import { ifGiven, single } from "./args.js";
import { CliError } from "./errors.js";
export const TOKEN_OPTIONS = ["pkcs11-module", "pin-file"];
export function withTokenOptions(b) {
    return b
        .option("pkcs11-module", {
        type: "string",
        describe: "PKCS#11 module for a key given as a pkcs11: URI [default: the URI's module-path, then $PKCS11_MODULE]",
    })
        .option("pin-file", {
        type: "string",
        describe: "file whose first line is the token's user PIN [default: the URI's pin-source, else asked on a terminal]",
    });
}
/** The PIN is asked without echo, on the terminal only: never read from a pipe meant for data. */
async function askPin(question) {
    const { password } = await import("@inquirer/prompts");
    return password({ message: question }, { output: process.stderr });
}
export function tokenAccess(a) {
    return {
        ...ifGiven("module", single(a["pkcs11-module"], "--pkcs11-module")),
        ...ifGiven("pinFile", single(a["pin-file"], "--pin-file")),
        ...(process.stdin.isTTY && process.stderr.isTTY ? { askPin } : {}),
    };
}
/** `--key SPEC` uses a key that exists (a file or a pkcs11: URI); `--pkcs11 URI` creates one in a token. */
export function keySource(a) {
    const key = single(a.key, "--key");
    const pkcs11 = single(a.pkcs11, "--pkcs11");
    if (key !== undefined && pkcs11 !== undefined)
        throw new CliError("give --key (an existing key) or --pkcs11 (a new key in a token), not both");
    if (pkcs11 !== undefined) {
        if (!isPkcs11Uri(pkcs11))
            throw new CliError(`--pkcs11 takes a PKCS#11 URI (pkcs11:token=...;object=...), not ${JSON.stringify(pkcs11)}`);
        return { kind: "new-in-token", uri: pkcs11 };
    }
    return key === undefined ? { kind: "file" } : { kind: "existing", spec: key };
}
export function withKeySourceOptions(b, what) {
    return b
        .option("key", { type: "string", describe: `use this existing key: a file or a pkcs11: URI [default: ${what}]` })
        .option("pkcs11", {
        type: "string",
        describe: "create the key inside a PKCS#11 token, e.g. 'pkcs11:token=albatross;object=ops-ca' (it never leaves it)",
    });
}
//# sourceMappingURL=token.js.map