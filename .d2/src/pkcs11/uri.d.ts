/** CKA_CLASS as RFC 7512 spells it. */
export declare const OBJECT_TYPES: readonly ["public", "private", "cert", "secret-key", "data"];
export type ObjectType = (typeof OBJECT_TYPES)[number];
export interface Pkcs11Uri {
    /** path: which token (CK_TOKEN_INFO) */
    readonly token?: string;
    readonly manufacturer?: string;
    readonly model?: string;
    readonly serial?: string;
    readonly slotId?: number;
    /** path: which object (CKA_LABEL, CKA_ID, CKA_CLASS) */
    readonly object?: string;
    readonly id?: Uint8Array;
    readonly type?: ObjectType;
    /** query: where the PIN is (a file name or a file: URI), or the PIN itself */
    readonly pinSource?: string;
    readonly pinValue?: string;
    /** query: the module (shared library) to load */
    readonly modulePath?: string;
}
export declare function isPkcs11Uri(value: string): boolean;
export declare function parsePkcs11Uri(value: string): Pkcs11Uri;
/** The URI of an object, for messages and for what generate prints: path attributes only, never a PIN. */
export declare function formatPkcs11Uri(uri: Pkcs11Uri): string;
