import { type Authority } from "../ca/authority.js";
import { type Warn } from "../ca/errors.js";
import { type Passphrase } from "../ca/files.js";
import { type Plan } from "../ca/plan.js";
import type { Command } from "../model/command.js";
import { type Release } from "../model/release.js";
import { type KeyType, type SigningKey } from "../x509/index.js";
import type { Prompter } from "./prompter.js";
export interface WizardEnv {
    prompter: Prompter;
    /** where files are read from and written to */
    cwd: string;
    now?: Date;
    /** the Albatross release written and checked for (default: the current one) */
    release?: Release;
}
export declare const releaseOfEnv: (env: WizardEnv) => Release;
/** The printed command line of something whose result depends on the release: the release said, so it holds in any shell. */
export declare const forRelease: (env: WizardEnv, argv: readonly string[]) => string[];
/** The CA layer's warnings, shown between the questions. */
export declare const warnOf: (env: WizardEnv) => Warn;
/** What a flow did: the files it wrote (none when declined) and its command line(s). */
export interface FlowResult {
    written: string[];
    commandLines: string[];
}
export declare const NOTHING: FlowResult;
export declare function msg(e: unknown): string;
export declare function fileExistsSync(cwd: string, file: string): true | string;
export declare function folderExistsSync(cwd: string, folder: string): true | string;
/** The preview: Albatross's text of each command, the readable view, the files. */
export declare function preview(commands: readonly Command[], plan: Plan, env: WizardEnv, title: string): string;
/**
 * "Write these files?": yes writes the plan, no writes nothing; either way the
 * command lines are printed. A request, certificate or CA file already there
 * is replaced only when the user says so, as with --force (keys never are).
 */
export declare function confirmAndWrite(env: WizardEnv, plan: Plan, argvs: string[][]): Promise<FlowResult>;
/** The target release, asked once before a flow that writes or judges as one (the given one first, as the default). */
export declare function askRelease(env: WizardEnv): Promise<Release>;
/** The type of a new key; the default first. */
export declare function askKeyType(env: WizardEnv, message?: string): Promise<{
    keyType: KeyType;
    argv: string[];
}>;
/**
 * A new key's passphrase as `generate --encrypt-key` asks it: twice, hidden.
 * An empty or mistyped one is said and asked again.
 */
export declare function askNewPassphrase(p: Prompter, password: NonNullable<Prompter["password"]>): Promise<string>;
/** The passphrase of an encrypted key, asked hidden when the key turns out to be encrypted. */
export declare function passphraseOf(p: Prompter, file: string): {
    passphrase?: Passphrase;
};
/** A signing CA's certificate and key; a key that is not the certificate's (or a wrong passphrase) is asked again. */
export declare function askAuthority(env: WizardEnv, what: string, opened: SigningKey[], defaultKey?: (certFile: string) => string | undefined): Promise<{
    authority: Authority;
    certFile: string;
    keyFile: string;
}>;
