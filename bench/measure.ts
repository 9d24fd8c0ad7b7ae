// Timing helpers for the benchmarks: repeat until enough time has passed,
// report milliseconds per run.

export function measure(run: () => void, minMs = 400): number {
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

export async function measureAsync(run: () => Promise<unknown>, minMs = 800): Promise<number> {
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
