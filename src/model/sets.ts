// OCaml's Set.elements order: ascending, duplicates dropped. Strings compare
// by their UTF-8 bytes (String.compare), which is code point order.

function compareStrings(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // UTF-16 puts surrogate pairs (code points above U+FFFF) before U+E000..U+FFFF
    const sx = x >= 0xd800 && x <= 0xdfff;
    const sy = y >= 0xd800 && y <= 0xdfff;
    if (sx !== sy) return sx ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}

export function compareValues<T extends bigint | string>(a: T, b: T): number {
  if (typeof a === "string" && typeof b === "string") return compareStrings(a, b);
  return a < b ? -1 : a > b ? 1 : 0;
}

export function sortedUnique<T extends bigint | string>(xs: readonly T[]): T[] {
  // one element (a dump's every exit code set and CPU id): nothing to sort, no closures to make
  if (xs.length < 2) return xs.slice();
  const sorted = [...xs].sort(compareValues);
  const out = [sorted[0]!];
  for (let i = 1; i < sorted.length; i++) if (sorted[i] !== sorted[i - 1]) out.push(sorted[i]!);
  return out;
}
