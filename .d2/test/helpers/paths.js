// Where the repository, its copy of the reference vectors and the optional
// shared fixtures are, seen from a compiled test file (dist/test/...).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
function findRepoRoot() {
    let dir = path.dirname(fileURLToPath(import.meta.url));
    while (!fs.existsSync(path.join(dir, "package.json"))) {
        const up = path.dirname(dir);
        if (up === dir)
            throw new Error("package.json not found above the test files");
        dir = up;
    }
    return dir;
}
export const repoRoot = findRepoRoot();
export const sharedDir = path.resolve(repoRoot, "..", "shared");
/** The in-repository copy of the reference vectors, one folder per release
 * (`npm run vectors:sync` refreshes it from ../shared/vectors). */
export const vectorRoot = path.join(repoRoot, "test", "vectors");
export const vectorsDir = (release = "2.4") => path.join(vectorRoot, release);
/** The real Solo5 images live only beside the workspace checkout; tests that
 * need them are pending in a clone that stands alone. */
export const fixturesDir = path.join(sharedDir, "fixtures");
export const solo5FixturesDir = path.join(fixturesDir, "solo5");
export const haveSolo5Fixtures = fs.existsSync(path.join(solo5FixturesDir, "test_hello.hvt"));
/** `it`, or `it.skip` (reported pending) when ../shared/fixtures is absent. */
export const itWithFixtures = haveSolo5Fixtures ? it : it.skip;
export const solo5Fixture = (name) => fs.readFileSync(path.join(solo5FixturesDir, name));
export const cliPath = path.join(repoRoot, "bin", "albatross-ca.js");
export function loadVectors(file, release = "2.4") {
    return JSON.parse(fs.readFileSync(path.join(vectorsDir(release), file), "utf8")).cases;
}
//# sourceMappingURL=paths.js.map