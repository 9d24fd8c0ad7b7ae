// The repository carries its own copy of the reference vectors; when the
// workspace's ../shared/vectors is beside the checkout, the copy must equal it.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { repoRoot, sharedDir, vectorRoot } from "./helpers/paths.js";
const syncScript = path.join(vectorRoot, "sync.mjs");
const haveShared = fs.existsSync(path.join(sharedDir, "vectors", "v2.7"));
describe("reference vectors in the repository", () => {
    for (const release of ["2.4", "2.7"]) {
        it(`test/vectors/${release} holds all four vector files`, () => {
            for (const file of ["cert-extension.json", "wire.json", "state.json", "chains.json"]) {
                const cases = JSON.parse(fs.readFileSync(path.join(vectorRoot, release, file), "utf8")).cases;
                assert.ok(cases.length > 0, `${release}/${file} has no cases`);
            }
        });
    }
    (haveShared ? it : it.skip)("equal ../shared/vectors (npm run vectors:sync refreshes them)", () => {
        const r = spawnSync(process.execPath, [syncScript, "--check"], { cwd: repoRoot, encoding: "utf8" });
        assert.equal(r.status, 0, `the in-repository vectors drifted from ../shared/vectors:\n${r.stdout}`);
        assert.match(r.stdout, /up to date/);
    });
});
//# sourceMappingURL=vectors-copy.test.js.map