import type { Release } from "../model/release.js";
import type { Data, Success, Wire } from "../model/wire.js";
import { type Arm } from "./arms.js";
export declare const DATA_ARMS: readonly Arm<Data>[];
/** The success arms of each release (for the release table). */
export declare const SUCCESS_ARMS: Record<Release, readonly Arm<Success>[]>;
/** Wire.of_string: reads the header's version first, then the matching grammar. */
export declare function decodeWireBytes(bytes: Uint8Array, release: Release): Wire;
export declare function encodeWireBytes(w: Wire, release: Release): Uint8Array;
