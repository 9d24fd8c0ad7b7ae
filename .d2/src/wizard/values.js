// Answers → domain values, with the command line's rules and messages. Each
// parser throws an Error whose message is what the wizard shows under the
// answer; `validator` turns a parser into an inquirer validate function.
import { isValidLabel } from "../model/name.js";
import { parseBlock, parseInteger, parseNet, parseTimestamp } from "../ca/arguments.js";
import { parse as parseShell } from "shell-quote";
export class ValueError extends Error {
    name = "ValueError";
}
export function validator(parse) {
    return (s) => {
        try {
            parse(s);
            return true;
        }
        catch (e) {
            return e instanceof Error ? e.message : String(e);
        }
    };
}
export function parseLabel(s, what = "name") {
    if (!isValidLabel(s)) {
        throw new ValueError(`invalid ${what} ${JSON.stringify(s)}: 1 to 63 of a-z A-Z 0-9 - ., not starting with -`);
    }
    return s;
}
function integer(s, what, min, max) {
    const n = parseInteger(s.trim(), what);
    if (n < min)
        throw new ValueError(`${what} must be at least ${min}`);
    if (max !== undefined && n > max)
        throw new ValueError(`${what} must be at most ${max}`);
    return n;
}
const INT63 = (1n << 62n) - 1n;
export const parseCount = (what, min = 0n, max = INT63) => (s) => integer(s, what, min, max);
/** Every list the wizard asks for is written one way: items separated by commas (blanks around them allowed); empty = none. */
export function listItems(s) {
    return s.trim() === "" ? [] : s.split(",").map((x) => x.trim());
}
/** Whole numbers and ranges, "0-3,5"; empty = none. */
export function parseIntList(what) {
    return (s) => listItems(s).flatMap((x) => {
        const range = /^(\d+)\s*-\s*(\d+)$/.exec(x);
        if (!range)
            return [integer(x, what, 0n, INT63)];
        const [from, to] = [integer(range[1], what, 0n, INT63), integer(range[2], what, 0n, INT63)];
        if (from > to)
            throw new ValueError(`${what} range ${x}: ${from} is above ${to}`);
        if (to - from > 1024n)
            throw new ValueError(`${what} range ${x}: more than 1024 ids`);
        return Array.from({ length: Number(to - from) + 1 }, (_, i) => from + BigInt(i));
    });
}
/** A comma-separated list of labels; empty = none. */
export function parseLabelList(what) {
    return (s) => listItems(s).map((x) => parseLabel(x, what));
}
export { parseBlock, parseNet };
/** Several values separated by commas; empty = none; names must form a set. */
export function parseMany(parse, setMessage) {
    return (s) => {
        const items = listItems(s).map((x) => parse(x));
        const names = items.map((i) => i.name);
        const dup = names.find((n, i) => names.indexOf(n) !== i);
        if (dup !== undefined)
            throw new ValueError(`${setMessage} (${JSON.stringify(dup)} given twice)`);
        return items;
    };
}
/** RFC 3339; a bare date means midnight UTC. */
export function parseSince(s) {
    return parseTimestamp(s.trim());
}
/**
 * Boot arguments as a shell splits them: blanks separate, quotes and
 * backslashes keep them (`--hello="Hi there"` is one argument). Nothing is
 * expanded: `$NAME` stays as written; operators, globs and comments are refused.
 */
export function parseArgv(s) {
    const words = parseShell(s, (name) => `$${name}`);
    return words.map((w) => {
        if (typeof w === "string")
            return w;
        const what = "op" in w ? `the shell operator ${JSON.stringify(w.op === "glob" ? w.pattern : w.op)}` : "comment" in w ? "a # comment" : "a shell construct";
        throw new ValueError(`boot arguments: ${what} is not an argument (quote it)`);
    });
}
//# sourceMappingURL=values.js.map