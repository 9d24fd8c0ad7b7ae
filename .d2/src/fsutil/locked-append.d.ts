/** Generous: a slow disk's fsync under 40 concurrent signers takes seconds, not milliseconds. */
export declare const DEFAULT_LOCK_TIMEOUT_MS = 30000;
export interface LockOptions {
    /** how long to wait for another holder, in milliseconds (default 30 s) */
    readonly timeoutMs?: number;
}
/** Runs `f` while holding `<db>.lock`; the lock is always released. */
export declare function withDatabaseLock<T>(dbPath: string, f: () => Promise<T>, options?: LockOptions): Promise<T>;
/**
 * Append lines to a file the caller holds the lock of, first ending a last
 * line that lacks its newline (a DB edited by hand), so that two records
 * never share a line. All of them go in one write and one flush.
 */
export declare function appendLines(dbPath: string, lines: readonly string[]): Promise<void>;
/** One line: `appendLines` of one. */
export declare function appendLine(dbPath: string, line: string): Promise<void>;
/** Append one line to the CA database (`<serial-hex> <CN>` lines) under its lock. */
export declare function appendLineLocked(dbPath: string, line: string, options?: LockOptions): Promise<void>;
