export declare const SOLO5_NOTE_NAME = "Solo5";
/** Where the descriptor starts: header, then the name padded to 4 bytes. */
export declare const NOTE_DESC_OFFSET: number;
/**
 * The descriptor of the single Solo5 note of type `type` that fills
 * `section` (the bytes of the section called `sectionName`).
 */
export declare function parseSolo5Note(section: Uint8Array, sectionName: string, type: number, typeName: string): Uint8Array;
/** The bytes of a Solo5 note of type `type` around descriptor `desc`. */
export declare function encodeSolo5Note(type: number, desc: Uint8Array): Uint8Array;
