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
