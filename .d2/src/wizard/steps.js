// What the wizard's flows share: where they run (the prompter, the folder,
// the target release), the preview, the confirmation that writes the plan or
// prints the command line instead, and the questions several flows ask.
import { statSync } from "node:fs";
import path from "node:path";
import { readAuthority } from "../ca/authority.js";
import { CaError } from "../ca/errors.js";
import { newPassphraseTyped } from "../ca/files.js";
import { describePlan, executePlan, plannedFiles } from "../ca/plan.js";
import { CA_CERTIFICATE_FILE } from "../ca/generate.js";
import { DEFAULT_RELEASE, RELEASE_VERSION, RELEASES } from "../model/release.js";
import { ppCommand } from "../render/albatross.js";
import { formatLines, readableCommand } from "../render/readable.js";
import { DEFAULT_KEY_TYPE, KEY_TYPES } from "../x509/index.js";
import { commandLine, exists } from "./plan.js";
import { keyChoice, validateKeySpec } from "./token.js";
export const releaseOfEnv = (env) => env.release ?? DEFAULT_RELEASE;
/** The printed command line of something whose result depends on the release: the release said, so it holds in any shell. */
export const forRelease = (env, argv) => [...argv, `--albatross=${releaseOfEnv(env)}`];
/** The CA layer's warnings, shown between the questions. */
export const warnOf = (env) => (message) => env.prompter.print(`warning: ${message}`);
export const NOTHING = { written: [], commandLines: [] };
export function msg(e) {
    return e instanceof Error ? e.message : String(e);
}
export function fileExistsSync(cwd, file) {
    const st = statSync(path.resolve(cwd, file), { throwIfNoEntry: false });
    return st === undefined ? `${file}: no such file` : st.isFile() ? true : `${file}: not a file`;
}
export function folderExistsSync(cwd, folder) {
    return statSync(path.resolve(cwd, folder), { throwIfNoEntry: false })?.isDirectory() ? true : `${folder}: not a folder`;
}
/** The preview: Albatross's text of each command, the readable view, the files. */
export function preview(commands, plan, env, title) {
    const release = releaseOfEnv(env);
    const lines = [`── ${title} ──`];
    for (const command of commands) {
        lines.push(`certificate extension (as Albatross ${release} prints it):`, `  ${ppCommand(command, release)}`);
        const readable = readableCommand(command);
        if (readable.length)
            lines.push("in words:", formatLines(readable, "  "));
    }
    lines.push("files that will be written:", describePlan(plan, env.cwd));
    return lines.join("\n");
}
/**
 * "Write these files?": yes writes the plan, no writes nothing; either way the
 * command lines are printed. A request, certificate or CA file already there
 * is replaced only when the user says so, as with --force (keys never are).
 */
export async function confirmAndWrite(env, plan, argvs) {
    const p = env.prompter;
    const present = [];
    for (const w of plan)
        if (w.kind === "file" && !w.replace && (await exists(w.file)))
            present.push(path.relative(env.cwd, w.file));
    const replace = present.length > 0 && (await p.confirm({ message: `${present.join(", ")} exist${present.length > 1 ? "" : "s"}: replace (--force)?`, default: false }));
    const commandLines = argvs.map((argv) => commandLine(replace ? [...argv, "--force"] : argv));
    const ok = (present.length === 0 || replace) && (await p.confirm({ message: "Write these files?", default: false }));
    if (!ok) {
        p.print(`Nothing was written. The same, without questions:\n${commandLines.map((c) => `  ${c}`).join("\n")}`);
        return { written: [], commandLines };
    }
    await executePlan(replace ? plan.map((w) => (w.kind === "file" ? { ...w, replace: true } : w)) : plan);
    const written = plannedFiles(plan);
    p.print(`Written:\n${written.map((f) => `  ${path.relative(env.cwd, f)}`).join("\n")}\n` +
        `Next time, without questions:\n${commandLines.map((c) => `  ${c}`).join("\n")}`);
    return { written, commandLines };
}
/** The target release, asked once before a flow that writes or judges as one (the given one first, as the default). */
export async function askRelease(env) {
    const given = releaseOfEnv(env);
    const ordered = [given, ...RELEASES.filter((r) => r !== given)];
    return env.prompter.select({
        message: "Albatross release of the hosts",
        choices: ordered.map((r) => ({ name: `${r} (${RELEASE_VERSION[r]}${r === DEFAULT_RELEASE ? ", the current release" : ""})`, value: r })),
    });
}
/** The type of a new key; the default first. */
export async function askKeyType(env, message = "type of the new key") {
    const keyType = await env.prompter.select({
        message,
        choices: [DEFAULT_KEY_TYPE, ...KEY_TYPES.filter((k) => k !== DEFAULT_KEY_TYPE)].map((k) => ({ name: k, value: k })),
    });
    return { keyType, argv: keyType === DEFAULT_KEY_TYPE ? [] : [`--key-type=${keyType}`] };
}
/**
 * A new key's passphrase as `generate --encrypt-key` asks it: twice, hidden.
 * An empty or mistyped one is said and asked again.
 */
export async function askNewPassphrase(p, password) {
    for (;;) {
        try {
            return await newPassphraseTyped((message) => password.call(p, { message }));
        }
        catch (e) {
            if (!(e instanceof CaError))
                throw e;
            p.print(`${msg(e)}: type it again`);
        }
    }
}
/** The passphrase of an encrypted key, asked hidden when the key turns out to be encrypted. */
export function passphraseOf(p, file) {
    return p.password === undefined ? {} : { passphrase: () => p.password({ message: `passphrase of ${file}` }) };
}
/** A signing CA's certificate and key; a key that is not the certificate's (or a wrong passphrase) is asked again. */
export async function askAuthority(env, what, opened, defaultKey) {
    const p = env.prompter;
    const certFile = await p.input({
        message: `${what}: certificate file`,
        default: CA_CERTIFICATE_FILE,
        validate: (s) => fileExistsSync(env.cwd, s),
    });
    const keyDefault = defaultKey?.(certFile);
    for (;;) {
        const answer = await p.input({
            message: `${what}: private key file (or a pkcs11: URI for a key in a token)`,
            ...(keyDefault === undefined ? {} : { default: keyDefault }),
            validate: (s) => validateKeySpec(env.cwd, s),
        });
        const key = await keyChoice(p, env.cwd, answer);
        try {
            const authority = await readAuthority(path.resolve(env.cwd, certFile), key.spec, releaseOfEnv(env), {
                ...passphraseOf(p, answer),
                ...key.options,
            });
            opened.push(authority.key);
            return { authority, certFile, keyFile: key.argument };
        }
        catch (e) {
            p.print(`${msg(e)}: give the key of ${certFile}`);
        }
    }
}
//# sourceMappingURL=steps.js.map