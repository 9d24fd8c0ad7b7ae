// Parsers for albatross-client's argument value formats, shared by the CLI,
// the wizard and the presets (client/albatross_client.ml
// 2.4.1): each turns one command-line string into a domain value or throws a
// CliError naming the option, the value and the expected format.
import { parseRfc3339 } from "../model/time.js";
import { CaError } from "./errors.js";
/** OCaml's int (63 bits), which is what Albatross reads and writes. */
const INT_MIN = -(1n << 62n);
const INT_MAX = (1n << 62n) - 1n;
function fail(option, value, problem) {
    throw new CaError(`${option} ${JSON.stringify(value)}: ${problem}`);
}
/** A decimal integer in OCaml's int range. */
export function parseInteger(value, option) {
    if (!/^[+-]?[0-9]+$/.test(value))
        fail(option, value, "expected an integer");
    const n = BigInt(value);
    if (n < INT_MIN || n > INT_MAX)
        fail(option, value, `out of range (${INT_MIN} to ${INT_MAX})`);
    return n;
}
/** A count of days for a certificate's validity. */
export function parseDays(value, option) {
    const n = parseInteger(value, option);
    if (n <= 0n || n > 36525n)
        fail(option, value, "expected a number of days from 1 to 36525");
    return Number(n);
}
export function parseCompressionLevel(value, option = "--compression-level") {
    const n = parseInteger(value, option);
    if (n < 0n || n > 9n)
        fail(option, value, "expected a compression level from 0 to 9");
    return Number(n);
}
/** "name" or "name:device": the device defaults to the name. */
function colonSeparated(value, option, part) {
    const fields = part.split(":");
    if (fields.length === 1)
        return [part, null];
    if (fields.length === 2)
        return [fields[0], fields[1]];
    return fail(option, value, "format is 'name' or 'name:device-name'");
}
/** A sector size: a power of two, at least 512. */
function parseSectorSize(value, option, text) {
    if (!/^[+-]?[0-9]+$/.test(text))
        fail(option, value, "sector size must be an integer");
    const n = BigInt(text);
    if (n < 512n || (n & (n - 1n)) !== 0n || n > INT_MAX) {
        fail(option, value, "sector size must be a power of two greater than or equal 512");
    }
    return n;
}
/** `--block name[@sector-size]` or `--block name:device-name[@sector-size]`. */
export function parseBlock(value, option = "--block") {
    const parts = value.split("@");
    if (parts.length > 2)
        fail(option, value, "format is 'name[@sector-size]' or 'name:device-name[@sector-size]'");
    const sectorSize = parts.length === 2 ? parseSectorSize(value, option, parts[1]) : null;
    const [name, device] = colonSeparated(value, option, parts[0]);
    return { name, device, sectorSize };
}
/**
 * A MAC address as Macaddr.of_string reads it: six hex pairs separated by
 * ":" or "-" (the same throughout); written back lowercase with ":".
 */
const MAC = /^[0-9a-fA-F]{2}([:-])[0-9a-fA-F]{2}(?:\1[0-9a-fA-F]{2}){4}$/;
const MAC_PROBLEM = "invalid MAC address (expected six hex pairs like 00:80:41:ab:cd:ef)";
function normalMac(text) {
    return MAC.test(text) ? text.toLowerCase().replace(/-/g, ":") : null;
}
/** `--net [name:]bridge[@mac]`: the unikernel's interface name, the host bridge (default: the name), a MAC. */
export function parseNet(value, option = "--net") {
    const parts = value.split("@");
    if (parts.length > 2)
        fail(option, value, "format is [name:]bridge[@mac]");
    const mac = parts.length === 2 ? (normalMac(parts[1]) ?? fail(option, value, MAC_PROBLEM)) : null;
    const [name, bridge] = colonSeparated(value, option, parts[0]);
    return { name, bridge, mac };
}
/** `--bridge bridge:tap` of stats-add. */
export function parseBridgeTap(value, option = "--bridge") {
    const fields = value.split(":");
    if (fields.length !== 2)
        fail(option, value, "broken, format is bridge:tap");
    return { bridge: fields[0], tap: fields[1] };
}
/** RFC 3339; a bare date means midnight UTC (albatross-client appends T00:00:00-00:00). */
export function parseTimestamp(value, option = "--since") {
    try {
        return parseRfc3339(value);
    }
    catch {
        return fail(option, value, "couldn't parse timestamp (expected RFC 3339, e.g. 2023-03-12T23:42:15Z)");
    }
}
//# sourceMappingURL=arguments.js.map