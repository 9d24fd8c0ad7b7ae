export interface PemBlock {
    readonly label: string;
    readonly der: Uint8Array;
}
/** Written line by line into one buffer: a whole image is never one base64 string plus a string per line. */
export declare function encodePem(label: string, der: Uint8Array): string;
/** All PEM blocks of a text, in order; text between blocks is ignored, as openssl does. */
export declare function decodePem(text: string): PemBlock[];
/** The DER of every certificate in a PEM file (a chain is leaf first). */
export declare function splitPem(text: string): Uint8Array[];
/**
 * Accept what a user may hand us: PEM text, or the bytes of a file that is
 * either PEM or DER. Exactly one block with the expected label is allowed.
 */
export declare function derFromInput(input: string | Uint8Array, label: string): Uint8Array;
