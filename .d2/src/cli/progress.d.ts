export interface Progress {
    /** `done` of `total` steps */
    update(done: number, total: number): void;
    stop(): void;
}
/** A bar for `what` (e.g. "signing") on a terminal; nothing otherwise. */
export declare function terminalProgress(what: string): Promise<Progress>;
