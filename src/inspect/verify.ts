// X.509 verification of a leaf-first chain up to a CA: `verified` is the
// verdict of Albatross's TLS layer (trust.ts), and everything RFC 5280 or
// good practice asks beyond it is a warning beside it. Findings are errors
// exactly where Albatross refuses: the chain does not verify, or a
// certificate is outside its validity period.

import { sameBytes } from "../x509/der.js";
import type { CertificateView } from "./certificate.js";
import { type Finding, error, info, warning } from "./findings.js";
import { chainOfTrust, publicKeyKind, signatureAlgorithm, who } from "./trust.js";
import { isoSeconds, validityAt } from "./validity.js";

const KEY_USAGE = "2.5.29.15";
const BASIC_CONSTRAINTS = "2.5.29.19";
/** Below this, an RSA key is breakable in practice (NIST SP 800-131A); ocaml-x509 takes any size. */
const RSA_MINIMUM_BITS = 2048;

export interface ChainVerification {
  /** Albatross's TLS layer accepts the chain against the CA, its validity period aside; null without a CA. */
  readonly verified: boolean | null;
  /** Every certificate (the CA's too) is valid at the given time. */
  readonly inValidity: boolean;
  readonly findings: readonly Finding[];
}

function validityFinding(cert: CertificateView, role: string, at: Date): Finding | null {
  const status = validityAt(cert, at);
  if (status === "expired") return error(`${role} (${who(cert)}) expired at ${isoSeconds(cert.notAfter)} (checked at ${isoSeconds(at)})`);
  if (status === "not yet valid") {
    return error(`${role} (${who(cert)}) is not valid before ${isoSeconds(cert.notBefore)} (checked at ${isoSeconds(at)})`);
  }
  return null;
}

/** What Albatross does not check of its trust anchor, but RFC 5280 asks of a CA. */
function anchorWarnings(ca: CertificateView): Finding[] {
  const findings: Finding[] = [];
  const what = `CA (${who(ca)})`;
  if (ca.keyUsage === null) {
    findings.push(warning(`${what} has no keyUsage extension; RFC 5280 wants one with keyCertSign (Albatross does not check its CA's)`));
  } else if (!ca.keyUsage.usages.includes("keyCertSign")) {
    findings.push(warning(`${what}: keyUsage ${ca.keyUsage.usages.join(", ")} lacks keyCertSign (Albatross does not check its CA's)`));
  }
  for (const e of ca.extensionList) {
    if (e.critical && e.oid !== KEY_USAGE && e.oid !== BASIC_CONSTRAINTS) {
      findings.push(warning(`${what}: critical extension ${e.oid} (Albatross does not check its CA's extensions)`));
    }
  }
  const algorithm = signatureAlgorithm(ca);
  if (algorithm !== null && !["SHA256", "SHA384", "SHA512"].includes(algorithm.hash)) {
    findings.push(warning(`${what} signs itself with ${algorithm.hash} (Albatross does not check its CA's own signature)`));
  }
  return findings;
}

function leafWarnings(leaf: CertificateView): Finding[] {
  const findings: Finding[] = [];
  const what = `leaf (${who(leaf)})`;
  if (leaf.extendedKeyUsage !== null && !leaf.extendedKeyUsage.purposes.includes("clientAuth")) {
    findings.push(warning(`${what}: extendedKeyUsage ${leaf.extendedKeyUsage.purposes.join(", ")} lacks clientAuth`));
  }
  if (leaf.keyUsage !== null && !leaf.keyUsage.usages.includes("digitalSignature")) {
    findings.push(warning(`${what}: keyUsage ${leaf.keyUsage.usages.join(", ")} lacks digitalSignature`));
  }
  return findings;
}

function weakKeyWarning(cert: CertificateView, role: string): Finding | null {
  const key = publicKeyKind(cert);
  if (key === null || key.kind !== "RSA" || key.bits >= RSA_MINIMUM_BITS) return null;
  return warning(`${role} (${who(cert)}) has a ${key.bits}-bit RSA key; at least ${RSA_MINIMUM_BITS} bits are needed to resist factoring`);
}

/** Checks `chain` (leaf first, as sent by a client) against `ca` at time `at`. */
export async function verifyChain(chain: readonly CertificateView[], ca: CertificateView | null, at: Date): Promise<ChainVerification> {
  const findings: Finding[] = [];
  const roles: [CertificateView, string][] = chain.map((c, i) => [c, i === 0 ? "leaf" : `certificate ${i + 1}`]);
  // compared where they lie: Buffer.from of a leaf's DER copied its whole image
  if (ca !== null && !chain.some((c) => sameBytes(c.der, ca.der))) roles.push([ca, "CA"]);

  const outOfValidity = roles.map(([c, role]) => validityFinding(c, role, at)).filter((f) => f !== null);
  findings.push(...outOfValidity);

  const trust = await chainOfTrust(chain, ca === null ? null : [ca]);
  if (!trust.verified) findings.push(error(`Albatross's TLS layer refuses the chain: ${trust.reason}`));

  if (chain[0] !== undefined) findings.push(...leafWarnings(chain[0]));
  if (ca !== null) findings.push(...anchorWarnings(ca));
  findings.push(...roles.map(([c, role]) => weakKeyWarning(c, role)).filter((f) => f !== null));
  if (ca === null) findings.push(info("no CA given: the chain was checked up to its last certificate, not to a trust anchor"));
  return { verified: ca === null ? null : trust.verified, inValidity: outOfValidity.length === 0, findings };
}
