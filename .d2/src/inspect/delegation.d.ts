import type { Command } from "../model/command.js";
import type { Release } from "../model/release.js";
import type { DelegatedPolicy } from "./endpoint.js";
import { type Finding } from "./findings.js";
/** `policies` deepest sub-CA first, as the endpoint returns them. */
export declare function delegationFindings(policies: readonly DelegatedPolicy[], command: Command, release: Release): Finding[];
