// Inspections as text for people (json.ts has the same facts for programs).
// Albatross's own renderings (command, policy, dump listing) are quoted
// exactly; the readable config follows them.

import type { Release } from "../model/release.js";
import { ppCommand, ppDump } from "../render/albatross.js";
import { type Line, formatLines, readableCommand } from "../render/readable.js";
import { endpointLines } from "./verdict.js";
import type { CertificateFacts, ExtensionFacts, Inspection, RequestFacts } from "./inspect.js";
import type { PublicKeyFacts } from "./key.js";
import { isoSeconds } from "./validity.js";

function keyLines(k: PublicKeyFacts): Line[] {
  return [
    ["key type", k.supported ? k.keyType : `${k.keyType} (not an Albatross key type)`],
    ["public key", `SHA-256 ${k.sha256}`],
  ];
}

/** Which releases read an encoding, in words. */
function readers(releases: readonly Release[]): string {
  return releases.length ? releases.map((r) => `Albatross ${r}`).join(", ") : "no Albatross release";
}

function extensionLines(e: ExtensionFacts | null): { lines: Line[]; details: Line[] } {
  if (e === null) return { lines: [["albatross", "no extension"]], details: [] };
  const critical = e.critical === null ? "" : e.critical ? ", CRITICAL" : ", non-critical";
  const readBy: Line = ["read by", readers(e.acceptedBy)];
  if ("error" in e) return { lines: [["albatross", `undecodable extension${critical}: ${e.error}`], readBy], details: [] };
  return {
    lines: [
      ["albatross", `extension version ${e.value.version}${critical}`],
      ["command", ppCommand(e.value.command, e.release)],
      readBy,
    ],
    details: readableCommand(e.value.command),
  };
}

/** A heading, its facts aligned, then the command's readable details indented below them. */
function section(heading: string, facts: Line[], extension: ExtensionFacts | null): string {
  const { lines, details } = extensionLines(extension);
  const parts = [heading, formatLines([...facts, ...lines], "  ")];
  if (details.length) parts.push(formatLines(details, "    "));
  return parts.join("\n");
}

function certificateText(c: CertificateFacts, heading: string): string {
  const facts: Line[] = [
    ["subject", c.subject],
    ["issuer", c.issuer],
    ["serial", c.serialHex],
    ["not before", isoSeconds(c.notBefore)],
    ["not after", isoSeconds(c.notAfter)],
    ["validity", `${c.validity} at ${isoSeconds(c.at)}`],
    ...keyLines(c.key),
    ["profile", c.profile],
    ["SHA-256", c.sha256],
  ];
  return section(heading, facts, c.extension);
}

function requestText(r: RequestFacts): string {
  return section("certificate request", [["subject", r.subject], ["signature", "valid"], ...keyLines(r.key)], r.extension);
}

export function inspectionToText(i: Inspection): string {
  switch (i.kind) {
    case "certificate":
      return certificateText(i, "certificate");
    case "chain":
      return [
        ...i.certificates.map((c, n) =>
          certificateText(c, `certificate ${n + 1} of ${i.certificates.length}${n === 0 ? " (leaf)" : ""}`),
        ),
        ["Albatross endpoint", formatLines(endpointLines(i.endpoint), "  ")].join("\n"),
      ].join("\n\n");
    case "csr":
      return requestText(i);
    case "key-pair":
      return ["key pair (public half only)", formatLines(keyLines(i.key), "  ")].join("\n");
    case "public-key":
      return ["public key", formatLines(keyLines(i.key), "  ")].join("\n");
    case "dump":
      return ppDump(i.dump, i.release);
  }
}
