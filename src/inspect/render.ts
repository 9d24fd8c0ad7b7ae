// Inspections as text for people and as JSON for programs; both show the
// same facts. Albatross's own renderings (command, policy, dump listing) are
// quoted exactly; the readable config follows them.

import * as forms from "../json/forms.js";
import type { Release } from "../model/release.js";
import { ppCommand, ppDump } from "../render/albatross.js";
import { type Line, formatLines, readableCommand } from "../render/readable.js";
import { commandPayload } from "../model/payload.js";
import type { Command } from "../model/command.js";
import { payloadFacts, payloadJson } from "../render/payload.js";

/** The image or block data a command carries, as the operator knows it; null when it carries none. */
function payloadOf(command: Command) {
  const p = commandPayload(command);
  return p === null ? null : payloadJson(payloadFacts(p));
}
import { endpointJson, endpointLines } from "./verdict.js";
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

function keyJson(k: PublicKeyFacts) {
  return { key_type: k.keyType, albatross_key_type: k.supported, public_key_sha256: k.sha256 };
}

function extensionJson(e: ExtensionFacts | null) {
  const ok = e !== null && "value" in e;
  return {
    extension: ok ? forms.certExtension.toJson(e.value) : null,
    extension_critical: e?.critical ?? null,
    extension_error: e !== null && "error" in e ? e.error : null,
    command: ok ? ppCommand(e.value.command, e.release) : null,
    payload: ok ? payloadOf(e.value.command) : null,
    read_by: e === null ? [] : e.acceptedBy,
  };
}

function certificateJson(c: CertificateFacts) {
  return {
    kind: c.kind,
    subject: c.subject,
    issuer: c.issuer,
    common_name: c.commonName,
    serial: c.serialHex,
    not_before: isoSeconds(c.notBefore),
    not_after: isoSeconds(c.notAfter),
    validity: c.validity,
    checked_at: isoSeconds(c.at),
    ...keyJson(c.key),
    profile: c.profile,
    sha256: c.sha256,
    ...extensionJson(c.extension),
  };
}

export function inspectionToJson(i: Inspection): Record<string, unknown> {
  switch (i.kind) {
    case "certificate":
      return certificateJson(i);
    case "chain":
      return { kind: i.kind, certificates: i.certificates.map(certificateJson), albatross: endpointJson(i.endpoint) };
    case "csr":
      return {
        kind: i.kind,
        subject: i.subject,
        common_name: i.commonName,
        signature_valid: true,
        ...keyJson(i.key),
        ...extensionJson(i.extension),
      };
    case "key-pair":
    case "public-key":
      return { kind: i.kind, ...keyJson(i.key) };
    case "dump":
      return { kind: i.kind, dump: forms.dump.toJson(i.dump), read_by: i.acceptedBy };
  }
}
