// The wizard's helpers around the CA layer's plans (src/ca/plan.ts): whether
// a file exists, and the command line that does the same without questions.
import { access } from "node:fs/promises";
import { join } from "shlex";
export async function exists(file) {
    try {
        await access(file);
        return true;
    }
    catch {
        return false;
    }
}
/** The command line for a shell: each word quoted only when it needs to be (`'--arg=Hi there'`). */
export function commandLine(argv) {
    return join(["albatross-ca", ...argv]);
}
//# sourceMappingURL=plan.js.map