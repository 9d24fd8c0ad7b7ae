// The albatross-ca command line: parses arguments into domain values and
// calls the library. Every failure is one "error:" line and exit status 1.

import yargs, { type Argv } from "yargs";
import * as audit from "./commands/audit.js";
import * as ca from "./commands/ca.js";
import * as codec from "./commands/codec.js";
import * as csr from "./commands/csr.js";
import * as inspect from "./commands/inspect.js";
import * as templates from "./commands/templates.js";
import * as wizard from "./commands/wizard.js";
import { CliError, oneLine } from "./errors.js";
import { applyTemplate } from "../templates/presets.js";

/** Each command module adds its commands to the parser. */
const COMMANDS: { register(y: Argv): Argv }[] = [csr, ca, inspect, audit, codec, templates, wizard];

export async function main(args: string[]): Promise<number> {
  let expanded: string[];
  try {
    expanded = applyTemplate(args);
  } catch (e) {
    process.stderr.write(`error: ${oneLine(e)}\n`);
    return 1;
  }
  let parser: Argv = yargs(expanded)
    .scriptName("albatross-ca")
    .strict()
    .demandCommand(1, "give a command (see --help)")
    .recommendCommands()
    .wrap(Math.min(110, process.stdout.columns ?? 100))
    .fail((msg, err) => {
      throw new CliError(msg ?? oneLine(err));
    })
    .option("template", {
      type: "string",
      describe: "start from a command preset (see `albatross-ca templates`); given flags override it",
    })
    .help();
  for (const c of COMMANDS) parser = c.register(parser);
  try {
    await parser.parseAsync();
    return 0;
  } catch (e) {
    process.stderr.write(`error: ${oneLine(e)}\n`);
    return 1;
  }
}
