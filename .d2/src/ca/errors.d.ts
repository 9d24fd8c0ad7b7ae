export declare class CaError extends Error {
    name: string;
}
/** Receives the non-fatal remarks albatross-client logs as warnings. */
export type Warn = (message: string) => void;
export declare const ignoreWarnings: Warn;
