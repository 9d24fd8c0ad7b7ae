// `decode` and `encode`: Albatross data (certificate extensions, wire
// messages, state dumps) to Albatross's text or our JSON form, and back.

import type { Argv } from "yargs";
import { define } from "./index.js";
import { DecodeError, type Kind, KINDS, type KindCodec, acceptingReleases, fromJson } from "../../codec/index.js";
import type { Release } from "../../model/release.js";
import { releaseOf } from "../release.js";
import { CliError, oneLine } from "../errors.js";
import { jsonLines, parseBase64, parseHex, parseJsonText, printJson, readInput, readJsonInput } from "../io.js";

const KIND_CHOICES = ["extension", "wire", "dump"] as const;

interface DecodeArgs {
  kind: Kind;
  format: "text" | "json";
  verbose: boolean;
  hex?: string | undefined;
  base64?: string | undefined;
  jsonl: boolean;
  "read-by": boolean;
  file?: string | undefined;
}

function inputBytes(a: DecodeArgs): Uint8Array {
  const given = [a.hex !== undefined, a.base64 !== undefined, a.file !== undefined].filter(Boolean).length;
  if (given > 1) throw new CliError("give one input: --hex, --base64 or a FILE (- for standard input)");
  if (a.hex !== undefined) return parseHex(a.hex);
  if (a.base64 !== undefined) return parseBase64(a.base64);
  return readInput(a.file ?? "-");
}

/**
 * A PEM certificate or request given to `decode --kind extension` stands for
 * its Albatross extension (stderr says whose); any other PEM is refused with
 * a pointer to inspect, rather than read as DER.
 */
async function albatrossBytes(kind: Kind, bytes: Uint8Array): Promise<Uint8Array> {
  // no PEM marker, no PEM: the X.509 layer (pkijs) is loaded only when there may be one
  if (!Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes("-----BEGIN")) return bytes;
  const { pemHolding } = await import("../../x509/index.js");
  let pem;
  try {
    pem = await pemHolding(bytes);
  } catch (e) {
    throw new CliError(`this is a broken PEM file: ${oneLine(e)}`);
  }
  if (pem === null) return bytes;
  if (pem.kind === "other") throw new CliError(`this is ${pem.what}: use inspect`);
  if (kind !== "extension") throw new CliError(`this is a PEM ${pem.kind}, not a ${kind}: use inspect`);
  if (pem.extension === null) throw new CliError(`this is a PEM ${pem.kind} without an Albatross extension: use inspect`);
  const whose = pem.subjectCn === null ? "" : ` of CN=${JSON.stringify(pem.subjectCn)}`;
  process.stderr.write(`decoding the Albatross extension of this PEM ${pem.kind}${whose}\n`);
  return pem.extension;
}

/** Decodes, or fails with Albatross's message and which other release reads the bytes. */
function decodeHinted<T>(codec: KindCodec<T>, bytes: Uint8Array): T {
  try {
    return codec.decode(bytes);
  } catch (e) {
    throw e instanceof DecodeError ? new CliError(e.withHint) : e;
  }
}

function decodeOne<T>(codec: KindCodec<T>, bytes: Uint8Array) {
  const value = decodeHinted(codec, bytes);
  return { text: codec.text(value), textVerbose: codec.text(value, { verbose: true }), json: codec.json.toJson(value) };
}

const readBy = (kind: Kind, bytes: Uint8Array): Release[] => acceptingReleases(kind, bytes);

async function decode(a: DecodeArgs): Promise<void> {
  const codec = KINDS[releaseOf(a)][a.kind] as KindCodec<unknown>;
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
    await printJson(d.json);
    return;
  }
  process.stdout.write((a.verbose ? d.textVerbose : d.text) + "\n");
  if (a["read-by"]) process.stdout.write(`read by: ${readBy(a.kind, bytes).map((r) => `Albatross ${r}`).join(", ")}\n`);
}

interface EncodeArgs {
  kind: Kind;
  format: "hex" | "base64" | "der";
  jsonl: boolean;
  file?: string | undefined;
}

function encodeOne(codec: KindCodec<unknown>, json: unknown): Uint8Array {
  return codec.encode(fromJson(codec, json));
}

async function encode(a: EncodeArgs): Promise<void> {
  const codec = KINDS[releaseOf(a)][a.kind] as KindCodec<unknown>;
  if (a.jsonl) {
    await jsonLines((line) => ({ hex: Buffer.from(encodeOne(codec, parseJsonText(line, "line"))).toString("hex") }));
    return;
  }
  const file = a.file || "-"; // yargs hands "-" over as ""
  // an image in the JSON is decoded as it is read, not held as text and string first
  const bytes = encodeOne(codec, await readJsonInput(file));
  if (a.format === "der") process.stdout.write(bytes);
  else process.stdout.write(Buffer.from(bytes).toString(a.format) + "\n");
}

export function register(y: Argv): Argv {
  return y
    .command(
      define(
        "decode",
      (b) =>
        b
          .positional("file", { type: "string", describe: "DER file, - for standard input" })
          .option("kind", { choices: KIND_CHOICES, demandOption: true, describe: "what the bytes are" })
          .option("format", { choices: ["text", "json"] as const, default: "text" as const, describe: "output: Albatross's text, or the JSON form (encode reads it)" })
          .option("verbose", { type: "boolean", default: false, describe: "Albatross's verbose text (with argv)" })
          .option("hex", { type: "string", describe: "the DER as hex" })
          .option("base64", { type: "string", describe: "the DER as base64" })
          .option("jsonl", { type: "boolean", default: false, describe: "bulk: one hex string per stdin line, one JSON result per line" })
          .option("read-by", { type: "boolean", default: false, describe: "also say which Albatross releases read the encoding" }),
      (argv) => decode(argv as unknown as DecodeArgs),
    ))
    .command(
      define(
        "encode",
      (b) =>
        b
          .positional("file", { type: "string", describe: "JSON file, - for standard input" })
          .option("kind", { choices: KIND_CHOICES, demandOption: true, describe: "what the JSON describes" })
          .option("format", { choices: ["hex", "base64", "der"] as const, default: "hex" as const, describe: "output: hex or base64 text, or the DER bytes" })
          .option("jsonl", { type: "boolean", default: false, describe: "bulk: one JSON form per stdin line, one result per line" }),
      (argv) => encode(argv as unknown as EncodeArgs),
    ));
}
