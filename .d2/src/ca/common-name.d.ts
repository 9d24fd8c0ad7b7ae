import { type Command } from "../model/command.js";
import { type Name } from "../model/name.js";
import type { Release } from "../model/release.js";
import { type Warn } from "./errors.js";
/**
 * The name as the target release's client reads it: albatross-client 2.7
 * passes every name through Name.of_string, which lowercases its labels.
 */
export declare function requestedName(name: Name, release: Release, warn: Warn): Name;
/** The leaf CN for "no unikernel name": the endpoint then uses the chain's path alone. */
export declare const NO_NAME = ".";
export declare function commonNameFor(command: Command, name: Name): string;
/** Whether the release's endpoint executes this command when it comes in a leaf certificate. */
export declare function endpointAcceptsLeaf(command: Command, release: Release): boolean;
/** albatross-client makes such certificates without a word; we say they will not be executed. */
export declare function warnIfEndpointRefuses(command: Command, warn: Warn, release: Release): void;
