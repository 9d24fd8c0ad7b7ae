// The verdict of Albatross's TLS layer on a client's chain: ocaml-x509 1.0's
// `Authenticator.chain_of_trust ~time [cacert]` called without a host name
// (lib/validation.ml, verify_chain_of_trust), rule for rule. The validity
// period is left out here (ocaml-x509 with no time); the audit judges it
// beside this verdict, as Albatross refuses a chain outside it all the same.

import { createPublicKey } from "node:crypto";
import { type Hash, hashOf, type KeyFamily, RSA_PSS_OID, SHA1_OID, signatureAlgorithmOf } from "../x509/algorithms.js";
import { verifyCertificateSignature } from "../x509/certificate.js";
import { ALBATROSS_EXTENSION_OID } from "../x509/extensions.js";
import { rsassaPssParams } from "../x509/grammar.js";
import type { CertificateView } from "./certificate.js";

const BASIC_CONSTRAINTS = "2.5.29.19";
const KEY_USAGE = "2.5.29.15";
const EXTENDED_KEY_USAGE = "2.5.29.37";
const SUBJECT_ALT_NAME = "2.5.29.17";
const CERTIFICATE_POLICIES = "2.5.29.32";
const ANY_POLICY = "2.5.29.32.0";

type Scheme = "RSA_PKCS1" | "RSA_PSS" | "ECDSA" | "ED25519";
type KeyKind = "RSA" | "ED25519" | "P256" | "P384" | "P521";

/** chain_of_trust's default `allowed_hashes` (Validation.sha2). */
const ALLOWED_HASHES: ReadonlySet<Hash> = new Set<Hash>(["SHA256", "SHA384", "SHA512"]);

/** Algorithm.to_signature_algorithm's schemes, by key family; RSA-PSS takes its hash from the parameters. */
const SCHEME_OF: Readonly<Record<KeyFamily, Scheme>> = { rsa: "RSA_PKCS1", ec: "ECDSA", ed25519: "ED25519" };

const SCHEMES: Readonly<Record<KeyKind, readonly Scheme[]>> = {
  RSA: ["RSA_PKCS1", "RSA_PSS"],
  ED25519: ["ED25519"],
  P256: ["ECDSA"],
  P384: ["ECDSA"],
  P521: ["ECDSA"],
};
const CURVES: Readonly<Record<string, KeyKind>> = { prime256v1: "P256", secp384r1: "P384", secp521r1: "P521" };

/** The signature algorithm of a certificate as ocaml-x509 reads it, or null when it knows none. */
export function signatureAlgorithm(cert: CertificateView): { scheme: Scheme; hash: Hash } | null {
  const oid = cert.signatureAlgorithmOid;
  if (oid === RSA_PSS_OID) {
    try {
      const params = cert.signatureAlgorithmParams;
      // absent parameters and an absent hash are RFC 4055's defaults: SHA-1
      const hash = hashOf((params === undefined ? undefined : rsassaPssParams.decode(params).hashAlgorithm?.algorithm) ?? SHA1_OID);
      return hash === undefined ? null : { scheme: "RSA_PSS", hash };
    } catch {
      return null;
    }
  }
  const known = signatureAlgorithmOf(oid);
  return known === undefined ? null : { scheme: SCHEME_OF[known.family], hash: known.hash };
}

/** The key kinds ocaml-x509 1.0 decodes; a certificate with another key does not even parse there. */
export function publicKeyKind(cert: CertificateView): { kind: KeyKind; bits: number } | null {
  try {
    const key = createPublicKey({ key: Buffer.from(cert.publicKey), format: "der", type: "spki" });
    const details = key.asymmetricKeyDetails ?? {};
    if (key.asymmetricKeyType === "rsa") return { kind: "RSA", bits: details.modulusLength ?? 0 };
    if (key.asymmetricKeyType === "ed25519") return { kind: "ED25519", bits: 256 };
    const curve = key.asymmetricKeyType === "ec" ? CURVES[details.namedCurve ?? ""] : undefined;
    return curve === undefined ? null : { kind: curve, bits: Number(curve.slice(1)) };
  } catch {
    return null;
  }
}

class Refused extends Error {}

function refuse(message: string): never {
  throw new Refused(message);
}

export function who(cert: CertificateView): string {
  return cert.subjectCn === null ? cert.subject : `CN=${cert.subjectCn}`;
}

