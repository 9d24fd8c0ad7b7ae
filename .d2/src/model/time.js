// Albatross keeps Ptime values (picosecond precision) and writes a
// GeneralizedTime fraction of exactly three digits whenever the fraction is
// non-zero — even when it is below one millisecond (".000"). A JS Date cannot
// tell 0.1 ms from 0, so a time keeps its fraction digits next to whole seconds.
export class TimeError extends Error {
    name = "TimeError";
}
const pad = (n, w) => String(n).padStart(w, "0");
// Ptime's range: 0000-01-01T00:00:00Z to 9999-12-31T23:59:59Z (plus a fraction).
const MIN_SECONDS = -62167219200n;
const MAX_SECONDS = 253402300799n;
/**
 * Ptime.of_date_time: a valid proleptic Gregorian date of years 0–9999, a
 * second of 60 meaning the next one, and `offsetSeconds` east of UTC; the
 * instant itself must lie in Ptime's range.
 */
export function fromCivil(c, frac = "", offsetSeconds = 0) {
    if (c.year < 0 || c.year > 9999 || c.month < 1 || c.month > 12 || c.day < 1) {
        throw new TimeError("invalid date or time");
    }
    if (c.hour < 0 || c.hour > 23 || c.minute < 0 || c.minute > 59 || c.second < 0 || c.second > 60) {
        throw new TimeError("invalid date or time");
    }
    const d = new Date(0);
    d.setUTCFullYear(c.year, c.month - 1, c.day);
    if (d.getUTCDate() !== c.day)
        throw new TimeError("invalid date or time");
    d.setUTCHours(c.hour, c.minute, c.second, 0);
    const seconds = BigInt(Math.floor(d.getTime() / 1000)) - BigInt(offsetSeconds);
    if (seconds < MIN_SECONDS || seconds > MAX_SECONDS)
        throw new TimeError("time out of range");
    return { seconds, frac };
}
export function toCivil(t) {
    const d = new Date(Number(t.seconds) * 1000);
    if (Number.isNaN(d.getTime()))
        throw new TimeError("time out of range");
    return {
        year: d.getUTCFullYear(),
        month: d.getUTCMonth() + 1,
        day: d.getUTCDate(),
        hour: d.getUTCHours(),
        minute: d.getUTCMinutes(),
        second: d.getUTCSeconds(),
    };
}
function civilDate(c) {
    return `${pad(c.year, 4)}-${pad(c.month, 2)}-${pad(c.day, 2)}T${pad(c.hour, 2)}:${pad(c.minute, 2)}:${pad(c.second, 2)}`;
}
/** Ptime.pp_rfc3339 (): whole seconds, unknown offset written "-00:00". */
export function ppRfc3339(t) {
    return `${civilDate(toCivil(t))}-00:00`;
}
/** RFC 3339 in UTC with every fraction digit kept — the JSON form. */
export function toRfc3339(t) {
    return `${civilDate(toCivil(t))}${t.frac ? "." + t.frac : ""}Z`;
}
const RFC3339 = /^(\d{4})-(\d\d)-(\d\d)(?:[Tt ](\d\d):(\d\d):(\d\d)(?:\.(\d+))?([Zz]|[+-]\d\d:\d\d))?$/;
/** RFC 3339 date-time; a bare date means midnight UTC (as albatross-client). */
export function parseRfc3339(s) {
    const m = RFC3339.exec(s);
    if (!m)
        throw new TimeError(`invalid RFC 3339 timestamp: ${JSON.stringify(s)}`);
    const [, y, mo, d, h = "00", mi = "00", sec = "00", frac = "", tz = "Z"] = m;
    let offset = 0;
    if (tz !== "Z" && tz !== "z") {
        const [hours, minutes] = [Number(tz.slice(1, 3)), Number(tz.slice(4, 6))];
        if (hours > 23 || minutes > 59)
            throw new TimeError(`invalid RFC 3339 timestamp: ${JSON.stringify(s)}`);
        offset = (tz[0] === "-" ? -1 : 1) * (hours * 3600 + minutes * 60);
    }
    const civil = { year: +y, month: +mo, day: +d, hour: +h, minute: +mi, second: +sec };
    try {
        return fromCivil(civil, frac, offset);
    }
    catch {
        throw new TimeError(`invalid RFC 3339 timestamp: ${JSON.stringify(s)}`);
    }
}
//# sourceMappingURL=time.js.map