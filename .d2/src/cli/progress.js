// Progress of long work on standard error, only when it is a terminal: a bar
// (cli-progress) that appears once the work has taken a second, and is gone
// when it ends. Piped or redirected, nothing is written.
const QUIET_MS = 1000;
const NONE = { update: () => undefined, stop: () => undefined };
/** A bar for `what` (e.g. "signing") on a terminal; nothing otherwise. */
export async function terminalProgress(what) {
    if (!process.stderr.isTTY)
        return NONE;
    const { default: cliProgress } = await import("cli-progress");
    const started = Date.now();
    let bar = null;
    return {
        update(done, total) {
            if (bar === null) {
                if (Date.now() - started < QUIET_MS || done >= total)
                    return;
                bar = new cliProgress.SingleBar({ stream: process.stderr, format: `${what} [{bar}] {value}/{total} {eta_formatted} left`, hideCursor: true, clearOnComplete: true }, cliProgress.Presets.shades_classic);
                bar.start(total, done);
            }
            bar.update(done);
        },
        stop() {
            bar?.stop();
        },
    };
}
//# sourceMappingURL=progress.js.map