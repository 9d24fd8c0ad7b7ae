import type { Command } from "./command.js";
export type PayloadKind = "image" | "block data";
export interface Payload {
    kind: PayloadKind;
    /** the bytes as the command carries them */
    data: Uint8Array;
    compressed: boolean;
}
/** The payload of a command, if it carries one. */
export declare function commandPayload(command: Command): Payload | null;
export declare class PayloadError extends Error {
    name: string;
}
/** Larger than any image or disk Albatross is given: an inflated payload past it is refused, not allocated. */
export declare const MAX_UNCOMPRESSED: number;
/** The payload as the operator had it: inflated when it was sent compressed. */
export declare function uncompressed(p: Payload): Uint8Array;
export declare const sha256Hex: (b: Uint8Array) => string;
