import type { Argv } from "yargs";
import type { CaKeySource } from "../ca/generate.js";
import { type TokenAccess } from "../pkcs11/index.js";
type Value = string | string[] | undefined;
export interface TokenArgs {
    "pkcs11-module"?: Value;
    "pin-file"?: Value;
}
export declare const TOKEN_OPTIONS: string[];
export declare function withTokenOptions<T>(b: Argv<T>): Argv<T>;
export declare function tokenAccess(a: TokenArgs): TokenAccess;
export interface KeySourceArgs {
    key?: Value;
    pkcs11?: Value;
}
/** `--key SPEC` uses a key that exists (a file or a pkcs11: URI); `--pkcs11 URI` creates one in a token. */
export declare function keySource(a: KeySourceArgs): CaKeySource;
export declare function withKeySourceOptions<T>(b: Argv<T>, what: string): Argv<T>;
export {};
