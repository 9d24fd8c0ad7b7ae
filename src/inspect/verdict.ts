// The endpoint's verdict on a chain as label/value lines and JSON fields:
// shown by inspect (of a chain) and by audit, which loads nothing else of
// inspect's rendering (an image's facts read Solo5 manifests).

import { nameToString, pathToString } from "../model/name.js";
import { ppCommand, ppPolicy } from "../render/albatross.js";
import type { Line } from "../render/lines.js";
import type { EndpointVerdict } from "./endpoint.js";

/** The endpoint's verdict as label/value lines; `audit` adds its own below them. */
export function endpointLines(v: EndpointVerdict): Line[] {
  if (!v.accepted) return [["accepted", "no"], ["error", v.error]];
  const width = Math.max(0, ...v.policies.map((p) => pathToString(p.path).length));
  return [
    ["accepted", "yes"],
    ["name", nameToString(v.name)],
    ["version", `${v.extension.version}`],
    ["command", ppCommand(v.extension.command, v.release)],
    ["policies", v.policies.length ? "" : "none"],
    ...v.policies.map((p): Line => ["", `${pathToString(p.path).padEnd(width)}  ${ppPolicy(p.policy, v.release)}`]),
  ];
}

/** The endpoint's verdict in the fields `audit` uses. */
export function endpointJson(v: EndpointVerdict) {
  return {
    accepted: v.accepted,
    name: v.accepted ? nameToString(v.name) : null,
    version: v.accepted ? v.extension.version : null,
    policies: v.accepted ? v.policies.map((p) => ({ path: pathToString(p.path), policy: ppPolicy(p.policy, v.release) })) : [],
    command: v.accepted ? ppCommand(v.extension.command, v.release) : null,
    error: v.accepted ? null : v.error,
  };
}
