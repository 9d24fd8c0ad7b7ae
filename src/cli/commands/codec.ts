// `decode` and `encode`: Albatross data (certificate extensions, wire
// messages, state dumps) to Albatross's text or our JSON form, and back.

import type { Argv } from "yargs";
import { define } from "./index.js";
import type { Kind, KindCodec } from "../../codec/index.js";
import { DecodeError } from "../../codec/extension.js";
import type { CertExtension } from "../../model/command.js";
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
function decodeHinted<T>(decode: (b: Uint8Array) => T, bytes: Uint8Array): T {
  try {
    return decode(bytes);
  } catch (e) {
    throw e instanceof DecodeError ? new CliError(e.withHint) : e;
  }
}

/** A kind as decode prints it in Albatross's text. */
interface TextDecoding<T> {
  decode(bytes: Uint8Array): T;
  text: KindCodec<T>["text"];
  readBy(bytes: Uint8Array): Release[];
}

async function fromCodecIndex(kind: Kind, release: Release): Promise<TextDecoding<unknown>> {
  const { KINDS, acceptingReleases } = await import("../../codec/index.js");
  const codec = KINDS[release][kind] as KindCodec<unknown>;
  return { decode: codec.decode, text: codec.text, readBy: (b) => acceptingReleases(kind, b) };
}

/**
 * Each kind's decoding to text, loaded when asked for: an extension's (the
 * common case) loads neither the wire and dump grammars nor the JSON forms.
 */
const TEXT_DECODINGS: Record<Kind, (release: Release) => Promise<TextDecoding<unknown>>> = {
  extension: async (release) => {
    const [{ decodeExtension, extensionReaders }, { ppCommand }] = await Promise.all([
      import("../../codec/extension.js"),
      import("../../render/albatross.js"),
    ]);
    return {
      decode: (b) => decodeExtension(b, release),
      text: (v, o) => ppCommand((v as CertExtension).command, release, o),
      readBy: extensionReaders,
    };
  },
  wire: (release) => fromCodecIndex("wire", release),
  dump: (release) => fromCodecIndex("dump", release),
};

async function decode(a: DecodeArgs): Promise<void> {
  const release = releaseOf(a);
  if (a.jsonl || a.format === "json") {
    const { KINDS, acceptingReleases } = await import("../../codec/index.js");
    const codec = KINDS[release][a.kind] as KindCodec<unknown>;
    if (a.jsonl) {
      await jsonLines((line) => {
        const bytes = parseHex(line, "line");
        const value = decodeHinted(codec.decode, bytes);
        return {
          text: codec.text(value),
          text_verbose: codec.text(value, { verbose: true }),
          value: codec.json.toJson(value),
          read_by: acceptingReleases(a.kind, bytes),
        };
      });
      return;
    }
    await printJson(codec.json.toJson(decodeHinted(codec.decode, await albatrossBytes(a.kind, inputBytes(a)))));
    return;
  }
  const decoding = await TEXT_DECODINGS[a.kind](release);
  const bytes = await albatrossBytes(a.kind, inputBytes(a));
  const value = decodeHinted(decoding.decode, bytes);
  process.stdout.write(decoding.text(value, a.verbose ? { verbose: true } : undefined) + "\n");
  if (a["read-by"]) process.stdout.write(`read by: ${decoding.readBy(bytes).map((r) => `Albatross ${r}`).join(", ")}\n`);
}

interface EncodeArgs {
  kind: Kind;
  format: "hex" | "base64" | "der";
  jsonl: boolean;
  file?: string | undefined;
}

async function encode(a: EncodeArgs): Promise<void> {
  const { KINDS, fromJson } = await import("../../codec/index.js");
  const codec = KINDS[releaseOf(a)][a.kind] as KindCodec<unknown>;
  const encodeOne = (json: unknown): Uint8Array => codec.encode(fromJson(codec, json));
  if (a.jsonl) {
    await jsonLines((line) => ({ hex: Buffer.from(encodeOne(parseJsonText(line, "line"))).toString("hex") }));
    return;
  }
  const file = a.file || "-"; // yargs hands "-" over as ""
  // an image in the JSON is decoded as it is read, not held as text and string first
  const bytes = encodeOne(await readJsonInput(file));
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
