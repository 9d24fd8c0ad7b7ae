import { type Time } from "../model/time.js";
import type { Tap } from "../model/command.js";
import type { BlockDevice, Bridge } from "../model/unikernel.js";
/** A decimal integer in OCaml's int range. */
export declare function parseInteger(value: string, option: string): bigint;
/** A count of days for a certificate's validity. */
export declare function parseDays(value: string, option: string): number;
export declare function parseCompressionLevel(value: string, option?: string): number;
/** `--block name[@sector-size]` or `--block name:device-name[@sector-size]`. */
export declare function parseBlock(value: string, option?: string): BlockDevice;
/** `--net [name:]bridge[@mac]`: the unikernel's interface name, the host bridge (default: the name), a MAC. */
export declare function parseNet(value: string, option?: string): Bridge;
/** `--bridge bridge:tap` of stats-add. */
export declare function parseBridgeTap(value: string, option?: string): Tap;
/** RFC 3339; a bare date means midnight UTC (albatross-client appends T00:00:00-00:00). */
export declare function parseTimestamp(value: string, option?: string): Time;
