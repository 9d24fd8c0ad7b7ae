// `decode` and `encode`: Albatross data (certificate extensions, wire
// messages, state dumps) to Albatross's text or our JSON form, and back.
import { define } from "./index.js";
import { DecodeError, KINDS, acceptingReleases, fromJson } from "../../codec/index.js";
import { releaseOf } from "../release.js";
import { CliError, oneLine } from "../errors.js";
import { jsonLines, parseBase64, parseHex, parseJsonText, printJson, readInput } from "../io.js";
const KIND_CHOICES = ["extension", "wire", "dump"];
function inputBytes(a) {
    const given = [a.hex !== undefined, a.base64 !== undefined, a.file !== undefined].filter(Boolean).length;
    if (given > 1)
        throw new CliError("give one input: --hex, --base64 or a FILE (- for standard input)");
    if (a.hex !== undefined)
        return parseHex(a.hex);
    if (a.base64 !== undefined)
        return parseBase64(a.base64);
    return new Uint8Array(readInput(a.file ?? "-"));
}
/**
 * A PEM certificate or request given to `decode --kind extension` stands for
 * its Albatross extension (stderr says whose); any other PEM is refused with
 * a pointer to inspect, rather than read as DER.
 */
async function albatrossBytes(kind, bytes) {
    // no PEM marker, no PEM: the X.509 layer (pkijs) is loaded only when there may be one
    if (!Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes("-----BEGIN"))
        return bytes;
    const { pemHolding } = await import("../../x509/index.js");
    let pem;
    try {
        pem = await pemHolding(bytes);
    }
    catch (e) {
        throw new CliError(`this is a broken PEM file: ${oneLine(e)}`);
    }
    if (pem === null)
        return bytes;
    if (pem.kind === "other")
        throw new CliError(`this is ${pem.what}: use inspect`);
    if (kind !== "extension")
        throw new CliError(`this is a PEM ${pem.kind}, not a ${kind}: use inspect`);
    if (pem.extension === null)
        throw new CliError(`this is a PEM ${pem.kind} without an Albatross extension: use inspect`);
    const whose = pem.subjectCn === null ? "" : ` of CN=${JSON.stringify(pem.subjectCn)}`;
    process.stderr.write(`decoding the Albatross extension of this PEM ${pem.kind}${whose}\n`);
    return pem.extension;
}
/** Decodes, or fails with Albatross's message and which other release reads the bytes. */
function decodeHinted(codec, bytes) {
    try {
        return codec.decode(bytes);
    }
    catch (e) {
        throw e instanceof DecodeError ? new CliError(e.withHint) : e;
    }
}
function decodeOne(codec, bytes) {
    const value = decodeHinted(codec, bytes);
    return { text: codec.text(value), textVerbose: codec.text(value, { verbose: true }), json: codec.json.toJson(value) };
}
const readBy = (kind, bytes) => acceptingReleases(kind, bytes);
async function decode(a) {
    const codec = KINDS[releaseOf(a)][a.kind];
    if (a.jsonl) {
        await jsonLines((line) => {
            const bytes = parseHex(line, "line");
            const d = decodeOne(codec, bytes);
            return { text: d.text, text_verbose: d.textVerbose, value: d.json, read_by: readBy(a.kind, bytes) };
        });
        return;
    }
    const bytes = await albatrossBytes(a.kind, inputBytes(a));
    const d = decodeOne(codec, bytes);
    if (a.format === "json") {
        process.stdout.write(printJson(d.json) + "\n");
        return;
    }
    process.stdout.write((a.verbose ? d.textVerbose : d.text) + "\n");
    if (a["read-by"])
        process.stdout.write(`read by: ${readBy(a.kind, bytes).map((r) => `Albatross ${r}`).join(", ")}\n`);
}
function encodeOne(codec, json) {
    return codec.encode(fromJson(codec, json));
}
async function encode(a) {
    const codec = KINDS[releaseOf(a)][a.kind];
    if (a.jsonl) {
        await jsonLines((line) => ({ hex: Buffer.from(encodeOne(codec, parseJsonText(line, "line"))).toString("hex") }));
        return;
    }
    const file = a.file || "-"; // yargs hands "-" over as ""
    const bytes = encodeOne(codec, parseJsonText(readInput(file).toString("utf8"), file === "-" ? "standard input" : file));
    if (a.format === "der")
        process.stdout.write(bytes);
    else
        process.stdout.write(Buffer.from(bytes).toString(a.format) + "\n");
}
export function register(y) {
    return y
        .command(define("decode", (b) => b
        .positional("file", { type: "string", describe: "DER file, - for standard input" })
        .option("kind", { choices: KIND_CHOICES, demandOption: true, describe: "what the bytes are" })
        .option("format", { choices: ["text", "json"], default: "text", describe: "output: Albatross's text, or the JSON form (encode reads it)" })
        .option("verbose", { type: "boolean", default: false, describe: "Albatross's verbose text (with argv)" })
        .option("hex", { type: "string", describe: "the DER as hex" })
        .option("base64", { type: "string", describe: "the DER as base64" })
        .option("jsonl", { type: "boolean", default: false, describe: "bulk: one hex string per stdin line, one JSON result per line" })
        .option("read-by", { type: "boolean", default: false, describe: "also say which Albatross releases read the encoding" }), (argv) => decode(argv)))
        .command(define("encode", (b) => b
        .positional("file", { type: "string", describe: "JSON file, - for standard input" })
        .option("kind", { choices: KIND_CHOICES, demandOption: true, describe: "what the JSON describes" })
        .option("format", { choices: ["hex", "base64", "der"], default: "hex", describe: "output: hex or base64 text, or the DER bytes" })
        .option("jsonl", { type: "boolean", default: false, describe: "bulk: one JSON form per stdin line, one result per line" }), (argv) => encode(argv)));
}
//# sourceMappingURL=codec.js.map