import type { KeyOptions } from "../ca/signing-key.js";
import type { SigningKey } from "../x509/index.js";
import type { Prompter } from "./prompter.js";
export declare function validateKeySpec(cwd: string, spec: string): true | string;
export interface KeyChoice {
    /** what readAuthority reads */
    spec: string;
    options: KeyOptions;
    /** what the printed command line says: the file, or the URI with the module asked for */
    argument: string;
}
export declare function keyChoice(p: Prompter, cwd: string, answer: string): Promise<KeyChoice>;
/** Runs a flow and closes the token keys it opened (their sessions), however it ends. */
export declare function closingKeys<T>(run: (opened: SigningKey[]) => Promise<T>): Promise<T>;
