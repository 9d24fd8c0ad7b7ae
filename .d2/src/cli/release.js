// The target Albatross release of a command line: --albatross, else
// ALBATROSS_VERSION, else the current release (releaseFrom).
import { releaseFrom } from "../model/release.js";
import { CliError } from "./errors.js";
export const RELEASE_OPTION = {
    type: "string",
    describe: "the Albatross release to write and read as: 2.4 (2.4.1) or 2.7 (2.7.2) [default: $ALBATROSS_VERSION, else 2.7]",
};
export function releaseOf(argv) {
    const option = argv.albatross;
    const given = Array.isArray(option) ? option[option.length - 1] : option;
    try {
        return releaseFrom(given === undefined ? undefined : String(given), process.env);
    }
    catch (e) {
        throw new CliError(e.message);
    }
}
//# sourceMappingURL=release.js.map