type Rdn = CertificateView["subjectDn"][number];

/** Relative_distinguished_name.equal: the same set of attributes, in any order. */
const sameRdn = (a: Rdn, b: Rdn) => {
  const has = (rdn: Rdn, x: Rdn[number]) => rdn.some((y) => y.type === x.type && y.value === x.value);
  return a.every((x) => has(b, x)) && b.every((x) => has(a, x));
};

/** Distinguished_name.equal: RDN by RDN, in order. */
const sameName = (a: CertificateView["subjectDn"], b: CertificateView["subjectDn"]) =>
  a.length === b.length && a.every((rdn, i) => sameRdn(rdn, b[i]!));

const issuerMatchesSubject = (parent: CertificateView, cert: CertificateView) => sameName(parent.subjectDn, cert.issuerDn);

const isSelfSigned = (cert: CertificateView) => issuerMatchesSubject(cert, cert);

/** version_matches_extensions: only a version 3 certificate may carry extensions. */
function versionMatchesExtensions(cert: CertificateView): boolean {
  return cert.version === 3 || cert.extensionList.length === 0;
}

/** validate_server_extensions, for the client's leaf: what may be critical, and no CA unless self-signed. */
function serverExtensionsProblem(cert: CertificateView): string | null {
  if (cert.basicConstraints?.ca === true && !isSelfSigned(cert)) {
    return "it is a CA certificate (basicConstraints CA:TRUE) and not self-signed";
  }
  for (const e of cert.extensionList) {
    if (!e.critical) continue;
    if ([BASIC_CONSTRAINTS, KEY_USAGE, EXTENDED_KEY_USAGE, SUBJECT_ALT_NAME].includes(e.oid)) continue;
    if (e.oid === CERTIFICATE_POLICIES && cert.policies.includes(ANY_POLICY)) continue;
    if (e.oid === ALBATROSS_EXTENSION_OID) return "the Albatross extension is critical; it must be non-critical";
    return `critical extension ${e.oid} is not one ocaml-x509 handles in a leaf`;
  }
  return null;
}

/** validate_ca_extensions, for an intermediate: CA:TRUE, keyUsage with keyCertSign, only those two critical. */
function caExtensionsProblem(cert: CertificateView): string | null {
  if (cert.basicConstraints?.ca !== true) return "basicConstraints CA:TRUE missing";
  if (cert.keyUsage === null) return "no keyUsage extension (ocaml-x509 requires keyCertSign in an intermediate)";
  if (!cert.keyUsage.usages.includes("keyCertSign")) return "its keyUsage lacks keyCertSign";
  const critical = cert.extensionList.find((e) => e.critical && e.oid !== KEY_USAGE && e.oid !== BASIC_CONSTRAINTS);
  return critical === undefined ? null : `critical extension ${critical.oid} (only keyUsage and basicConstraints may be critical)`;
}

/** validate_path_len: a version 3 issuer needs basicConstraints CA:TRUE with room for `pathLength` CAs below it. */
function pathLengthAllows(issuer: CertificateView, pathLength: number): boolean {
  if (issuer.version !== 3) return true;
  const bc = issuer.basicConstraints;
  if (bc === null || !bc.ca) return false;
  return bc.pathLength === null || bc.pathLength >= pathLength;
}

/** validate_signature with the allowed hashes. */
async function checkSignature(issuer: CertificateView, cert: CertificateView): Promise<void> {
  const algorithm = signatureAlgorithm(cert);
  if (algorithm === null) refuse(`${who(cert)} is signed with an algorithm ocaml-x509 does not know (${cert.signatureAlgorithmOid})`);
  if (!ALLOWED_HASHES.has(algorithm.hash)) {
    refuse(`${who(cert)} is signed with ${algorithm.hash}; Albatross allows only SHA-256, SHA-384 and SHA-512`);
  }
  const key = publicKeyKind(issuer);
  if (key === null || !SCHEMES[key.kind].includes(algorithm.scheme)) {
    refuse(`${who(issuer)} has a key that cannot make the ${algorithm.scheme} signature of ${who(cert)}`);
  }
  let ok: boolean;
  try {
    ok = await verifyCertificateSignature(cert.der, issuer.der);
  } catch (e) {
    return refuse((e as Error).message);
  }
  if (!ok) refuse(`the signature of ${who(cert)} does not verify with the key of ${who(issuer)}`);
}

