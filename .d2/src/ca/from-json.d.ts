import { type Command } from "../model/command.js";
import type { Name } from "../model/name.js";
import type { Release } from "../model/release.js";
export interface CommandFromJson {
    command: Command;
    /** the common name, when the JSON came from a certificate or request */
    commonName: string | null;
}
/**
 * The command a JSON form holds, refused as its own command would refuse it
 * (an unusable policy gets add-policy's message), before any key is written.
 */
export declare function commandFromJson(json: unknown, release: Release): CommandFromJson;
/** The name a certificate's common name stands for (commonNameFor, backwards). */
export declare function nameForCommonName(command: Command, commonName: string): Name;
