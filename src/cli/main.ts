// The albatross-ca command line: parses arguments into domain values and
// calls the library. Every failure is one "error:" line and exit status 1.

import yargs, { type Argv } from "yargs";
import * as codec from "./commands/codec.js";
import { CliError, oneLine } from "./errors.js";

/** Each command module adds its commands to the parser. */
const COMMANDS: { register(y: Argv): Argv }[] = [codec];

export async function main(args: string[]): Promise<number> {
  let parser = yargs(args)
    .scriptName("albatross-ca")
    .strict()
    .demandCommand(1, "give a command (see --help)")
    .recommendCommands()
    .wrap(Math.min(110, process.stdout.columns ?? 100))
    .fail((msg, err) => {
      throw new CliError(msg ?? oneLine(err));
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
