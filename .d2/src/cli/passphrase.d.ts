import type { Argv } from "yargs";
import { type Passphrase } from "../ca/index.js";
type Value = string | string[] | undefined;
export interface PassphraseArgs {
    "passphrase-file"?: Value;
}
export declare function withPassphraseOption<T>(b: Argv<T>): Argv<T>;
/** How to get the passphrase of a key that turns out to be encrypted; undefined when there is no way. */
export declare function passphraseSource(a: PassphraseArgs): {
    passphrase?: Passphrase;
};
/** The passphrase a new key is encrypted with: the file's, or typed twice on a terminal. */
export declare function newPassphrase(a: PassphraseArgs): Passphrase;
export {};
