// Usage errors that teach: what is missing by name, the closest option or
// command to a mistyped one, and the command's usage line. Loaded only when
// the arguments are wrong.
import { closest, distance } from "fastest-levenshtein";
import { UsageError } from "./errors.js";
/** The closest candidate, if it is close enough to be what was meant. */
export function suggestion(word, candidates) {
    if (candidates.length === 0)
        return undefined;
    const prefixed = candidates.filter((c) => c.startsWith(word) || word.startsWith(c));
    if (prefixed.length === 1)
        return prefixed[0];
    const best = closest(word, [...candidates]);
    return distance(word, best) <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}
/** `<cacert> <db>` of a usage line as `CACERT DB`; `[file]` as `[FILE]`. */
function positionals(usage) {
    const words = usage.split(" ").slice(1);
    const name = (w) => w.replace(/[<>[\].]/g, "").toUpperCase() + (w.includes("..") ? "..." : "");
    return { required: words.filter((w) => w.startsWith("<")).map(name), optional: words.filter((w) => w.startsWith("[")).map(name) };
}
export function usageLine(usage) {
    const { required, optional } = positionals(usage);
    const name = usage.split(" ")[0];
    return ["albatross-ca", name, ...required, ...optional.map((o) => `[${o}]`), "[options]"].join(" ");
}
const plural = (n, what) => `${n} ${what}${n === 1 ? "" : "s"}`;
/**
 * yargs' validation message in our words. `options` are the command's
 * option names (without dashes), for suggestions.
 */
export function explain(message, command, usage, options, args = []) {
    if (command === undefined)
        return new UsageError(message.replace(/\s*\n\s*/g, " "), usage);
    const { required, optional } = positionals(usage);
    const fail = (m) => new UsageError(m, usageLine(usage));
    let m = /^Not enough non-option arguments: got (\d+), need at least (\d+)$/.exec(message);
    if (m) {
        const got = Number(m[1]);
        const missing = got === 0 ? "" : ` (missing ${required.slice(got).join(" ")})`;
        return fail(`${command} needs ${plural(required.length, "argument")}: ${required.join(" ")}${missing}`);
    }
    m = /^Too many non-option arguments: got (\d+), maximum of (\d+)$/.exec(message);
    if (m) {
        const takes = [...required, ...optional];
        const what = takes.length === 0 ? "no arguments" : `at most ${plural(takes.length, "argument")}: ${takes.join(" ")}`;
        return fail(`${command} takes ${what} (got ${m[1]})`);
    }
    m = /^Unknown arguments?: (.*)$/.exec(message);
    if (m) {
        const unknown = m[1].split(", ")[0];
        if (args.includes(unknown)) {
            const takes = [...required, ...optional];
            return fail(`${command} takes ${takes.length === 0 ? "no arguments" : takes.join(" ")}; unexpected ${JSON.stringify(unknown)}`);
        }
        const word = unknown.replace(/^-+/, "").split("=")[0];
        const near = suggestion(word, options);
        return fail(`unknown option --${word} for ${command}${near ? `; did you mean --${near}?` : ""}`);
    }
    m = /^Missing required arguments?: (.*)$/.exec(message);
    if (m)
        return fail(`${command} needs ${m[1].split(", ").map((o) => `--${o}`).join(" and ")}`);
    m = /^Invalid values?:\s*Argument: (\S+), Given: (.*), Choices: (.*)$/s.exec(message.replace(/\n/g, " "));
    if (m)
        return fail(`--${m[1]}: ${m[2].trim()} is not one of ${m[3].trim()}`);
    return fail(message.replace(/\s*\n\s*/g, " "));
}
export function unknownCommand(word, commands) {
    const near = suggestion(word, commands);
    return new UsageError(`unknown command ${JSON.stringify(word)}${near ? `; did you mean ${near}?` : ""}`, "albatross-ca <command> [options] (albatross-ca --help lists the commands)");
}
//# sourceMappingURL=usage.js.map