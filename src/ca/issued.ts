// What a CA has issued: the database's `<serial> <CN>` lines (albatross-client's
// format, whoever wrote them) joined with the certificates kept beside it
// (`<db>.certs/<serial>.pem`, the chain as handed out). From a kept chain
// comes everything Albatross will make of the certificate: its kind, the
// name or path it acts as, its command or policy, its validity.

import { readFile } from "node:fs/promises";
import { decodeExtension } from "../codec/index.js";
import type { Command } from "../model/command.js";
import { type Name, nameToString } from "../model/name.js";
import { DEFAULT_RELEASE, type Release } from "../model/release.js";
import { ppCommand, ppPolicy } from "../render/albatross.js";
import { type CertificateInfo, parseCertificate, splitPem } from "../x509/index.js";
import { CaError } from "./errors.js";
import { keptCertificateFile } from "./plan.js";

export const ISSUED_KINDS = ["sub-ca", "leaf", "server"] as const;
export type IssuedKind = (typeof ISSUED_KINDS)[number];
export type IssuedStatus = "valid" | "expired" | "not-yet-valid";

/** One issued certificate; what is not known (no kept certificate) is null. */
export interface IssuedEntry {
  serial: string;
  common_name: string;
  /** the Albatross name (leaf) or path (sub-CA) it acts as; null for a server */
  name: string | null;
  kind: IssuedKind | null;
  /** the command, as Albatross prints it */
  command: string | null;
  /** a sub-CA's policy, as Albatross prints it */
  policy: string | null;
  not_before: string | null;
  not_after: string | null;
  status: IssuedStatus | null;
}

function commandOf(c: CertificateInfo, release: Release): Command | null {
  if (c.albatrossExtension === null) return null;
  try {
    return decodeExtension(c.albatrossExtension.value, release).command;
  } catch {
    return null;
  }
}

const iso = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, "Z");

function statusAt(c: CertificateInfo, at: Date): IssuedStatus {
  if (at < c.notBefore) return "not-yet-valid";
  return at > c.notAfter ? "expired" : "valid";
}

/** The entry of a kept chain (certificate first, then the sub-CAs above it), as PEM or as each certificate's DER. */
export function describeIssued(serial: string, cn: string, chain: string | readonly Uint8Array[], at: Date, release: Release = DEFAULT_RELEASE): IssuedEntry {
  const [cert, ...above] = (typeof chain === "string" ? splitPem(chain) : chain).map((der) => parseCertificate(der));
  const command = commandOf(cert!, release);
  // Albatross's endpoint: every sub-CA's CN is a path label, root side first
  const path = above
    .filter((c) => c.albatrossExtension !== null && c.subjectCn !== null)
    .map((c) => c.subjectCn!)
    .reverse();
  const kind: IssuedKind = command === null ? "server" : command.kind === "policy_add" ? "sub-ca" : "leaf";
  const name: Name | null =
    kind === "server" ? null : kind === "sub-ca" ? { path: [...path, cn], name: null } : { path, name: cn === "." ? null : cn };
  return {
    serial,
    common_name: cn,
    name: name === null ? null : nameToString(name),
    kind,
    command: command === null ? null : ppCommand(command, release),
    policy: command?.kind === "policy_add" ? ppPolicy(command.policy, release) : null,
    not_before: iso(cert!.notBefore),
    not_after: iso(cert!.notAfter),
    status: statusAt(cert!, at),
  };
}

const unknown = (serial: string, cn: string): IssuedEntry => ({
  serial,
  common_name: cn,
  name: null,
  kind: null,
  command: null,
  policy: null,
  not_before: null,
  not_after: null,
  status: null,
});

/** The database's records, in order, with what the kept certificates tell, read and printed as `release` does. */
export async function listIssued(database: string, at: Date = new Date(), release: Release = DEFAULT_RELEASE): Promise<IssuedEntry[]> {
  let text: string;
  try {
    text = await readFile(database, "latin1");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CaError(`database ${database}: ${code === "ENOENT" ? "no such file" : (e as Error).message}`);
  }
  const entries: IssuedEntry[] = [];
  for (const [i, line] of text.split("\n").entries()) {
    if (line.trim() === "") continue;
    const m = /^([0-9a-fA-F]+) (\S+)$/.exec(line.trimEnd());
    if (m === null) throw new CaError(`database ${database} line ${i + 1}: expected "<serial> <CN>", got ${JSON.stringify(line)}`);
    const [, serial, cn] = m as unknown as [string, string, string];
    let kept: string | null;
    try {
      kept = await readFile(keptCertificateFile(database, serial.toLowerCase()), "latin1");
    } catch {
      kept = null;
    }
    try {
      entries.push(kept === null ? unknown(serial, cn) : describeIssued(serial, cn, kept, at, release));
    } catch (e) {
      throw new CaError(`${keptCertificateFile(database, serial)}: ${(e as Error).message}`);
    }
  }
  return entries;
}

/** A duration as `30d`, `12h`, `2w`, `90m`, `45s`, in milliseconds. */
export function parseDuration(text: string, option = "--expiring"): number {
  const m = /^([0-9]+)([smhdw])$/.exec(text);
  if (m === null) throw new CaError(`${option} ${JSON.stringify(text)}: expected a number and a unit: s, m, h, d or w (e.g. 7d)`);
  const unit = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 }[m[2] as "s" | "m" | "h" | "d" | "w"];
  return Number(m[1]) * unit * 1000;
}

export interface ListFilter {
  kind?: IssuedKind;
  /** only valid certificates whose validity ends within this many milliseconds */
  expiringWithinMs?: number;
}

export function filterIssued(entries: readonly IssuedEntry[], f: ListFilter, at: Date = new Date()): IssuedEntry[] {
  return entries.filter((e) => {
    if (f.kind !== undefined && e.kind !== f.kind) return false;
    if (f.expiringWithinMs !== undefined) {
      if (e.status !== "valid" || e.not_after === null) return false;
      return Date.parse(e.not_after) - at.getTime() <= f.expiringWithinMs;
    }
    return true;
  });
}

/** One line per certificate: serial, kind, status, end of validity, name and what it does. */
export function issuedToText(entries: readonly IssuedEntry[]): string {
  return entries
    .map((e) => {
      const what = e.kind === null ? "(no kept certificate: signed elsewhere)" : e.command ?? "server certificate";
      return [e.serial, e.common_name, e.kind ?? "-", e.status ?? "-", e.not_after ?? "-", e.name ?? "-", what].join("  ");
    })
    .join("\n");
}
