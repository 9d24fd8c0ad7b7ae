import type { Command } from "../model/command.js";
import type { Policy } from "../model/policy.js";
import type { UnikernelArguments, UnikernelConfig } from "../model/unikernel.js";
/** A label and its value; `formatLines` aligns the values. */
export type Line = readonly [label: string, value: string];
export declare function readableArguments(a: UnikernelArguments): Line[];
export declare function readableConfig(c: UnikernelConfig): Line[];
export declare function readablePolicy(p: Policy): Line[];
/** The details of a command beyond its name; simple commands have none. */
export declare function readableCommand(c: Command): Line[];
/** "label:   value" lines with the values aligned; an empty label continues the line above. */
export declare function formatLines(lines: readonly Line[], indent?: string): string;
