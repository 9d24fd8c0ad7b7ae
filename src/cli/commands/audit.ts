// `audit`: what Albatross's TLS endpoint makes of a certificate chain, with
// X.509 verification, validity and policy delegation checked around it.

import type { Argv } from "yargs";
import { define } from "./index.js";
// the modules themselves, not the index: audit loads none of inspect's
import { type AuditOptions, type AuditResult, auditChain, auditPassed, auditToJson, auditToText, unreadableToJson } from "../../inspect/audit.js";
import { readOneCertificate } from "../../inspect/chain.js";
import { CliError, oneLine } from "../errors.js";
import { releaseOf } from "../release.js";
import { bulkFile, jsonLines, printJson, readInput } from "../io.js";
import { displayName, fileArguments, KEEP_DASH_ARGUMENT, parseAt } from "../args.js";

interface AuditArgs {
  chain: string[];
  ca?: string | undefined;
  at?: string | undefined;
  format: "text" | "json";
  jsonl: boolean;
  "all-releases": boolean;
}

/** The CA file's bytes, checked up front so that its problems are not blamed on a chain. */
function readCa(file: string): Uint8Array {
  const bytes = readInput(file);
  try {
    readOneCertificate(bytes, "it");
  } catch (e) {
    throw new CliError(`--ca ${file}: ${oneLine(e)}`);
  }
  return bytes;
}

async function auditFile(file: string, options: AuditOptions) {
  const bytes = readInput(file);
  try {
    return await auditChain(bytes, options);
  } catch (e) {
    throw new CliError(`${displayName(file)}: ${oneLine(e)}`);
  }
}

async function audit(a: AuditArgs): Promise<void> {
  const chains = fileArguments(a.chain, "audit", ["ca", "at", "format", "jsonl"]);
  if (chains.length > 1) throw new CliError("give one CHAIN file");
  const options: AuditOptions = {
    ca: a.ca === undefined ? null : readCa(a.ca),
    at: parseAt(a.at),
    release: releaseOf(a),
    allReleases: a["all-releases"],
  };
  if (a.jsonl) {
    if (chains.length > 0) throw new CliError("--jsonl reads chain file names from standard input; give no CHAIN");
    const { lines, failed } = await jsonLines(
      async (line) => {
        const r = await auditFile(bulkFile(line), options);
        return { ok: auditPassed(r), ...auditToJson(r) };
      },
      { named: true, failure: (error) => ({ ok: false, ...unreadableToJson(error) }) },
    );
    if (failed > 0) throw new CliError(`${failed} of ${lines} chains not accepted, not verified or with error findings`);
    return;
  }
  const chain = chains[0];
  if (chain === undefined) throw new CliError("give a CHAIN file (- for standard input), or --jsonl");
  const r = await auditFile(chain, options);
  if (a.format === "json") await printJson(auditToJson(r));
  else process.stdout.write(auditToText(r) + "\n");
  if (!auditPassed(r)) throw new CliError(failureSummary(r));
}

/** The reason for exit status 1, on stderr; the full result is on stdout. */
function failureSummary(r: AuditResult): string {
  if (!r.verdict.accepted) return `Albatross ${r.verdict.release} rejects the chain: ${r.verdict.error}`;
  if (r.verified === false) return "the chain does not verify against the CA";
  const errors = r.findings.filter((f) => f.severity === "error");
  return errors.length === 1 ? errors[0]!.message : `${errors.length} error findings: ${errors[0]!.message}; ...`;
}

export function register(y: Argv): Argv {
  return y.command(
    define(
      "audit",
    (b) =>
      b
        .parserConfiguration(KEEP_DASH_ARGUMENT)
        .positional("chain", { type: "string", array: true, describe: "PEM chain, leaf first; - for standard input" })
        .option("ca", { type: "string", describe: "CA certificate to verify the chain against" })
        .option("at", { type: "string", describe: "check validity at this RFC 3339 time instead of now" })
        .option("format", { choices: ["text", "json"] as const, default: "text" as const, describe: "output: readable text, or JSON (snake_case fields)" })
        .option("all-releases", {
          type: "boolean",
          default: false,
          describe: "also show what the other Albatross releases make of the chain (--albatross picks the one for the exit status)",
        })
        .option("jsonl", {
          type: "boolean",
          default: false,
          describe: "bulk: one chain file name per stdin line, one JSON result per line",
        })
        .epilog(
          "Exit status: 0 when Albatross accepts the chain, it verifies against --ca (when given) and no finding is an error; " +
            "1 otherwise, or on unreadable input. With --jsonl: 1 when any line did not pass. " +
            "verified is the verdict of Albatross's TLS layer (ocaml-x509's chain_of_trust); stricter judgements are warnings.",
        ),
    (argv) => audit(argv as unknown as AuditArgs),
  ));
}
