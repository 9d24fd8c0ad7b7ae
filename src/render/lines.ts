// Label and value lines, aligned: the shape of every readable view, and of
// audit's report, which loads none of the views (their image facts read Solo5
// manifests).

/** A label and its value; `formatLines` aligns the values. */
export type Line = readonly [label: string, value: string];

/** "label:   value" lines with the values aligned; an empty label continues the line above. */
export function formatLines(lines: readonly Line[], indent = ""): string {
  const width = Math.max(0, ...lines.map(([l]) => l.length)) + 1;
  return lines.map(([l, v]) => (v === "" ? `${indent}${l}:` : `${indent}${(l ? `${l}:` : "").padEnd(width)} ${v}`)).join("\n");
}
