import { type Asn } from "../asn1/schema.js";
import type { Dump } from "../model/dump.js";
import type { Named } from "../model/wire.js";
import type { Release } from "../model/release.js";
import { type Arm } from "./arms.js";
/**
 * Albatross keeps these in a trie keyed by the name's labels: a name occurs
 * once, and entries come in label order, a path before what is below it.
 */
export declare function trieOrder<T>(entries: readonly Named<T>[]): Named<T>[];
/** The dump's arms of each release (for the release table). */
export declare const DUMP_ARMS: Record<Release, readonly Arm<Dump>[]>;
export declare const dump: Record<Release, Asn<Dump>>;
