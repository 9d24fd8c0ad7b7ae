// Command presets (templates/presets/*.json): typical tenant policies and
// unikernel configurations. A preset supplies command-line arguments of one
// subcommand; whatever the user gives on the command line wins.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseBlock, parseCompressionLevel, parseInteger, parseNet, parseTimestamp } from "../ca/arguments.js";
export class PresetError extends Error {
    name = "PresetError";
}
export const PRESETS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "templates", "presets");
const int = parseInteger;
const text = () => undefined;
const unikernel = {
    cpu: { check: int },
    mem: { check: int },
    arg: { check: text, repeatable: true },
    block: { check: parseBlock, repeatable: true },
    net: { check: parseNet, repeatable: true },
    "restart-on-fail": { check: "flag" },
    "exit-code": { check: int, repeatable: true },
};
const level = { "compression-level": { check: parseCompressionLevel } };
/** What a preset may set, per subcommand. */
const SPECS = {
    create: { ...unikernel, force: { check: "flag" }, ...level },
    restart: { ...unikernel, "replace-arguments": { check: "flag" } },
    "add-policy": {
        unikernels: { check: int, positional: 1 },
        mem: { check: int },
        cpu: { check: int, repeatable: true },
        size: { check: int },
        bridge: { check: text, repeatable: true },
    },
    console: { since: { check: parseTimestamp }, count: { check: int } },
    "create-block": { size: { check: int, positional: 1 }, ...level },
    "set-block": level,
    "dump-block": level,
    get: level,
};
// Options that take no value, so the next word is a positional argument.
const BOOLEAN_OPTIONS = new Set(["csr", "issue", "force", "f", "restart-on-fail", "restart", "replace-arguments", "skip-manifest-check", "help", "version"]);
const ALIASES = { restart: "restart-on-fail", f: "force" };
function presetError(file, field, problem) {
    throw new PresetError(`${file}: ${field}: ${problem}`);
}
/** Reads and validates a preset file: every field checked as the CLI would. */
export function loadPreset(file) {
    let json;
    try {
        json = JSON.parse(fs.readFileSync(file, "utf8"));
    }
    catch (e) {
        throw new PresetError(`${file}: ${e.code === "ENOENT" ? "no such template" : e.message}`);
    }
    if (typeof json !== "object" || json === null || Array.isArray(json))
        presetError(file, "template", "expected an object");
    const o = json;
    for (const key of Object.keys(o)) {
        if (!["description", "command", "arguments"].includes(key))
            presetError(file, key, "unknown field");
    }
    if (typeof o.description !== "string")
        presetError(file, "description", "expected a string");
    // own keys only: "constructor" or "toString" is no command and no argument
    const spec = typeof o.command === "string" && Object.hasOwn(SPECS, o.command) ? SPECS[o.command] : undefined;
    if (!spec)
        presetError(file, "command", `expected one of ${Object.keys(SPECS).join(", ")}`);
    const args = o.arguments;
    if (typeof args !== "object" || args === null || Array.isArray(args))
        presetError(file, "arguments", "expected an object");
    for (const [key, value] of Object.entries(args)) {
        const field = `arguments.${key}`;
        const s = Object.hasOwn(spec, key) ? spec[key] : undefined;
        if (!s)
            presetError(file, field, `not an argument of ${o.command} (known: ${Object.keys(spec).join(", ")})`);
        const values = Array.isArray(value) ? value : [value];
        if (Array.isArray(value) && !s.repeatable)
            presetError(file, field, "takes one value, not a list");
        for (const v of values) {
            if (s.check === "flag") {
                if (typeof v !== "boolean")
                    presetError(file, field, "expected true or false");
            }
            else {
                if (typeof v !== "string" && typeof v !== "number")
                    presetError(file, field, "expected a string or a number");
                s.check(String(v), `${file}: ${field}`);
            }
        }
    }
    return {
        name: path.basename(file, ".json"),
        file,
        description: o.description,
        command: o.command,
        arguments: args,
    };
}
/** A preset by name (from templates/presets) or by file name. */
export function findPreset(nameOrFile) {
    if (nameOrFile.includes("/") || nameOrFile.endsWith(".json"))
        return loadPreset(nameOrFile);
    const file = path.join(PRESETS_DIR, `${nameOrFile}.json`);
    if (!/^[a-zA-Z0-9][a-zA-Z0-9._-]*$/.test(nameOrFile) || !fs.existsSync(file)) {
        throw new PresetError(`unknown template ${JSON.stringify(nameOrFile)} (available: ${listPresets().map((p) => p.name).join(", ")})`);
    }
    return loadPreset(file);
}
export function listPresets() {
    return fs
        .readdirSync(PRESETS_DIR)
        .filter((f) => f.endsWith(".json"))
        .sort()
        .map((f) => loadPreset(path.join(PRESETS_DIR, f)));
}
/** The options and positional arguments the user typed after the subcommand. */
function given(words) {
    const options = new Set();
    let positionals = 0;
    for (let i = 0; i < words.length; i++) {
        const w = words[i];
        if (w === "--") {
            positionals += words.length - i - 1;
            break;
        }
        if (!w.startsWith("-") || w === "-") {
            positionals++;
            continue;
        }
        const key = w.replace(/^--?(no-)?/, "").split("=")[0];
        options.add(Object.hasOwn(ALIASES, key) ? ALIASES[key] : key);
        if (!w.includes("=") && !BOOLEAN_OPTIONS.has(key))
            i++;
    }
    return { options, positionals };
}
/**
 * Expands `--template NAME` into the preset's arguments, leaving out those
 * the user gave (a list from the command line replaces the preset's list).
 */
export function applyTemplate(args) {
    const at = args.findIndex((a) => a === "--template" || a.startsWith("--template="));
    if (at < 0)
        return [...args];
    const name = args[at].includes("=") ? args[at].slice("--template=".length) : args[at + 1];
    if (name === undefined || name === "")
        throw new PresetError("--template needs a name (see `albatross-ca templates`)");
    const rest = [...args.slice(0, at), ...args.slice(at + (args[at].includes("=") ? 1 : 2))];
    const preset = findPreset(name);
    if (rest[0] !== preset.command) {
        throw new PresetError(`template ${preset.name} is for \`${preset.command}\`, not \`${rest[0] ?? ""}\``);
    }
    const typed = given(rest.slice(1));
    const spec = SPECS[preset.command];
    const added = [];
    const positionals = [];
    for (const [key, value] of Object.entries(preset.arguments)) {
        const s = spec[key];
        if (s.positional !== undefined) {
            if (typed.positionals === s.positional)
                positionals.push(String(value));
        }
        else if (!typed.options.has(key)) {
            for (const v of Array.isArray(value) ? value : [value]) {
                if (v === true)
                    added.push(`--${key}`);
                else if (v !== false)
                    added.push(`--${key}=${v}`);
            }
        }
    }
    return [...rest, ...added, ...positionals];
}
//# sourceMappingURL=presets.js.map