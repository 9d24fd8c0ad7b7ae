import type { Argv } from "yargs";
export declare function register(y: Argv): Argv;
