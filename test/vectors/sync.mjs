#!/usr/bin/env node
// Refreshes the in-repository copy of the Albatross reference vectors
// (test/vectors/2.4, test/vectors/2.7) from ../shared/vectors, when that
// folder exists beside the checkout, and reports what changed.
//   node test/vectors/sync.mjs          copy and report
//   node test/vectors/sync.mjs --check  report only; exit 1 when they differ
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const RELEASES = { "2.4": "", "2.7": "v2.7" };
const here = path.dirname(fileURLToPath(import.meta.url));
const shared = path.resolve(here, "..", "..", "..", "shared", "vectors");

/** Files that differ between ../shared/vectors and the copy: [{file, change}]. */
export function differences(sharedDir = shared, copyDir = here) {
  const out = [];
  for (const [release, sub] of Object.entries(RELEASES)) {
    const from = path.join(sharedDir, sub);
    const to = path.join(copyDir, release);
    const names = new Set([
      ...fs.readdirSync(from).filter((n) => fs.statSync(path.join(from, n)).isFile()),
      ...(fs.existsSync(to) ? fs.readdirSync(to) : []),
    ]);
    for (const name of [...names].sort()) {
      const a = path.join(from, name);
      const b = path.join(to, name);
      const file = path.join(release, name);
      if (!fs.existsSync(a)) out.push({ file, change: "only in the copy", from: a, to: b });
      else if (!fs.existsSync(b)) out.push({ file, change: "new", from: a, to: b });
      else if (!fs.readFileSync(a).equals(fs.readFileSync(b))) out.push({ file, change: "changed", from: a, to: b });
    }
  }
  return out;
}

if (process.argv[1] && fs.realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!fs.existsSync(shared)) {
    console.log(`no ${shared}: the copy in test/vectors stays as it is`);
    process.exit(0);
  }
  const check = process.argv.includes("--check");
  const diff = differences();
  for (const d of diff) {
    console.log(`${d.change}: test/vectors/${d.file}`);
    if (check) continue;
    fs.mkdirSync(path.dirname(d.to), { recursive: true });
    if (d.change === "only in the copy") fs.rmSync(d.to);
    else fs.copyFileSync(d.from, d.to), fs.chmodSync(d.to, 0o644);
  }
  console.log(diff.length === 0 ? "test/vectors is up to date" : `${diff.length} file(s) ${check ? "differ" : "synced"}`);
  process.exit(check && diff.length > 0 ? 1 : 0);
}
