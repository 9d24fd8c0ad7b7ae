// Timing helpers for the benchmarks: repeat until enough time has passed,
// report milliseconds per run; a process's own peak memory.
import fs from "node:fs";
import os from "node:os";
export function measure(run, minMs = 400) {
    let n = 0;
    const start = process.hrtime.bigint();
    let elapsed = 0;
    while (elapsed < minMs || n < 3) {
        run();
        n++;
        elapsed = Number(process.hrtime.bigint() - start) / 1e6;
    }
    return elapsed / n;
}
/** As `measure`, after as long again of warm-up (the JIT's): steady state, as a long batch sees it. */
export async function measureAsync(run, minMs = 800) {
    const warm = process.hrtime.bigint();
    while (Number(process.hrtime.bigint() - warm) / 1e6 < minMs)
        await run();
    let n = 0;
    const start = process.hrtime.bigint();
    let elapsed = 0;
    while (elapsed < minMs || n < 3) {
        await run();
        n++;
        elapsed = Number(process.hrtime.bigint() - start) / 1e6;
    }
    return elapsed / n;
}
/**
 * This process's peak resident memory in MB. Linux keeps getrusage's maxRSS
 * across exec, so a child forked from a large parent would report the
 * parent's size; VmHWM is the peak of this program's own memory.
 */
export function peakMemoryMb() {
    try {
        const hwm = /^VmHWM:\s*(\d+) kB$/m.exec(fs.readFileSync("/proc/self/status", "utf8"));
        if (hwm !== null)
            return Math.round(Number(hwm[1]) / 1024);
    }
    catch {
        // not Linux: maxRSS, which is this process's own there
    }
    return Math.round(process.resourceUsage().maxRSS / 1024);
}
/** The 1-minute load average, printed beside each figure: the machine is shared. */
export const load = () => `load ${os.loadavg()[0].toFixed(2)}`;
//# sourceMappingURL=measure.js.map