import type { Argv } from "yargs";
import { type FlowName, type Streams } from "../../wizard/index.js";
import type { Release } from "../../model/release.js";
/** Runs the wizard; streams are injected by tests, else the terminal is required. */
export declare function wizard(o?: {
    flow?: FlowName | undefined;
    cwd?: string;
    streams?: Streams;
    release?: Release;
}): Promise<void>;
export declare function register(y: Argv): Argv;
