// Progress of long work on standard error, only when it is a terminal: a bar
// (cli-progress) that appears once the work has taken a second, and is gone
// when it ends. Piped or redirected, nothing is written.

import type { SingleBar } from "cli-progress";

const QUIET_MS = 1000;

export interface Progress {
  /** `done` of `total` steps */
  update(done: number, total: number): void;
  stop(): void;
}

const NONE: Progress = { update: () => undefined, stop: () => undefined };

const MB = 1024 * 1024;

/** A bar for `what` (e.g. "signing") on a terminal, counting steps or (`bytes`) bytes shown as MB; nothing otherwise. */
export async function terminalProgress(what: string, unit: "steps" | "bytes" = "steps"): Promise<Progress> {
  if (!process.stderr.isTTY) return NONE;
  const { default: cliProgress } = await import("cli-progress");
  const started = Date.now();
  let bar: SingleBar | null = null;
  return {
    update(done, total) {
      if (bar === null) {
        if (Date.now() - started < QUIET_MS || done >= total) return;
        bar = new cliProgress.SingleBar(
          {
            stream: process.stderr,
            format: `${what} [{bar}] {value}/{total}${unit === "bytes" ? " MB" : ""} {eta_formatted} left`,
            hideCursor: true,
            clearOnComplete: true,
            ...(unit === "bytes" ? { formatValue: (v: number) => String(Math.round(v / MB)) } : {}),
          },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, done);
      }
      bar.update(done);
    },
    stop() {
      bar?.stop();
    },
  };
}
