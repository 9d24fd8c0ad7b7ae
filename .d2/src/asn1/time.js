// UTCTime and GeneralizedTime exactly as asn1-combinators 0.3.2 reads and
// writes them (src/asn_prim.ml, module Time), since that is what Albatross
// accepts. Its readers are OCaml Scanf formats, and Scanf's rules make the
// accepted language larger than any tidy grammar:
//  - "%2u" reads one to two digits and skips '_' after the first one (a
//    skipped '_' still counts towards the width);
//  - an optional part that fails keeps the characters it consumed, so
//    "…+01Z" falls back to "Z" after "+01" was eaten, and a fifth fraction
//    digit is read as an offset hour and then dropped;
//  - the fraction ".f", ".ff", ".fff" is a count of milliseconds (".5" is
//    5 ms, not half a second), and "+hhmm" needs no sign ("0100" is +01:00).
// So the reader below is the same sequence of scanning steps, not a regex.
import { AsnError } from "./der.js";
import { TimeError, fromCivil, toCivil } from "../model/time.js";
/** Scanf ran out of input (End_of_file): "unexpected end". */
class ScanEnd extends Error {
}
/** Scanf saw a character its format does not allow (Scan_failure): "invalid format". */
class ScanFailure extends Error {
}
/** An OCaml Scanf buffer over a string: peeking never consumes, failures keep what was consumed. */
class Scanner {
    s;
    pos = 0;
    constructor(s) {
        this.s = s;
    }
    peek() {
        return this.s[this.pos];
    }
    /** "%<width>u", with the digits it kept */
    digits(width) {
        const first = this.peek();
        if (first === undefined)
            throw new ScanEnd();
        if (first < "0" || first > "9")
            throw new ScanFailure();
        let digits = first;
        this.pos++;
        for (let left = width - 1; left > 0; left--) {
            const c = this.peek();
            if (c === undefined)
                break;
            if (c >= "0" && c <= "9")
                digits += c;
            else if (c !== "_")
                break;
            this.pos++;
        }
        return digits;
    }
    /** "%<width>u" */
    uint(width) {
        return Number(this.digits(width));
    }
    /** a literal character of the format */
    char(ch) {
        const c = this.peek();
        if (c === undefined)
            throw new ScanEnd();
        if (c !== ch)
            throw new ScanFailure();
        this.pos++;
    }
    /** "%1[+-]": at most one sign character, possibly none */
    sign() {
        const c = this.peek();
        if (c !== "+" && c !== "-")
            return "";
        this.pos++;
        return c;
    }
    /** "%!" */
    end() {
        if (this.pos < this.s.length)
            throw new ScanFailure();
    }
}
/** Like OCaml's `try … with _ -> fallback`: a failed step keeps what it consumed. */
function orElse(step, fallback) {
    try {
        return step();
    }
    catch (e) {
        if (e instanceof ScanEnd || e instanceof ScanFailure)
            return fallback;
        throw e;
    }
}
/** The offset east of UTC in seconds: "[+-]hhmm" up to the end of input, else "Z". */
function zone(sc) {
    try {
        const sign = sc.sign();
        const hours = sc.uint(2);
        const minutes = sc.uint(2);
        sc.end();
        return (sign === "-" ? -1 : 1) * (3600 * hours + 60 * minutes);
    }
    catch (e) {
        if (!(e instanceof ScanEnd || e instanceof ScanFailure))
            throw e;
        sc.char("Z");
        return 0;
    }
}
const ascii = (c) => String.fromCharCode(...c);
function reading(what, content, read) {
    const s = ascii(content);
    try {
        return read(new Scanner(s));
    }
    catch (e) {
        if (e instanceof ScanEnd)
            throw new AsnError(`${what}: unexpected end: ${JSON.stringify(s)}`);
        if (e instanceof ScanFailure)
            throw new AsnError(`${what}: invalid format: ${JSON.stringify(s)}`);
        if (e instanceof TimeError)
            throw new AsnError(`${what}: out of range: ${JSON.stringify(s)}`);
        throw e;
    }
}
/** UTCTime "YYMMDDhhmm[ss](Z|±hhmm)"; years 50–99 are 19xx, 00–49 are 20xx. */
export function readUtcTime(content) {
    return reading("UTCTime", content, (sc) => {
        const yy = sc.uint(2);
        const [month, day, hour, minute] = [sc.uint(2), sc.uint(2), sc.uint(2), sc.uint(2)];
        const second = orElse(() => sc.uint(2), 0);
        const offset = zone(sc);
        sc.end();
        const year = (yy >= 50 ? 1900 : 2000) + yy;
        return fromCivil({ year, month, day, hour, minute, second }, "", offset);
    });
}
/**
 * The fraction digits a time keeps: the milliseconds asn1-combinators reads,
 * and ".000" as written, since that is how Albatross writes a fraction below
 * one millisecond.
 */
function fraction(ms) {
    if (ms === "000")
        return ms;
    return Number(ms) === 0 ? "" : ms.padStart(3, "0");
}
/** GeneralizedTime "YYYYMMDDhh[mm[ss[.fff]]][Z|±hhmm]"; no zone means UTC. */
export function readGeneralizedTime(content) {
    return reading("GeneralizedTime", content, (sc) => {
        const [year, month, day, hour] = [sc.uint(4), sc.uint(2), sc.uint(2), sc.uint(2)];
        let minute = 0;
        let second = 0;
        let ms = "";
        orElse(() => {
            minute = sc.uint(2);
            orElse(() => {
                second = sc.uint(2);
                orElse(() => {
                    sc.char(".");
                    ms = sc.digits(3);
                }, undefined);
            }, undefined);
        }, undefined);
        const offset = orElse(() => zone(sc), 0);
        sc.end();
        return fromCivil({ year, month, day, hour, minute, second }, fraction(ms), offset);
    });
}
const pad = (n, w) => String(n).padStart(w, "0");
function civilDigits(t, yearDigits) {
    const c = toCivil(t);
    const year = yearDigits === 2 ? c.year % 100 : c.year;
    return `${pad(year, yearDigits)}${pad(c.month, 2)}${pad(c.day, 2)}${pad(c.hour, 2)}${pad(c.minute, 2)}${pad(c.second, 2)}`;
}
/** What asn1-combinators writes: whole seconds, "Z". */
export function writeUtcTime(t) {
    return `${civilDigits(t, 2)}Z`;
}
/**
 * What asn1-combinators writes: three fraction digits (milliseconds,
 * truncated) whenever there is a fraction — ".000" for less than a
 * millisecond — and none otherwise.
 */
export function writeGeneralizedTime(t) {
    const frac = t.frac ? "." + t.frac.padEnd(3, "0").slice(0, 3) : "";
    return `${civilDigits(t, 4)}${frac}Z`;
}
//# sourceMappingURL=time.js.map