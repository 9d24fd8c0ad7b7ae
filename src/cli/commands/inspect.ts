// `inspect`: what a file holds (certificate, chain, request, key — public
// half only — or Albatross state dump), as text or JSON.

import type { Argv } from "yargs";
import { define } from "./index.js";
// the modules themselves, not the index: inspect loads none of audit's
import { type Inspection, inspect } from "../../inspect/inspect.js";
import { inspectionToText } from "../../inspect/render.js";
import type { Release } from "../../model/release.js";
import { releaseOf } from "../release.js";
import { CliError, oneLine } from "../errors.js";
import { bulkFile, jsonLines, printJson, readInput } from "../io.js";
import { displayName, fileArguments, KEEP_DASH_ARGUMENT, parseAt } from "../args.js";

interface InspectArgs {
  files: string[];
  format: "text" | "json";
  at?: string | undefined;
  jsonl: boolean;
}

async function inspectFile(file: string, at: Date | undefined, release: Release): Promise<Inspection> {
  const bytes = readInput(file);
  try {
    return await inspect(bytes, { at, release });
  } catch (e) {
    throw new CliError(`${displayName(file)}: ${oneLine(e)}`);
  }
}

async function inspectFiles(a: InspectArgs): Promise<void> {
  const files = fileArguments(a.files ?? [], "inspect", ["format", "at", "jsonl"]);
  const at = parseAt(a.at);
  if (a.jsonl) {
    if (files.length > 0) throw new CliError("--jsonl reads file names from standard input; give no FILE");
    const { inspectionToJson } = await import("../../inspect/json.js");
    await jsonLines(async (line) => inspectionToJson(await inspectFile(bulkFile(line), at, releaseOf(a))), { named: true });
    return;
  }
  if (files.length === 0) throw new CliError("give at least one FILE (- for standard input), or --jsonl");
  const results: { file: string; inspection: Inspection }[] = [];
  // Everything is read before anything is printed: a bad file gives one error line, not half a report.
  for (const file of files) results.push({ file, inspection: await inspectFile(file, at, releaseOf(a)) });
  if (a.format === "json") {
    // the JSON forms load only for JSON output
    const { inspectionToJson } = await import("../../inspect/json.js");
    const json = results.map((r) => ({ file: r.file, ...inspectionToJson(r.inspection) }));
    await printJson(json.length === 1 ? json[0] : json);
    return;
  }
  const texts = results.map((r) =>
    results.length === 1 ? inspectionToText(r.inspection) : `==> ${displayName(r.file)} <==\n${inspectionToText(r.inspection)}`,
  );
  process.stdout.write(texts.join("\n\n") + "\n");
}

export function register(y: Argv): Argv {
  return y.command(
    define(
      "inspect",
    (b) =>
      b
        .parserConfiguration(KEEP_DASH_ARGUMENT)
        .positional("files", { type: "string", array: true, describe: "files to inspect; - for standard input" })
        .option("format", {
          choices: ["text", "json"] as const,
          default: "text" as const,
          describe: "output: readable text, or JSON (what `request` reads back)",
        })
        .option("at", { type: "string", describe: "judge validity at this RFC 3339 time instead of now" })
        .option("jsonl", {
          type: "boolean",
          default: false,
          describe: "bulk: one file name per stdin line, one JSON result per line",
        }),
    (argv) => inspectFiles(argv as unknown as InspectArgs),
  ));
}
