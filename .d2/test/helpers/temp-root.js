// Required by mocha before the tests: every test run gets its own temporary folder (TMPDIR,
// which os.tmpdir() and every spawned CLI read), removed when the run ends,
// so `npm test` leaves nothing in the system's temp directory. With
// --parallel, the workers inherit the folder of the process that started them.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
const INHERITED = "ALBATROSS_CA_TEST_ROOT";
if (process.env[INHERITED] === undefined) {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "albatross-ca-test-"));
    process.env[INHERITED] = root;
    process.on("exit", () => fs.rmSync(root, { recursive: true, force: true }));
}
process.env.TMPDIR = process.env[INHERITED];
//# sourceMappingURL=temp-root.js.map