/** signs: `issuer` signed `cert`, with `pathLength` CAs between `issuer` and the leaf. */
async function signs(issuer: CertificateView, cert: CertificateView, pathLength: number): Promise<void> {
  if (!issuerMatchesSubject(issuer, cert)) refuse(`${who(cert)} is issued by "${cert.issuer}", not by ${who(issuer)}`);
  if (cert.authorityKeyIdentifier !== null && issuer.subjectKeyIdentifier !== null && cert.authorityKeyIdentifier !== issuer.subjectKeyIdentifier) {
    refuse(`the authority key identifier of ${who(cert)} is not the subject key identifier of ${who(issuer)}`);
  }
  await checkSignature(issuer, cert);
  if (!pathLengthAllows(issuer, pathLength)) {
    refuse(
      issuer.basicConstraints?.ca === true
        ? `${who(issuer)} allows ${issuer.basicConstraints.pathLength} CAs below it (pathLenConstraint), the chain has ${pathLength}`
        : `${who(issuer)} signs ${who(cert)} but is not a CA (basicConstraints CA:TRUE missing)`,
    );
  }
}

/** build_paths: every issuer-to-subject path from the leaf through the other certificates sent. */
function buildPaths(first: CertificateView, rest: readonly CertificateView[]): CertificateView[][] {
  const issuers = rest.filter((x) => issuerMatchesSubject(x, first));
  if (issuers.length === 0) return [[first]];
  return issuers.flatMap((x) => buildPaths(x, rest.filter((y) => y !== x)).map((tail) => [first, ...tail]));
}

/** verify_single_chain; without anchors (null) the path is checked up to its last certificate only. */
async function verifySingleChain(path: readonly CertificateView[], anchors: readonly CertificateView[] | null): Promise<void> {
  for (let i = 0; i + 1 < path.length; i++) {
    const issuer = path[i + 1]!;
    if (!versionMatchesExtensions(issuer)) refuse(`intermediate ${who(issuer)}: version 3 is required for extensions`);
    const problem = caExtensionsProblem(issuer);
    if (problem !== null) refuse(`intermediate ${who(issuer)}: ${problem}`);
    await signs(issuer, path[i]!, i);
  }
  if (anchors === null) return;
  const last = path[path.length - 1]!;
  const candidates = anchors.filter((a) => issuerMatchesSubject(a, last));
  if (candidates.length === 0) refuse(`no trust anchor found for ${who(last)}: it is issued by "${last.issuer}"`);
  let firstProblem: string | null = null;
  for (const anchor of candidates) {
    try {
      await signs(anchor, last, path.length - 1);
      return;
    } catch (e) {
      if (!(e instanceof Refused)) throw e;
      firstProblem ??= e.message;
    }
  }
  refuse(firstProblem!);
}

export type TrustVerdict = { readonly verified: true } | { readonly verified: false; readonly reason: string };

/**
 * verify_chain_of_trust without host name and time: the leaf's own checks,
 * then any path from the leaf to one of `anchors` that holds. With `anchors`
 * null, the chain is checked as far as it goes.
 */
export async function chainOfTrust(chain: readonly CertificateView[], anchors: readonly CertificateView[] | null): Promise<TrustVerdict> {
  const [leaf, ...rest] = chain;
  if (leaf === undefined) return { verified: false, reason: "certificate chain is empty" };
  try {
    // ocaml-x509 cannot decode a certificate with another key: the TLS handshake fails on it
    const unreadable = [...chain, ...(anchors ?? [])].find((c) => publicKeyKind(c) === null);
    if (unreadable !== undefined) refuse(`${who(unreadable)} has a public key ocaml-x509 cannot read (it takes RSA, Ed25519, P-256, P-384, P-521)`);
    if (!versionMatchesExtensions(leaf)) refuse(`leaf ${who(leaf)}: version 3 is required for extensions`);
    const problem = serverExtensionsProblem(leaf);
    if (problem !== null) refuse(`leaf ${who(leaf)}: ${problem}`);
    let firstProblem: string | null = null;
    for (const path of buildPaths(leaf, rest)) {
      try {
        await verifySingleChain(path, anchors);
        return { verified: true };
      } catch (e) {
        if (!(e instanceof Refused)) throw e;
        firstProblem ??= e.message;
      }
    }
    return refuse(firstProblem!);
  } catch (e) {
    if (e instanceof Refused) return { verified: false, reason: e.message };
    throw e;
  }
}
