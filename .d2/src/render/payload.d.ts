import { type Payload } from "../model/payload.js";
import { type Solo5Image } from "../solo5/index.js";
export interface PayloadFacts {
    kind: Payload["kind"];
    /** bytes as carried (compressed when `compressed`) */
    carriedSize: number;
    compressed: boolean;
    /** the uncompressed bytes: null when they do not decompress */
    size: number | null;
    sha256: string | null;
    /** for an image: its Solo5 ABI and manifest, or why they cannot be read */
    solo5: Solo5Image | {
        error: string;
    } | null;
    error: string | null;
}
export declare function payloadFacts(p: Payload): PayloadFacts;
/** Readable lines: label, value. */
export declare function payloadLines(f: PayloadFacts): (readonly [string, string])[];
/** The same facts as JSON (snake_case). */
export declare function payloadJson(f: PayloadFacts): {
    kind: import("../model/payload.js").PayloadKind;
    size: number | null;
    sha256: string | null;
    compressed: boolean;
    compressed_size: number | null;
    solo5: {
        error: string;
        target?: undefined;
        abi_version?: undefined;
        devices?: undefined;
    } | {
        target: "hvt" | "spt" | "virtio" | "muen" | "genode" | "xen";
        abi_version: number;
        devices: {
            name: string;
            type: "block" | "net";
        }[];
        error?: undefined;
    } | null;
    error: string | null;
};
