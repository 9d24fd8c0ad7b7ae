export declare function measure(run: () => void, minMs?: number): number;
/** As `measure`, after as long again of warm-up (the JIT's): steady state, as a long batch sees it. */
export declare function measureAsync(run: () => Promise<unknown>, minMs?: number): Promise<number>;
/**
 * This process's peak resident memory in MB. Linux keeps getrusage's maxRSS
 * across exec, so a child forked from a large parent would report the
 * parent's size; VmHWM is the peak of this program's own memory.
 */
export declare function peakMemoryMb(): number;
/** The 1-minute load average, printed beside each figure: the machine is shared. */
export declare const load: () => string;
