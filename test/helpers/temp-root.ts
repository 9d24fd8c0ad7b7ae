// A mocha root hook: every test run gets its own temporary folder (TMPDIR,
// which os.tmpdir() and every spawned CLI read), removed when the run ends,
// so `npm test` leaves nothing in the system's temp directory.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "albatross-ca-test-"));
process.env.TMPDIR = root;

export const mochaHooks = {
  afterAll(): void {
    fs.rmSync(root, { recursive: true, force: true });
  },
};
