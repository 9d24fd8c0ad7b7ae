// Operator-chosen certificate profiles (templates/profiles/*.json copied and
// adjusted, loaded with loadProfile): at most one per kind; a kind without
// one uses the built-in profile.
import { BUILTIN_PROFILES, SECONDS_PER_DAY, withValidity } from "../x509/index.js";
import { CaError } from "./errors.js";
export function profileSet(profiles) {
    const set = {};
    for (const p of profiles) {
        const other = set[p.kind];
        if (other)
            throw new CaError(`two ${p.kind} profiles given: ${other.source} and ${p.source}`);
        set[p.kind] = p;
    }
    return set;
}
/**
 * The profile for a certificate of this kind. Profiles were given but none of
 * this kind: refused rather than silently falling back to the built-in one.
 */
export function pickProfile(kind, set, days) {
    const given = set && Object.values(set);
    if (given && given.length > 0 && !set[kind]) {
        throw new CaError(`this needs a ${kind} profile; the profiles given are for ${given.map((p) => `${p.kind} (${p.source})`).join(", ")}`);
    }
    const base = set?.[kind] ?? BUILTIN_PROFILES[kind];
    return days === undefined ? base : withValidity(base, days * SECONDS_PER_DAY);
}
//# sourceMappingURL=profiles.js.map