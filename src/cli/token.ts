// The options that reach a CA key kept in a PKCS#11 token, shared by every
// command that signs: the module, and where the PIN comes from.

import type { Argv } from "yargs";
import type { CaKeySource } from "../ca/generate.js";
import type { TokenAccess } from "../pkcs11/token.js";
import { isPkcs11Uri } from "../pkcs11/uri.js";
import { ifGiven, single } from "./args.js";
import { CliError } from "./errors.js";

type Value = string | string[] | undefined;

export interface TokenArgs {
  "pkcs11-module"?: Value;
  "pin-file"?: Value;
}

export const TOKEN_OPTIONS = ["pkcs11-module", "pin-file"];

export function withTokenOptions<T>(b: Argv<T>): Argv<T> {
  return b
    .option("pkcs11-module", {
      type: "string",
      describe: "PKCS#11 module for a key given as a pkcs11: URI [default: the URI's module-path, then $PKCS11_MODULE]",
    })
    .option("pin-file", {
      type: "string",
      describe: "file whose first line is the token's user PIN [default: the URI's pin-source, else asked on a terminal]",
    }) as unknown as Argv<T>;
}

/** The PIN is asked without echo, on the terminal only: never read from a pipe meant for data. */
async function askPin(question: string): Promise<string> {
  const { password } = await import("@inquirer/prompts");
  return password({ message: question }, { output: process.stderr });
}

export function tokenAccess(a: TokenArgs): TokenAccess {
  return {
    ...ifGiven("module", single(a["pkcs11-module"], "--pkcs11-module")),
    ...ifGiven("pinFile", single(a["pin-file"], "--pin-file")),
    ...(process.stdin.isTTY && process.stderr.isTTY ? { askPin } : {}),
  };
}

export interface KeySourceArgs {
  key?: Value;
  pkcs11?: Value;
}

/** `--key SPEC` uses a key that exists (a file or a pkcs11: URI); `--pkcs11 URI` creates one in a token. */
export function keySource(a: KeySourceArgs): CaKeySource {
  const key = single(a.key, "--key");
  const pkcs11 = single(a.pkcs11, "--pkcs11");
  if (key !== undefined && pkcs11 !== undefined) throw new CliError("give --key (an existing key) or --pkcs11 (a new key in a token), not both");
  if (pkcs11 !== undefined) {
    if (!isPkcs11Uri(pkcs11)) throw new CliError(`--pkcs11 takes a PKCS#11 URI (pkcs11:token=...;object=...), not ${JSON.stringify(pkcs11)}`);
    return { kind: "new-in-token", uri: pkcs11 };
  }
  return key === undefined ? { kind: "file" } : { kind: "existing", spec: key };
}

export function withKeySourceOptions<T>(b: Argv<T>, what: string): Argv<T> {
  return b
    .option("key", { type: "string", describe: `use this existing key: a file or a pkcs11: URI [default: ${what}]` })
    .option("pkcs11", {
      type: "string",
      describe: "create the key inside a PKCS#11 token, e.g. 'pkcs11:token=albatross;object=ops-ca' (it never leaves it)",
    }) as unknown as Argv<T>;
}
