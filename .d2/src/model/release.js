// The Albatross release the kit speaks: a plain value handed to the few
// functions whose behaviour differs between releases (grammar arms, printers,
// the endpoint's accepted commands, the client's options), never global state.
export const RELEASES = ["2.4", "2.7"];
/** The release hosts run today, used when neither the option nor ALBATROSS_VERSION says otherwise. */
export const DEFAULT_RELEASE = "2.7";
/** The full version each release speaks for, as printed in messages. */
export const RELEASE_VERSION = { "2.4": "2.4.1", "2.7": "2.7.2" };
/** `2.4`, `2.4.1`, `2.7`, `2.7.2` (a leading `v` is allowed) → the release; anything else is an error. */
export function parseRelease(text) {
    const t = text.trim().replace(/^v/, "");
    for (const r of RELEASES)
        if (t === r || t === RELEASE_VERSION[r])
            return r;
    throw new Error(`unknown Albatross release "${text}" (expected one of 2.4, 2.4.1, 2.7, 2.7.2)`);
}
/** The release from an explicit choice, else the environment's ALBATROSS_VERSION, else the default. */
export function releaseFrom(option, env = {}) {
    if (option !== undefined && option !== "")
        return parseRelease(option);
    const fromEnv = env.ALBATROSS_VERSION;
    if (fromEnv !== undefined && fromEnv !== "") {
        try {
            return parseRelease(fromEnv);
        }
        catch (e) {
            throw new Error(`ALBATROSS_VERSION: ${e.message}`);
        }
    }
    return DEFAULT_RELEASE;
}
/** The other release, for "(Albatross 2.4 reads this)" hints. */
export const otherRelease = (r) => (r === "2.4" ? "2.7" : "2.4");
//# sourceMappingURL=release.js.map