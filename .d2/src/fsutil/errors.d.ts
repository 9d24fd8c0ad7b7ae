/** A file operation refused or failed; the message names the file. */
export declare class FileError extends Error {
    name: string;
}
export declare function errorCode(error: unknown): string | undefined;
export declare function errorMessage(error: unknown): string;
