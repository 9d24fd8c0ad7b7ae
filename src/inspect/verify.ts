// X.509 verification of a leaf-first chain, up to a CA when one is given:
// what the TLS layer in front of Albatross checks (ocaml-x509's chain
// validation) before the endpoint reads the chain, plus our profiles. Every
// problem is a finding; none stops the others from being looked for.

import { ALBATROSS_EXTENSION_OID, verifyCertificateSignature } from "../x509/index.js";
import type { CertificateView } from "./certificate.js";
import { type Finding, error, info, warning } from "./findings.js";
import { isoSeconds, validityAt } from "./validity.js";

const BASIC_CONSTRAINTS = "2.5.29.19";
const KEY_USAGE = "2.5.29.15";
const EXTENDED_KEY_USAGE = "2.5.29.37";
const SUBJECT_ALT_NAME = "2.5.29.17";

/** The extensions a verifier understands, so that they may be critical; any other critical one fails it. */
const LEAF_UNDERSTOOD = new Set([BASIC_CONSTRAINTS, KEY_USAGE, EXTENDED_KEY_USAGE, SUBJECT_ALT_NAME]);
const CA_UNDERSTOOD = new Set([BASIC_CONSTRAINTS, KEY_USAGE]);

export interface ChainVerification {
  /** Signatures, issuer linkage and CA constraints up to the CA, whatever the time; null without a CA. */
  readonly verified: boolean | null;
  /** Every certificate (the CA's too) is valid at the given time. */
  readonly inValidity: boolean;
  readonly findings: readonly Finding[];
}

interface Named {
  readonly cert: CertificateView;
  /** "leaf (CN=foo)", "certificate 2 (CN=sub)", "CA (CN=ca)" */
  readonly what: string;
}

function describe(cert: CertificateView, role: string): Named {
  return { cert, what: `${role} (${cert.subjectCn === null ? cert.subject : `CN=${cert.subjectCn}`})` };
}

const sameBytes = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

class Checks {
  readonly findings: Finding[] = [];
  /** a problem that makes the chain fail X.509 verification */
  broken = false;

  fail(message: string): void {
    this.findings.push(error(message));
    this.broken = true;
  }
}

function checkValidity(checks: Checks, n: Named, at: Date): boolean {
  const status = validityAt(n.cert, at);
  if (status === "expired") {
    checks.findings.push(error(`${n.what} expired at ${isoSeconds(n.cert.notAfter)} (checked at ${isoSeconds(at)})`));
  } else if (status === "not yet valid") {
    checks.findings.push(error(`${n.what} is not valid before ${isoSeconds(n.cert.notBefore)} (checked at ${isoSeconds(at)})`));
  }
  return status === "valid";
}

function checkCriticality(checks: Checks, n: Named, understood: ReadonlySet<string>): void {
  for (const e of n.cert.extensionList) {
    if (!e.critical || understood.has(e.oid)) continue;
    if (e.oid === ALBATROSS_EXTENSION_OID) {
      checks.fail(
        `${n.what}: the Albatross extension is critical; it must be non-critical, or TLS verification refuses the certificate`,
      );
    } else {
      checks.fail(`${n.what}: critical extension ${e.oid} is not understood by the verifier`);
    }
  }
}

/** `issuer` signs `child`, with `below` intermediate CAs between `issuer` and the leaf. */
async function checkLink(checks: Checks, child: Named, issuer: Named, below: number): Promise<void> {
  const c = child.cert;
  const p = issuer.cert;
  if (!sameBytes(c.issuerName, p.subjectName)) {
    checks.fail(`${child.what} is issued by "${c.issuer}", not by ${issuer.what}`);
  }
  if (c.authorityKeyIdentifier !== null && p.subjectKeyIdentifier !== null && c.authorityKeyIdentifier !== p.subjectKeyIdentifier) {
    checks.fail(
      `${child.what}: authority key identifier ${c.authorityKeyIdentifier} is not ` +
        `the subject key identifier ${p.subjectKeyIdentifier} of ${issuer.what}`,
    );
  }
  try {
    if (!(await verifyCertificateSignature(c.der, p.der))) {
      checks.fail(`the signature of ${child.what} does not verify with the key of ${issuer.what}`);
    }
  } catch (e) {
    checks.fail((e as Error).message);
  }
  if (p.basicConstraints?.ca !== true) {
    checks.fail(`${issuer.what} signs ${child.what} but is not a CA (basicConstraints CA:TRUE missing)`);
  }
  if (p.keyUsage === null) {
    checks.fail(`${issuer.what} has no keyUsage extension; a CA certificate needs one with keyCertSign`);
  } else if (!p.keyUsage.usages.includes("keyCertSign")) {
    checks.fail(`${issuer.what} may not sign certificates: its keyUsage lacks keyCertSign`);
  }
  const pathLength = p.basicConstraints?.pathLength ?? null;
  if (pathLength !== null && pathLength < below) {
    checks.fail(`${issuer.what} allows ${pathLength} intermediate CAs below it (pathLenConstraint), the chain has ${below}`);
  }
}

function checkLeafProfile(checks: Checks, leaf: Named): void {
  const c = leaf.cert;
  if (c.basicConstraints?.ca === true) {
    checks.fail(`${leaf.what} is a CA certificate (basicConstraints CA:TRUE), not a client certificate`);
  }
  if (c.extendedKeyUsage !== null && !c.extendedKeyUsage.purposes.includes("clientAuth")) {
    checks.findings.push(warning(`${leaf.what}: extendedKeyUsage ${c.extendedKeyUsage.purposes.join(", ")} lacks clientAuth`));
  }
  if (c.keyUsage !== null && !c.keyUsage.usages.includes("digitalSignature")) {
    checks.findings.push(warning(`${leaf.what}: keyUsage ${c.keyUsage.usages.join(", ")} lacks digitalSignature`));
  }
}

/**
 * Checks `chain` (leaf first, each certificate signed by the next) and its
 * last certificate against `ca`. A chain ending in the CA itself is fine.
 */
export async function verifyChain(chain: readonly CertificateView[], ca: CertificateView | null, at: Date): Promise<ChainVerification> {
  const checks = new Checks();
  const named = chain.map((c, i) => describe(c, i === 0 ? "leaf" : `certificate ${i + 1}`));
  const anchor = ca === null ? null : describe(ca, "CA");
  const endsInCa = anchor !== null && named.length > 1 && sameBytes(named[named.length - 1]!.cert.der, anchor.cert.der);
  const path = endsInCa ? named.slice(0, -1) : named;

  let inValidity = true;
  for (const n of [...named, ...(anchor && !endsInCa ? [anchor] : [])]) inValidity = checkValidity(checks, n, at) && inValidity;

  path.forEach((n, i) => checkCriticality(checks, n, i === 0 ? LEAF_UNDERSTOOD : CA_UNDERSTOOD));
  if (anchor !== null) checkCriticality(checks, anchor, CA_UNDERSTOOD);
  if (path[0] !== undefined) checkLeafProfile(checks, path[0]);

  for (let i = 0; i < path.length; i++) {
    const issuer = path[i + 1] ?? anchor;
    if (issuer !== null) await checkLink(checks, path[i]!, issuer, i);
  }
  if (anchor === null) {
    checks.findings.push(info("no CA given: the chain was checked up to its last certificate, not to a trust anchor"));
  }
  return { verified: anchor === null ? null : !checks.broken, inValidity, findings: checks.findings };
}
