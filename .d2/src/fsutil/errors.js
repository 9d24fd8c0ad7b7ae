/** A file operation refused or failed; the message names the file. */
export class FileError extends Error {
    name = "FileError";
}
export function errorCode(error) {
    return typeof error === "object" && error !== null && "code" in error ? String(error.code) : undefined;
}
export function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}
//# sourceMappingURL=errors.js.map