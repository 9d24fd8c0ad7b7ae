// The options that reach a CA key kept in a PKCS#11 token, shared by every
// command that signs: the module, and where the PIN comes from.

import type { Argv } from "yargs";
import type { TokenAccess } from "../pkcs11/index.js";
import { ifGiven, single } from "./args.js";

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
