export interface Time {
    /** whole seconds since 1970-01-01T00:00:00Z (negative before) */
    seconds: bigint;
    /** decimal digits of the fraction of a second as written ("" for none) */
    frac: string;
}
export declare class TimeError extends Error {
    name: string;
}
export interface Civil {
    year: number;
    month: number;
    day: number;
    hour: number;
    minute: number;
    second: number;
}
/**
 * Ptime.of_date_time: a valid proleptic Gregorian date of years 0–9999, a
 * second of 60 meaning the next one, and `offsetSeconds` east of UTC; the
 * instant itself must lie in Ptime's range.
 */
export declare function fromCivil(c: Civil, frac?: string, offsetSeconds?: number): Time;
export declare function toCivil(t: Time): Civil;
/** Ptime.pp_rfc3339 (): whole seconds, unknown offset written "-00:00". */
export declare function ppRfc3339(t: Time): string;
/** RFC 3339 in UTC with every fraction digit kept — the JSON form. */
export declare function toRfc3339(t: Time): string;
/** RFC 3339 date-time; a bare date means midnight UTC (as albatross-client). */
export declare function parseRfc3339(s: string): Time;
