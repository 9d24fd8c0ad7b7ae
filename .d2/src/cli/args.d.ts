/** A repeatable option as yargs hands it over: absent, once (a string) or several times. */
export declare function repeated(value: string | string[] | undefined): string[];
/** A single-valued option given twice comes as an array: refuse rather than pick one. */
export declare function single(value: string | string[] | undefined, option: string): string | undefined;
/** `{ key: value }` when the option was given, else `{}`: the library's default then applies. */
export declare function ifGiven<K extends string, V>(key: K, value: V | undefined): {
    [P in K]?: V;
};
export declare const displayName: (file: string) => string;
/**
 * yargs drops a lone "-" from positionals unless it reads unknown options as
 * arguments; with that on, an argument that looks like an option is one
 * yargs did not know, refused here as strict mode would.
 */
export declare const KEEP_DASH_ARGUMENT: {
    readonly "unknown-options-as-args": true;
};
export declare function fileArguments(args: readonly string[], command: string, options: readonly string[]): string[];
export declare function parseAt(at: string | undefined): Date | undefined;
