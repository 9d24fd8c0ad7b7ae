// Where the repository, the shared reference vectors and fixtures are, seen
// from a compiled test file (dist/test/...).

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

function findRepoRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(path.join(dir, "package.json"))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error("package.json not found above the test files");
    dir = up;
  }
  return dir;
}

export const repoRoot = findRepoRoot();
export const sharedDir = path.resolve(repoRoot, "..", "shared");
export const vectorsDir = path.join(sharedDir, "vectors");
export const fixturesDir = path.join(sharedDir, "fixtures");
export const cliPath = path.join(repoRoot, "bin", "albatross-ca.js");

export interface VectorCase {
  id: string;
  variant: string;
  der_hex: string;
  valid: boolean;
  text: string | null;
  text_verbose: string | null;
  version: number | null;
  error: string | null;
  cli: string | null;
  note?: string;
  [key: string]: unknown;
}

export function loadVectors(file: string): VectorCase[] {
  return (JSON.parse(fs.readFileSync(path.join(vectorsDir, file), "utf8")) as { cases: VectorCase[] }).cases;
}
