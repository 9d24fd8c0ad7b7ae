import type { Command } from "../model/command.js";
import { type Name } from "../model/name.js";
export type Format = "text" | "json";
export declare const FORMAT_OPTION: {
    choices: readonly ["text", "json"];
    default: "text";
    describe: string;
};
/** `--out-dir` is made when missing (with its parents), and the user is told. */
export declare function ensureOutDir(dir: string | undefined): void;
/** Serial and validity end of a certificate we just wrote. */
export declare function certificateFacts(pem: string): {
    serial: string;
    not_after: string;
};
export declare const commandJson: (command: Command) => unknown;
export declare const nameJson: (name: Name) => string;
/** Text lines or the JSON object, on stdout. */
export declare function report(format: Format, lines: readonly string[], json: Record<string, unknown>): void;
