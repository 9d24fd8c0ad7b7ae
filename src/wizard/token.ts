// A signing CA's key in the wizard may be a PKCS#11 URI: the module comes
// from the URI, $PKCS11_MODULE, or a question; the PIN from the URI's
// pin-source or a hidden question. Keys it opens are closed when the flow ends.

import { statSync } from "node:fs";
import path from "node:path";

import type { KeyOptions } from "../ca/signing-key.js";
import { isPkcs11Uri, parsePkcs11Uri } from "../pkcs11/uri.js";
import type { SigningKey } from "../x509/index.js";
import type { Prompter } from "./prompter.js";

export function validateKeySpec(cwd: string, spec: string): true | string {
  if (isPkcs11Uri(spec)) {
    try {
      parsePkcs11Uri(spec);
      return true;
    } catch (e) {
      return (e as Error).message;
    }
  }
  const st = statSync(path.resolve(cwd, spec), { throwIfNoEntry: false });
  return st === undefined ? `${spec}: no such file` : st.isFile() ? true : `${spec}: not a file`;
}

export interface KeyChoice {
  /** what readAuthority reads */
  spec: string;
  options: KeyOptions;
  /** what the printed command line says: the file, or the URI with the module asked for */
  argument: string;
}

export async function keyChoice(p: Prompter, cwd: string, answer: string): Promise<KeyChoice> {
  if (!isPkcs11Uri(answer)) return { spec: path.resolve(cwd, answer), options: {}, argument: answer };
  const uri = parsePkcs11Uri(answer);
  let argument = answer;
  if (uri.modulePath === undefined && !process.env["PKCS11_MODULE"]) {
    const module = await p.input({
      message: "PKCS#11 module (the token's shared library)",
      validate: (s) => validateKeySpec(cwd, s),
    });
    const value = encodeURIComponent(path.resolve(cwd, module)).replace(/%2F/g, "/");
    argument = `${answer}${answer.includes("?") ? "&" : "?"}module-path=${value}`;
  }
  const askPin = p.password === undefined ? undefined : (message: string) => p.password!({ message });
  return { spec: argument, options: { token: askPin === undefined ? {} : { askPin } }, argument };
}

/** Runs a flow and closes the token keys it opened (their sessions), however it ends. */
export async function closingKeys<T>(run: (opened: SigningKey[]) => Promise<T>): Promise<T> {
  const opened: SigningKey[] = [];
  try {
    return await run(opened);
  } finally {
    for (const key of opened) key.close?.();
  }
}
