import { Cls, type Encoded, type Tag, type Tlv } from "./der.js";
import type { Time } from "../model/time.js";
export interface Asn<T> {
    /** the tags this element may start with (choices have several) */
    readonly tags: readonly Tag[];
    /** how a mismatch names what was expected, e.g. "(Constructed UNIVERSAL 16)" */
    readonly expected: string;
    encode(v: T): Uint8Array;
    /**
     * The same encoding as its parts, so that large contents (images) are not
     * copied at every level of nesting; without it, `encode`'s bytes are the part.
     */
    encoded?(v: T): Encoded;
    decode(t: Tlv): T;
}
/** How `asn` encodes `v`, as parts. */
export declare function encodedOf<T>(asn: Asn<T>, v: T): Encoded;
/** Both directions of encoding from the parts-producing one. */
export declare function encoders<T>(encoded: (v: T) => Encoded): Pick<Asn<T>, "encode" | "encoded">;
export declare function bigintToBytes(v: bigint): Uint8Array;
export declare const integer: Asn<bigint>;
export declare const boolean: Asn<boolean>;
export declare const nul: Asn<null>;
export declare const octetString: Asn<Uint8Array>;
export declare const utf8String: Asn<string>;
export declare const utcTime: Asn<Time>;
export declare const generalizedTime: Asn<Time>;
/** [n] EXPLICIT (context class unless told otherwise). */
export declare function explicit<T>(num: number, inner: Asn<T>, cls?: Cls): Asn<T>;
/** [n] IMPLICIT over a constructed type: the tag replaces the inner one. */
export declare function implicit<T>(num: number, inner: Asn<T>, cls?: Cls): Asn<T>;
/** Converts between a grammar value and a domain value (Asn.S.map). */
export declare function map<A, B>(asn: Asn<A>, f: (a: A) => B, g: (b: B) => A): Asn<B>;
/** A grammar alternative Albatross still reads but never writes. */
export declare function decodeOnly<A, B>(asn: Asn<A>, f: (a: A) => B, label: string): Asn<B>;
export interface Field<T, Optional extends boolean> {
    readonly asn: Asn<T>;
    readonly optional: Optional;
    readonly label: string | undefined;
}
export declare const required: <T>(asn: Asn<T>, label?: string) => Field<T, false>;
export declare const optional: <T>(asn: Asn<T>, label?: string) => Field<T, true>;
type AnyField = Field<any, boolean>;
export type SequenceValue<F extends Record<string, AnyField>> = {
    [K in keyof F]: F[K] extends Field<infer T, infer O> ? (O extends true ? T | undefined : T) : never;
};
/** SEQUENCE of named fields, in declaration order. */
export declare function sequence<F extends Record<string, AnyField>>(fields: F): Asn<SequenceValue<F>>;
export declare const sequenceOf: <T>(elt: Asn<T>) => Asn<T[]>;
export declare const setOf: <T>(elt: Asn<T>) => Asn<T[]>;
/**
 * CHOICE: decoding takes the alternative whose tag comes first; encoding
 * takes the alternative `pick` names (several alternatives may decode to the
 * same domain value, only one of them writes it).
 */
export declare function choice<T>(alternatives: readonly Asn<T>[], pick: (v: T) => number): Asn<T>;
/** DER bytes → value; the whole buffer must be one element (no trailing bytes). */
export declare function decodeStrict<T>(asn: Asn<T>, bytes: Uint8Array): T;
export {};
