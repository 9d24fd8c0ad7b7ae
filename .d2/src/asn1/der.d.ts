export declare class AsnError extends Error {
    name: string;
}
export declare const enum Cls {
    Universal = 0,
    Application = 1,
    Context = 2,
    Private = 3
}
export interface Tag {
    cls: Cls;
    num: number;
}
/** One parsed TLV: `buf[start..end)` is the content. */
export interface Tlv {
    cls: Cls;
    constructed: boolean;
    num: number;
    buf: Uint8Array;
    /** offset of the identifier octet */
    at: number;
    start: number;
    end: number;
}
export declare function hexdump(bytes: Uint8Array): string;
export declare function describeTag(form: "Primitive" | "Constructed" | "ANY", tag: Tag): string;
export declare function describeTlv(t: Tlv): string;
/** Reads the TLV starting at `at`; its content must end by `limit`. */
export declare function readTlv(buf: Uint8Array, at: number, limit: number): Tlv;
/** The TLVs inside a constructed TLV (or a whole buffer). */
export declare function children(buf: Uint8Array, start: number, end: number): Tlv[];
export declare function content(t: Tlv): Uint8Array;
/** The identifier and length octets of a TLV whose content is `len` octets long. */
export declare function header(cls: Cls, constructed: boolean, num: number, len: number): Uint8Array;
/**
 * An encoding as the byte arrays it is made of, in order. Wrapping one in a
 * header copies no content, so a unikernel image of hundreds of MB is copied
 * once, into the final buffer, however deep it sits.
 */
export interface Encoded {
    readonly length: number;
    readonly parts: readonly Uint8Array[];
}
export declare function encodedBytes(bytes: Uint8Array): Encoded;
/** One TLV around the concatenation of `inner`; its header is always a part of its own. */
export declare function wrap(cls: Cls, constructed: boolean, num: number, inner: readonly Encoded[]): Encoded;
/** The encoding as one buffer (into `out` at `at` when given). */
export declare function flatten(e: Encoded, out?: Uint8Array, at?: number): Uint8Array;
/** Encodes one TLV whose content is the concatenation of `parts`. */
export declare function tlv(cls: Cls, constructed: boolean, num: number, parts: readonly Uint8Array[]): Uint8Array;
export declare function compareBytes(a: Uint8Array, b: Uint8Array): number;
