// The wizard's flows. Each asks only what its task needs, validates every
// answer as the command line would, shows exactly what the certificate will
// carry and which files appear, writes nothing before "yes", and ends with
// the command line that does the same without questions (also after "no").
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileFor } from "../ca/files.js";
import { DEFAULT_SERVER_NAME, planAuthority } from "../ca/generate.js";
import { describePlan } from "../ca/plan.js";
import { planRequest } from "../ca/request.js";
import { signedPlan, signRequest } from "../ca/sign.js";
import { auditChain, auditToText, inspect, inspectionToText } from "../inspect/index.js";
import { ppCommand } from "../render/albatross.js";
import { formatLines, readableCommand } from "../render/readable.js";
import { BUILTIN_PROFILES } from "../x509/index.js";
import { commandLine, exists } from "./plan.js";
import { askPolicy, requestFlow } from "./requests.js";
import { askAuthority, askKeyType, askNewPassphrase, askRelease, confirmAndWrite, fileExistsSync, folderExistsSync, forRelease, msg, NOTHING, passphraseOf, preview, releaseOfEnv, warnOf, } from "./steps.js";
import { closingKeys } from "./token.js";
import { parseLabel, validator } from "./values.js";
export { requestFlow };
// ─── policies and sub-CAs ──────────────────────────────────────────────────
/** Flow 2: a sub-CA — its policy request and, with a CA at hand, its certificate. */
export async function delegateFlow(env) {
    return closingKeys((opened) => delegate(env, opened));
}
async function delegate(env, opened) {
    const p = env.prompter;
    const { authority, certFile, keyFile } = await askAuthority(env, "signing CA", opened);
    if (authority.policy)
        p.print(`The signing CA's policy: ${ppCommand({ kind: "policy_add", policy: authority.policy }, releaseOfEnv(env))}`);
    const subName = parseLabel(await p.input({ message: "sub-CA name (one label, e.g. alice)", validate: validator((s) => parseLabel(s, "sub-CA name")) }), "sub-CA name");
    const { policy, argv } = await askPolicy(env, authority.policy);
    const command = { kind: "policy_add", policy };
    const name = { path: [subName], name: null };
    const requested = await planRequest(command, name, { outDir: env.cwd, release: releaseOfEnv(env), warn: warnOf(env) });
    const signed = await signRequest(authority, requested.request.der, { release: releaseOfEnv(env), ...(env.now ? { now: env.now } : {}) });
    const dbFile = await p.input({ message: "CA database file", default: "ca.db", validate: (s) => (s.trim() ? true : "give a file name") });
    const { plan: signing } = await signedPlan(signed, {
        databaseFile: path.resolve(env.cwd, dbFile),
        outDir: env.cwd,
        caCertificateFile: path.resolve(env.cwd, certFile),
        caKeyFile: path.resolve(env.cwd, keyFile),
    });
    const plan = [...requested.plan, ...signing];
    p.print(preview([command], plan, env, `sub-CA ${subName}`));
    return confirmAndWrite(env, plan, [
        forRelease(env, ["add-policy", subName, ...argv, "--csr"]),
        forRelease(env, ["sign", certFile, dbFile, keyFile, `${subName}.req`]),
    ]);
}
// ─── a new CA ──────────────────────────────────────────────────────────────
/** Flow 1: a root CA and the TLS endpoint's server certificate. */
export async function setupFlow(env) {
    const p = env.prompter;
    const caName = parseLabel(await p.input({ message: "CA name", default: "ca", validate: validator((s) => parseLabel(s, "CA name")) }), "CA name");
    const serverName = parseLabel(await p.input({
        message: "server certificate name (the TLS endpoint)",
        default: DEFAULT_SERVER_NAME,
        validate: validator((s) => {
            parseLabel(s, "server name");
            if (s === caName || s === "cacert")
                throw new Error(`the server must be named differently from the CA (${caName}) and from "cacert"`);
        }),
    }), "server name");
    const dbFile = await p.input({ message: "CA database file", default: "ca.db", validate: (s) => (s.trim() ? true : "give a file name") });
    const argv = ["generate", caName, dbFile];
    if (serverName !== DEFAULT_SERVER_NAME)
        argv.push(`--server=${serverName}`);
    const { keyType, argv: keyArgv } = await askKeyType(env, "type of the new keys");
    argv.push(...keyArgv);
    // as generate --encrypt-key: a new CA key only (an existing one is reused as it is), the passphrase typed twice
    const caKeyExists = await exists(path.resolve(env.cwd, `${caName}.key`));
    const password = p.password;
    let encryptKey;
    if (caKeyExists)
        p.print(`${caName}.key exists: the CA certificate is made for it`);
    else if (password && (await p.confirm({ message: "encrypt the CA key with a passphrase?", default: false }))) {
        encryptKey = await askNewPassphrase(p, password);
        argv.push("--encrypt-key");
    }
    const { plan } = await planAuthority({
        name: caName,
        databaseFile: path.resolve(env.cwd, dbFile),
        serverName,
        keyType,
        outDir: env.cwd,
        ...(encryptKey === undefined ? {} : { encryptKey: async () => encryptKey }),
        ...passphraseOf(p, `${caName}.key`),
        ...(env.now ? { now: env.now } : {}),
    });
    p.print(`${preview([], plan, env, `CA ${caName}`)}\n` +
        `CA certificate: CN=${caName}, root CA, self-signed, ${BUILTIN_PROFILES["root-ca"].validitySeconds / 86400} days${encryptKey === undefined ? "" : " (its key encrypted)"}\n` +
        `server certificate: CN=${serverName}, TLS server, ${BUILTIN_PROFILES.server.validitySeconds / 86400} days`);
    return confirmAndWrite(env, plan, [argv]);
}
// ─── signing ───────────────────────────────────────────────────────────────
/** Flow 4: sign the pending requests (`*.req` without a `.pem`) in a folder. */
export async function signFlow(env) {
    return closingKeys((opened) => signPending(env, opened));
}
async function signPending(env, opened) {
    const p = env.prompter;
    const { authority, certFile, keyFile } = await askAuthority(env, "signing CA", opened);
    const folder = await p.input({ message: "folder with the requests", default: ".", validate: (s) => folderExistsSync(env.cwd, s) });
    const dir = path.resolve(env.cwd, folder);
    const dbFile = await p.input({ message: "CA database file", default: "ca.db", validate: (s) => (s.trim() ? true : "give a file name") });
    const pending = [];
    for (const f of (await readdir(dir)).sort()) {
        if (f.endsWith(".req") && !(await exists(path.join(dir, f.replace(/\.req$/, ".pem")))))
            pending.push(f);
    }
    if (pending.length === 0) {
        p.print("No pending requests (every .req already has its .pem).");
        return NOTHING;
    }
    const plan = [];
    const chosen = [];
    const writers = new Map();
    const texts = [];
    for (const f of pending) {
        let signed;
        try {
            signed = await signRequest(authority, await readFile(path.join(dir, f)), {
                warn: warnOf(env),
                release: releaseOfEnv(env),
                ...(env.now ? { now: env.now } : {}),
            });
        }
        catch (e) {
            texts.push(`  ${f}: refused — ${msg(e)}`);
            continue;
        }
        // as the CLI: two requests for one CN would both be <CN>.pem
        const other = writers.get(fileFor(dir, signed.commonName, "pem"));
        if (other !== undefined) {
            texts.push(`  ${f}: not now — ${other} is for CN=${signed.commonName} too: sign it on its own`);
            continue;
        }
        const what = signed.command ? ppCommand(signed.command, releaseOfEnv(env)) : "no Albatross extension (server certificate)";
        texts.push(`  ${f}: CN=${signed.commonName}, ${signed.profile}: ${what}`);
        // what the request asks for, decoded, before the question
        const details = signed.command ? readableCommand(signed.command) : [];
        p.print(`${f}: CN=${signed.commonName}, ${signed.profile}: ${what}${details.length ? `\n${formatLines(details, "    ")}` : ""}`);
        const sign = await p.confirm({ message: `sign ${f} (${signed.commonName})?`, default: true });
        if (!sign)
            continue;
        const signing = await signedPlan(signed, {
            databaseFile: path.resolve(env.cwd, dbFile),
            outDir: dir,
            caCertificateFile: path.resolve(env.cwd, certFile),
            caKeyFile: path.resolve(env.cwd, keyFile),
        });
        writers.set(signing.certificateFile, f);
        plan.push(...signing.plan);
        chosen.push(path.relative(env.cwd, path.join(dir, f)));
    }
    p.print(`requests:\n${texts.join("\n")}`);
    if (plan.length === 0) {
        p.print("Nothing to sign.");
        return NOTHING;
    }
    p.print(`files that will be written:\n${describePlan(plan, env.cwd)}`);
    // one sign for them all, as the CLI takes several requests (all or none)
    const outDir = path.relative(env.cwd, dir);
    return confirmAndWrite(env, plan, [forRelease(env, ["sign", certFile, dbFile, keyFile, ...chosen, ...(outDir ? [`--out-dir=${outDir}`] : [])])]);
}
// ─── inspecting ────────────────────────────────────────────────────────────
/** Flow 5: what a certificate or request carries (read only). */
export async function inspectFlow(env) {
    const p = env.prompter;
    const file = await p.input({
        message: "file to inspect (certificate, chain, request, key or dump)",
        validate: (s) => fileExistsSync(env.cwd, s),
    });
    const release = releaseOfEnv(env);
    const inspection = await inspect(await readFile(path.resolve(env.cwd, file)), { release, ...(env.now ? { at: env.now } : {}) });
    p.print(inspectionToText(inspection));
    const done = (argvs) => {
        const commandLines = argvs.map((argv) => commandLine(forRelease(env, argv)));
        p.print(`The same, without questions:\n${commandLines.map((c) => `  ${c}`).join("\n")}`);
        return { written: [], commandLines };
    };
    if (inspection.kind !== "chain" && inspection.kind !== "certificate")
        return done([["inspect", file]]);
    const ca = await p.input({
        message: "audit it against a CA certificate (empty to skip)",
        default: "",
        validate: (s) => (s.trim() === "" ? true : fileExistsSync(env.cwd, s)),
    });
    if (ca.trim() === "")
        return done([["inspect", file]]);
    const audit = await auditChain(await readFile(path.resolve(env.cwd, file)), {
        ca: await readFile(path.resolve(env.cwd, ca)),
        release,
        ...(env.now ? { at: env.now } : {}),
    });
    p.print(auditToText(audit));
    return done([["inspect", file], ["audit", file, "--ca", ca]]);
}
/** Each flow, and whether what it writes or judges depends on the Albatross release (then that is asked first). */
export const FLOWS = {
    setup: { run: setupFlow, release: false, describe: "set up a new CA (and the server certificate)" },
    delegate: { run: delegateFlow, release: true, describe: "delegate a sub-CA with a policy" },
    request: { run: (env) => requestFlow(env), release: true, describe: "request a certificate for a command (CSR or one-shot)" },
    sign: { run: signFlow, release: true, describe: "sign pending requests in a folder" },
    inspect: { run: inspectFlow, release: true, describe: "inspect a file, audit a certificate chain" },
};
/** The wizard: the task (unless given), the target release once (when the task depends on it), then the task's questions. */
export async function runWizard(env, flow) {
    const chosen = flow ??
        (await env.prompter.select({
            message: "What do you want to do?",
            choices: Object.keys(FLOWS).map((value) => ({ name: FLOWS[value].describe, value })),
        }));
    const { run, release } = FLOWS[chosen];
    return run(release ? { ...env, release: await askRelease(env) } : env);
}
//# sourceMappingURL=flows.js.map