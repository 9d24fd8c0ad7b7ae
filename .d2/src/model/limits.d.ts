export declare const MAX_OBJECT_BYTES: number;
export declare const MAX_PEM_BYTES: number;
/** Why an input of `size` bytes cannot be an Albatross object, or null when it can. */
export declare function tooLargeForAlbatross(size: number): string | null;
