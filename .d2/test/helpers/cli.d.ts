export interface CliResult {
    status: number | null;
    stdout: string;
    stderr: string;
    stdoutBytes: Buffer;
}
export interface CliOptions {
    input?: string | Buffer;
    cwd?: string;
    /** variables set for the run (ALBATROSS_VERSION defaults to 2.4; undefined removes a variable) */
    env?: Record<string, string | undefined>;
}
export declare function runCli(args: string[], options?: CliOptions): CliResult;
export interface BatchCall {
    args: string[];
    cwd?: string;
    /** variables set for this call only, over runCli's defaults (undefined removes one) */
    env?: Record<string, string | undefined>;
}
/**
 * Many invocations without standard input, in one process (cli-batch.js):
 * each is the CLI's own entry point with its arguments, working directory and
 * environment, and its exit status and output are what the user would see.
 */
export declare function runCliBatch(calls: readonly BatchCall[]): CliResult[];
