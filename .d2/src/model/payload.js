// The bytes a command carries — a unikernel image (create) or block data
// (create-block, set-block) — as sent, zlib-compressed or not, and as the
// operator has them: the file that was requested, byte for byte.
import { createHash } from "node:crypto";
import zlib from "node:zlib";
/** The payload of a command, if it carries one. */
export function commandPayload(command) {
    switch (command.kind) {
        case "unikernel_create":
        case "unikernel_force_create":
            return { kind: "image", data: command.config.image, compressed: command.config.compressed };
        // 2.4.1's add and set carry the data; 2.7's stream it after the command
        case "old_block_add":
            return command.data === null ? null : { kind: "block data", data: command.data, compressed: command.compressed };
        case "old_block_set":
            return { kind: "block data", data: command.data, compressed: command.compressed };
        default:
            return null;
    }
}
export class PayloadError extends Error {
    name = "PayloadError";
}
/** Larger than any image or disk Albatross is given: an inflated payload past it is refused, not allocated. */
export const MAX_UNCOMPRESSED = 2 ** 31 - 1;
/** The payload as the operator had it: inflated when it was sent compressed. */
export function uncompressed(p) {
    if (!p.compressed)
        return p.data;
    try {
        return new Uint8Array(zlib.inflateSync(p.data, { maxOutputLength: MAX_UNCOMPRESSED }));
    }
    catch (e) {
        throw new PayloadError(`the ${p.kind} does not decompress (zlib): ${e.message}`);
    }
}
export const sha256Hex = (b) => createHash("sha256").update(b).digest("hex");
//# sourceMappingURL=payload.js.map