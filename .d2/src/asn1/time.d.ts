import { type Time } from "../model/time.js";
/** UTCTime "YYMMDDhhmm[ss](Z|±hhmm)"; years 50–99 are 19xx, 00–49 are 20xx. */
export declare function readUtcTime(content: Uint8Array): Time;
/** GeneralizedTime "YYYYMMDDhh[mm[ss[.fff]]][Z|±hhmm]"; no zone means UTC. */
export declare function readGeneralizedTime(content: Uint8Array): Time;
/** What asn1-combinators writes: whole seconds, "Z". */
export declare function writeUtcTime(t: Time): string;
/**
 * What asn1-combinators writes: three fraction digits (milliseconds,
 * truncated) whenever there is a fraction — ".000" for less than a
 * millisecond — and none otherwise.
 */
export declare function writeGeneralizedTime(t: Time): string;
