import { type Line } from "../render/readable.js";
import type { EndpointVerdict } from "./endpoint.js";
import type { Inspection } from "./inspect.js";
/** The endpoint's verdict as label/value lines; `audit` adds its own below them. */
export declare function endpointLines(v: EndpointVerdict): Line[];
export declare function inspectionToText(i: Inspection): string;
/** The endpoint's verdict in the fields `audit` uses. */
export declare function endpointJson(v: EndpointVerdict): {
    accepted: boolean;
    name: string | null;
    version: import("../model/command.js").WireVersion | null;
    policies: {
        path: string;
        policy: string;
    }[];
    command: string | null;
    error: string | null;
};
export declare function inspectionToJson(i: Inspection): Record<string, unknown>;
