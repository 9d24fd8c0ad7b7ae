// `audit`: the Albatross endpoint's verdict on a chain, with X.509
// verification, validity and policy delegation checked around it.

import { CURRENT_VERSION } from "../model/command.js";
import { DEFAULT_RELEASE, RELEASES, type Release } from "../model/release.js";
import { nameToString } from "../model/name.js";
import { ppCommand } from "../render/albatross.js";
import { type Line, formatLines } from "../render/lines.js";
import { chainLength, readChain, readOneCertificate } from "./chain.js";
import { delegationFindings } from "./delegation.js";
import { CHAIN_LENGTH_LIMIT, type EndpointVerdict, endpointVerdict } from "./endpoint.js";
import type { CertificateView } from "./certificate.js";
import { type Finding, error, warning } from "./findings.js";
import { who } from "./trust.js";
import { endpointJson, endpointLines } from "./verdict.js";
import { isoSeconds } from "./validity.js";
import { verifyChain } from "./verify.js";

export interface AuditOptions {
  /** The trust anchor (PEM or DER); without it, `verified` is null. */
  readonly ca?: string | Uint8Array | null;
  /** When validity is checked; default now. */
  readonly at?: Date;
  /** Whose endpoint judges; default the current release. */
  readonly release?: Release;
  /** Also give the other releases' verdicts (they do not decide). */
  readonly allReleases?: boolean;
}

export interface AuditResult {
  /** the target release's verdict: the one that decides */
  readonly verdict: EndpointVerdict;
  /** the other releases' verdicts on the same chain, when asked for (AuditOptions.allReleases) */
  readonly otherVerdicts: readonly EndpointVerdict[];
  readonly verified: boolean | null;
  readonly inValidity: boolean;
  readonly at: Date;
  readonly findings: readonly Finding[];
}

/** Audits a leaf-first chain (PEM, or one DER certificate). Unreadable input throws. */
export async function auditChain(chain: string | Uint8Array, options: AuditOptions = {}): Promise<AuditResult> {
  const length = chainLength(chain);
  if (length > CHAIN_LENGTH_LIMIT) return tooLong(length, options);
  const certs = readChain(chain);
  const ca = options.ca == null ? null : readOneCertificate(options.ca, "the CA file");
  const at = options.at ?? new Date();
  const release = options.release ?? DEFAULT_RELEASE;
  const verdict = endpointVerdict(certs, release);
  const findings: Finding[] = [];
  if (verdict.accepted) {
    const v = verdict.extension.version;
    if (v !== CURRENT_VERSION) {
      const message = `the leaf's Albatross extension is version ${v}; Albatross accepts it with a warning (current ${CURRENT_VERSION})`;
      findings.push(warning(message));
    }
    findings.push(...delegationFindings(verdict.policies, verdict.extension.command, release));
  }
  const verification = await verifyChain(certs, ca, at);
  findings.push(...verification.findings);
  findings.push(...serverBelowSubCa(certs));
  const otherVerdicts = options.allReleases ? RELEASES.filter((r) => r !== release).map((r) => endpointVerdict(certs, r)) : [];
  return { verdict, otherVerdicts, verified: verification.verified, inValidity: verification.inValidity, at, findings };
}

/**
 * Albatross refuses a chain of CHAIN_LENGTH_LIMIT certificates or more
 * whatever it holds. One at the limit is still read and verified (as the
 * reference vectors do); a longer one is not decoded at all, so a file of
 * thousands of certificates is answered at once.
 */
function tooLong(length: number, options: AuditOptions): AuditResult {
  const unverified = `not verified: ${length} certificates, Albatross accepts at most ${CHAIN_LENGTH_LIMIT - 1}`;
  const release = options.release ?? DEFAULT_RELEASE;
  const refused = (r: Release): EndpointVerdict => ({ accepted: false, error: "certificate chain too long", release: r });
  return {
    verdict: refused(release),
    otherVerdicts: options.allReleases ? RELEASES.filter((r) => r !== release).map(refused) : [],
    verified: options.ca == null ? null : false,
    inValidity: false,
    at: options.at ?? new Date(),
    findings: options.ca == null ? [] : [error(unverified)],
  };
}

/**
 * A certificate without our extension acts as a TLS server to albatross-client,
 * which trusts whatever chains to the root: issued by a tenant's sub-CA, it
 * would let the tenant impersonate the Albatross server to every client.
 */
function serverBelowSubCa(certs: readonly CertificateView[]): Finding[] {
  const [leaf, ...above] = certs;
  if (leaf === undefined || leaf.albatrossExtension !== null || leaf.basicConstraints?.ca === true) return [];
  const subCa = above.find((c) => c.albatrossExtension !== null);
  if (subCa === undefined) return [];
  return [
    error(
      `leaf (${who(leaf)}) has no Albatross extension, so it is a server certificate, issued below the sub-CA ${who(subCa)}: ` +
        "it could impersonate the Albatross server; only the root CA may issue server certificates",
    ),
  ];
}

/** Exit status 0: Albatross accepts the chain, it verifies when a CA was given, and no finding is an error. */
export function auditPassed(r: AuditResult): boolean {
  return r.verdict.accepted && r.verified !== false && !r.findings.some((f) => f.severity === "error");
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
  /** the release whose verdict this is */
  release?: Release;
  /** every release's verdict, with --all-releases */
  releases?: Partial<Record<Release, ReturnType<typeof endpointJson>>>;
}

export function auditToJson(r: AuditResult): AuditJson {
  const all = [r.verdict, ...r.otherVerdicts];
  return {
    ...endpointJson(r.verdict),
    verified: r.verified,
    in_validity: r.inValidity,
    findings: [...r.findings],
    release: r.verdict.release,
    ...(r.otherVerdicts.length ? { releases: Object.fromEntries(all.map((v) => [v.release, endpointJson(v)])) } : {}),
  };
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

/** "Albatross 2.4: accepted" / "Albatross 2.4: rejects: <message>": another release's word on the chain. */
function otherVerdictLine(v: EndpointVerdict): Line {
  return [`Albatross ${v.release}`, v.accepted ? `accepts (${nameToString(v.name)}: ${ppCommand(v.extension.command, v.release)})` : `rejects: ${v.error}`];
}

export function auditToText(r: AuditResult): string {
  return formatLines([
    ...endpointLines(r.verdict),
    ...r.otherVerdicts.map(otherVerdictLine),
    ["verified", r.verified === null ? "not checked (no CA given)" : yesNo(r.verified)],
    ["in validity", `${yesNo(r.inValidity)} (at ${isoSeconds(r.at)})`],
    ["findings", r.findings.length ? "" : "none"],
    ...r.findings.map((f): Line => ["", `${f.severity}: ${f.message}`]),
  ]);
}
