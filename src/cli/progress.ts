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

const FORMATS = {
  steps: { counts: "{value}/{total}" },
  bytes: { counts: "{value}/{total} MB", formatValue: (v: number) => String(Math.round(v / MB)) },
  /** work counted in a unit of its own (the bytes of several steps): only its share shows */
  share: { counts: "{percentage}%" },
} as const;

/** A bar for `what` (e.g. "signing") on a terminal, counting steps, bytes (shown as MB) or a share; nothing otherwise. */
export async function terminalProgress(what: string, unit: keyof typeof FORMATS = "steps"): Promise<Progress> {
  if (!process.stderr.isTTY) return NONE;
  const { default: cliProgress } = await import("cli-progress");
  const { counts, ...format } = FORMATS[unit];
  const started = Date.now();
  let bar: SingleBar | null = null;
  return {
    update(done, total) {
      if (bar === null) {
        if (Date.now() - started < QUIET_MS || done >= total) return;
        bar = new cliProgress.SingleBar(
          { stream: process.stderr, format: `${what} [{bar}] ${counts} {eta_formatted} left`, hideCursor: true, clearOnComplete: true, ...format },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, done);
      }
      // a total may grow as the work is found (the files of a batch opened one by one)
      if (bar.getTotal() !== total) bar.setTotal(total);
      bar.update(done);
    },
    stop() {
      bar?.stop();
    },
  };
}

/** `work`, told its progress as it goes, under a bar for `what` (see terminalProgress) that is gone when it ends. */
export async function withProgress<T>(what: string, unit: keyof typeof FORMATS, work: (tell: (done: number, total: number) => void) => Promise<T>): Promise<T> {
  const progress = await terminalProgress(what, unit);
  try {
    return await work((done, total) => progress.update(done, total));
  } finally {
    progress.stop();
  }
}
