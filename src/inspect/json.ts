// Inspections as JSON for programs: the facts render.ts shows as text, with
// the Albatross extension in its JSON form (what `request` reads back). Its
// own module so that text output does not load the JSON forms.

import * as forms from "../json/forms.js";
import type { Command } from "../model/command.js";
import { commandPayload } from "../model/payload.js";
import { ppCommand } from "../render/albatross.js";
import { payloadFacts, payloadJson } from "../render/payload.js";
import type { CertificateFacts, ExtensionFacts, Inspection } from "./inspect.js";
import type { PublicKeyFacts } from "./key.js";
import { isoSeconds } from "./validity.js";
import { endpointJson } from "./verdict.js";

/** The image or block data a command carries, as the operator knows it; null when it carries none. */
function payloadOf(command: Command) {
  const p = commandPayload(command);
  return p === null ? null : payloadJson(payloadFacts(p));
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
