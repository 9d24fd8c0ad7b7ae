// OCaml's Set.elements order: ascending, duplicates dropped. Strings compare
// by their bytes (String.compare), which for UTF-8 is code point order.

export function compareValues<T extends bigint | string>(a: T, b: T): number {
  if (typeof a === "string" && typeof b === "string") return Buffer.compare(Buffer.from(a), Buffer.from(b));
  return a < b ? -1 : a > b ? 1 : 0;
}

export function sortedUnique<T extends bigint | string>(xs: readonly T[]): T[] {
  const out = [...xs].sort(compareValues);
  return out.filter((x, i) => i === 0 || out[i - 1] !== x);
}
