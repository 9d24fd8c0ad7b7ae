/**
 * All of standard input. A pipe whose writer has not written yet may answer
 * EAGAIN to a synchronous read: wait a moment and read again.
 */
export declare function readStdin(): Buffer;
/**
 * A file's bytes, or standard input for "-" (which yargs hands over as "").
 * A file larger than any Albatross object can be is refused before it is read.
 */
export declare function readInput(file: string): Buffer;
export declare function parseHex(hex: string, what?: string): Uint8Array;
export declare function parseBase64(b64: string, what?: string): Uint8Array;
export declare function parseJsonText(text: string, what: string): unknown;
/** JSON with bigints never appearing (the JSON forms turn them into numbers or strings). */
export declare function printJson(x: unknown): string;
/** Every line of standard input, trimmed, as it arrives — blank ones too. */
export declare function stdinLines(): AsyncGenerator<string>;
export interface BulkOptions {
    /** name each result by its input line (`"file": ...`), for inputs that are file names */
    named?: boolean;
    /** the fields of a failed line, when a command's results have a shape of their own */
    failure?: (error: string) => Record<string, unknown>;
}
/**
 * Bulk mode: `f` for every line of standard input, as it arrives; exactly one
 * JSON object per input line out — `{"ok": true, ...}` or `{"ok": false,
 * "error": ...}`, a blank line being `"error": "empty line"` — so that the
 * output stays aligned with the input (paste, cut). A bad line never stops
 * the run; the counts of lines and of lines not ok are returned.
 */
export declare function jsonLines(f: (line: string) => Record<string, unknown> | Promise<Record<string, unknown>>, options?: BulkOptions): Promise<{
    lines: number;
    failed: number;
}>;
/** A file named on a bulk-mode line: standard input is the list itself. */
export declare function bulkFile(line: string): string;
