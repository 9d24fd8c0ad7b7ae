// yargs glue: how option values arrive from the parser.
import { parseRfc3339 } from "../model/time.js";
import { commandNamed } from "./commands/index.js";
import { ArgumentsRefused, CliError, oneLine } from "./errors.js";
/** A repeatable option as yargs hands it over: absent, once (a string) or several times. */
export function repeated(value) {
    if (value === undefined)
        return [];
    return Array.isArray(value) ? value : [value];
}
/** A single-valued option given twice comes as an array: refuse rather than pick one. */
export function single(value, option) {
    if (Array.isArray(value))
        throw new CliError(`${option} given ${value.length} times, expected at most once`);
    return value;
}
/** `{ key: value }` when the option was given, else `{}`: the library's default then applies. */
export function ifGiven(key, value) {
    return (value === undefined ? {} : { [key]: value });
}
export const displayName = (file) => (file === "-" ? "standard input" : file);
/**
 * yargs drops a lone "-" from positionals unless it reads unknown options as
 * arguments; with that on, an argument that looks like an option is one
 * yargs did not know, refused here as strict mode would.
 */
export const KEEP_DASH_ARGUMENT = { "unknown-options-as-args": true };
export function fileArguments(args, command, options) {
    const option = args.find((a) => a.startsWith("-") && a !== "-");
    if (option !== undefined)
        throw new ArgumentsRefused(`Unknown argument: ${option}`, commandNamed(command), options, []);
    return [...args];
}
export function parseAt(at) {
    if (at === undefined)
        return undefined;
    try {
        return new Date(Number(parseRfc3339(at).seconds) * 1000);
    }
    catch (e) {
        throw new CliError(`--at: ${oneLine(e)}`);
    }
}
//# sourceMappingURL=args.js.map