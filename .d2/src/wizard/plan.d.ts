export declare function exists(file: string): Promise<boolean>;
/** The command line for a shell: each word quoted only when it needs to be (`'--arg=Hi there'`). */
export declare function commandLine(argv: readonly string[]): string;
