/** True when [offset, offset + size) lies inside a buffer of `length` bytes. */
export declare function inBounds(length: number, offset: number, size: number): boolean;
/** `0x1f`-style rendering for offsets in messages. */
export declare function hex(n: number): string;
export declare class ByteReader {
    readonly bytes: Uint8Array;
    readonly what: string;
    private readonly view;
    /**
     * @param bytes the buffer to read (not copied)
     * @param what  what the buffer holds, e.g. `ELF file` or
     *              `section .note.solo5.abi`; used in error messages
     */
    constructor(bytes: Uint8Array, what: string);
    get length(): number;
    /** Throws unless `size` bytes at `offset` exist; `field` names them. */
    need(offset: number, size: number, field: string): void;
    u8(offset: number, field: string): number;
    u16(offset: number, field: string): number;
    u32(offset: number, field: string): number;
    /**
     * A u64 as a number. Values above 2^53 lose precision, which is harmless
     * here: they are offsets or sizes and any such value fails `inBounds`.
     */
    u64(offset: number, field: string): number;
    /** A view (not a copy) of `size` bytes at `offset`. */
    slice(offset: number, size: number, field: string): Uint8Array;
}
/** Fixed-size little-endian writer; the size is computed before writing. */
export declare class ByteWriter {
    readonly bytes: Uint8Array;
    private readonly view;
    constructor(size: number);
    u8(offset: number, value: number): void;
    u16(offset: number, value: number): void;
    u32(offset: number, value: number): void;
    u64(offset: number, value: number | bigint): void;
    set(offset: number, data: Uint8Array): void;
}
/** Rounds `n` up to a multiple of `align` (a power of two). */
export declare function alignUp(n: number, align: number): number;
/** ASCII text of a byte range (ELF names are ASCII; other bytes map 1:1). */
export declare function ascii(bytes: Uint8Array): string;
