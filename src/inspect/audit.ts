// `audit`: the Albatross endpoint's verdict on a chain, with X.509
// verification, validity and policy delegation checked around it.

import { CURRENT_VERSION } from "../model/command.js";
import { type Line, formatLines } from "../render/readable.js";
import { readChain, readOneCertificate } from "./chain.js";
import { delegationFindings } from "./delegation.js";
import { type EndpointVerdict, endpointVerdict } from "./endpoint.js";
import { type Finding, warning } from "./findings.js";
import { endpointJson, endpointLines } from "./render.js";
import { isoSeconds } from "./validity.js";
import { verifyChain } from "./verify.js";

export interface AuditOptions {
  /** The trust anchor (PEM or DER); without it, `verified` is null. */
  readonly ca?: string | Uint8Array | null;
  /** When validity is checked; default now. */
  readonly at?: Date;
}

export interface AuditResult {
  readonly verdict: EndpointVerdict;
  readonly verified: boolean | null;
  readonly inValidity: boolean;
  readonly at: Date;
  readonly findings: readonly Finding[];
}

/** Audits a leaf-first chain (PEM, or one DER certificate). Unreadable input throws. */
export async function auditChain(chain: string | Uint8Array, options: AuditOptions = {}): Promise<AuditResult> {
  const certs = readChain(chain);
  const ca = options.ca == null ? null : readOneCertificate(options.ca, "the CA file");
  const at = options.at ?? new Date();
  const verdict = endpointVerdict(certs);
  const findings: Finding[] = [];
  if (verdict.accepted) {
    const v = verdict.extension.version;
    if (v !== CURRENT_VERSION) {
      const message = `the leaf's Albatross extension is version ${v}; Albatross accepts it with a warning (current ${CURRENT_VERSION})`;
      findings.push(warning(message));
    }
    findings.push(...delegationFindings(verdict.policies, verdict.extension.command));
  }
  const verification = await verifyChain(certs, ca, at);
  findings.push(...verification.findings);
  return { verdict, verified: verification.verified, inValidity: verification.inValidity, at, findings };
}

/** Exit status 0: Albatross accepts the chain and, when a CA was given, it verifies. */
export function auditPassed(r: AuditResult): boolean {
  return r.verdict.accepted && r.verified !== false;
}

export interface AuditJson {
  accepted: boolean;
  name: string | null;
  version: number | null;
  policies: { path: string; policy: string }[];
  command: string | null;
  error: string | null;
  verified: boolean | null;
  in_validity: boolean;
  findings: Finding[];
}

export function auditToJson(r: AuditResult): AuditJson {
  return { ...endpointJson(r.verdict), verified: r.verified, in_validity: r.inValidity, findings: [...r.findings] };
}

/** The result of a file that could not be read as a chain, in the same shape (for --jsonl). */
export function unreadableToJson(message: string): AuditJson {
  return {
    accepted: false,
    name: null,
    version: null,
    policies: [],
    command: null,
    error: message,
    verified: null,
    in_validity: false,
    findings: [],
  };
}

const yesNo = (b: boolean) => (b ? "yes" : "no");

export function auditToText(r: AuditResult): string {
  return formatLines([
    ...endpointLines(r.verdict),
    ["verified", r.verified === null ? "not checked (no CA given)" : yesNo(r.verified)],
    ["in validity", `${yesNo(r.inValidity)} (at ${isoSeconds(r.at)})`],
    ["findings", r.findings.length ? "" : "none"],
    ...r.findings.map((f): Line => ["", `${f.severity}: ${f.message}`]),
  ]);
}
