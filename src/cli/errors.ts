// How the CLI fails: one line on stderr starting with "error:", exit status 1,
// never a stack trace.

export class CliError extends Error {
  override name = "CliError";
}

/** An error's message folded onto one line (library messages may quote data). */
export function oneLine(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  return msg.split("\n").map((l) => l.trim()).filter(Boolean).join(" ") || "unknown error";
}

/** A mistake in how the command was called: the error line is followed by the usage line. */
export class UsageError extends CliError {
  override name = "UsageError";
  constructor(
    message: string,
    readonly usage: string,
  ) {
    super(message);
  }
}

/** yargs refused the arguments: explained in our words (src/cli/usage.ts) before it is shown. */
export class ArgumentsRefused extends CliError {
  override name = "ArgumentsRefused";
  constructor(
    message: string,
    readonly command: { name: string; usage: string } | undefined,
    readonly options: readonly string[],
    readonly args: readonly string[],
  ) {
    super(message);
  }
}
