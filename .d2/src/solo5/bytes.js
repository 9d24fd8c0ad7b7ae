/**
 * Little-endian byte access with bounds checks.
 *
 * Every read of an untrusted image goes through `ByteReader`, so an offset or
 * size taken from the file can never index past the buffer: instead of a
 * RangeError from DataView (or, worse, `undefined` from a typed array) the
 * caller gets a `Solo5Error` naming the structure that was cut short.
 * `ByteWriter` is the mirror image used to build images.
 */
import { Solo5Error } from './error.js';
/** True when [offset, offset + size) lies inside a buffer of `length` bytes. */
export function inBounds(length, offset, size) {
    // Written so no addition can lose precision: ELF offsets are u64 and arrive
    // here as (possibly huge, possibly inexact) numbers.
    return (Number.isSafeInteger(offset) &&
        Number.isSafeInteger(size) &&
        offset >= 0 &&
        size >= 0 &&
        offset <= length &&
        size <= length - offset);
}
/** `0x1f`-style rendering for offsets in messages. */
export function hex(n) {
    return `0x${n.toString(16)}`;
}
export class ByteReader {
    bytes;
    what;
    view;
    /**
     * @param bytes the buffer to read (not copied)
     * @param what  what the buffer holds, e.g. `ELF file` or
     *              `section .note.solo5.abi`; used in error messages
     */
    constructor(bytes, what) {
        this.bytes = bytes;
        this.what = what;
        this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    }
    get length() {
        return this.bytes.length;
    }
    /** Throws unless `size` bytes at `offset` exist; `field` names them. */
    need(offset, size, field) {
        if (!inBounds(this.bytes.length, offset, size)) {
            throw new Solo5Error(`${this.what} is truncated: ${field} (${size} bytes at offset ${hex(offset)}) ` +
                `extends past its end (${this.bytes.length} bytes)`);
        }
    }
    u8(offset, field) {
        this.need(offset, 1, field);
        return this.view.getUint8(offset);
    }
    u16(offset, field) {
        this.need(offset, 2, field);
        return this.view.getUint16(offset, true);
    }
    u32(offset, field) {
        this.need(offset, 4, field);
        return this.view.getUint32(offset, true);
    }
    /**
     * A u64 as a number. Values above 2^53 lose precision, which is harmless
     * here: they are offsets or sizes and any such value fails `inBounds`.
     */
    u64(offset, field) {
        this.need(offset, 8, field);
        return Number(this.view.getBigUint64(offset, true));
    }
    /** A view (not a copy) of `size` bytes at `offset`. */
    slice(offset, size, field) {
        this.need(offset, size, field);
        return this.bytes.subarray(offset, offset + size);
    }
}
/** Fixed-size little-endian writer; the size is computed before writing. */
export class ByteWriter {
    bytes;
    view;
    constructor(size) {
        this.bytes = new Uint8Array(size);
        this.view = new DataView(this.bytes.buffer);
    }
    u8(offset, value) {
        this.view.setUint8(offset, value);
    }
    u16(offset, value) {
        this.view.setUint16(offset, value, true);
    }
    u32(offset, value) {
        this.view.setUint32(offset, value, true);
    }
    u64(offset, value) {
        this.view.setBigUint64(offset, BigInt(value), true);
    }
    set(offset, data) {
        this.bytes.set(data, offset);
    }
}
/** Rounds `n` up to a multiple of `align` (a power of two). */
export function alignUp(n, align) {
    return Math.ceil(n / align) * align;
}
/** ASCII text of a byte range (ELF names are ASCII; other bytes map 1:1). */
export function ascii(bytes) {
    let s = '';
    for (const b of bytes)
        s += String.fromCharCode(b);
    return s;
}
//# sourceMappingURL=bytes.js.map