// A signing authority — the root CA or a sub-CA — and what it may sign: a
// sub-CA carries a policy, and nothing it signs may exceed it (the checks of
// albatross-client's `sign` and of its on-the-fly certificates).

import { decodeExtension } from "../codec/index.js";
import { fitsPolicy } from "../model/fits.js";
import type { Command } from "../model/command.js";
import { checkSmaller, checkUsable, type Policy, PolicyError } from "../model/policy.js";
import type { Release } from "../model/release.js";
import { type CertificateInfo, certificateToPem, parseCertificate, PemText, type SigningKey, splitPem } from "../x509/index.js";
import { CaError } from "./errors.js";
import { readInputFile } from "./files.js";
import { type KeyOptions, loadSigningKey } from "./signing-key.js";

export interface Authority {
  /** the CA's certificate, then the rest of its file (its chain, if kept there), as DER */
  certificates: Uint8Array[];
  certificate: CertificateInfo;
  /** a key file's key, or one in a PKCS#11 token (close it when done) */
  key: SigningKey;
  /** the policy of a sub-CA; null for the root */
  policy: Policy | null;
}

/** The policy in a CA certificate's Albatross extension, if it has one. */
export function authorityPolicy(certificate: CertificateInfo, release: Release): Policy | null {
  if (certificate.albatrossExtension === null) return null;
  let command: Command;
  try {
    command = decodeExtension(certificate.albatrossExtension.value, release).command;
  } catch {
    throw new CaError("couldn't parse albatross extension in cert");
  }
  return command.kind === "policy_add" ? command.policy : null;
}

export function makeAuthority(certificatePem: string, key: SigningKey, release: Release): Authority {
  const certificates = splitPem(certificatePem);
  const certificate = parseCertificate(certificates[0]!);
  if (Buffer.compare(Buffer.from(certificate.publicKey), Buffer.from(key.spki)) !== 0) {
    throw new CaError("Public key of certificate doesn't match private key");
  }
  return { certificates, certificate, key, policy: authorityPolicy(certificate, release) };
}

/** The CA certificate file and its key: a key file or a PKCS#11 URI (see loadSigningKey). */
export async function readAuthority(certificateFile: string, keySpec: string, release: Release, o: KeyOptions = {}): Promise<Authority> {
  const pem = (await readInputFile(certificateFile, "CA certificate")).toString("latin1");
  const key = await loadSigningKey(keySpec, o);
  try {
    return makeAuthority(pem, key, release);
  } catch (e) {
    key.close?.();
    throw new CaError(`${certificateFile}: ${(e as Error).message}`);
  }
}

/** Runs `use` with the authority and closes its key afterwards (a token session). */
export async function withAuthority<T>(
  certificateFile: string,
  keySpec: string,
  release: Release,
  o: KeyOptions,
  use: (authority: Authority) => Promise<T>,
): Promise<T> {
  const authority = await readAuthority(certificateFile, keySpec, release, o);
  try {
    return await use(authority);
  } finally {
    authority.key.close?.();
  }
}

/**
 * Albatross's checks before signing a command: a policy must be usable and
 * within the authority's; a unikernel's resources (on create, and on restart
 * with new arguments) must fit it. Throws PolicyError with Albatross's message.
 */
/** A unikernel on no CPU: albatross-client 2.7 never writes one, and no policy check would catch it. */
function refuseNoCpus(c: { cpuids: readonly bigint[] }): void {
  if (c.cpuids.length === 0) throw new PolicyError("CPUids may not be empty");
}

export function checkAgainstAuthority(command: Command, policy: Policy | null, release: Release): void {
  switch (command.kind) {
    case "policy_add":
      checkUsable(command.policy);
      if (policy) checkSmaller(policy, command.policy);
      return;
    case "unikernel_create":
    case "unikernel_force_create":
      refuseNoCpus(command.config);
      if (policy) fitsPolicy(policy, command.config, release);
      return;
    case "unikernel_restart":
      if (command.arguments) refuseNoCpus(command.arguments);
      if (policy && command.arguments) fitsPolicy(policy, command.arguments, release);
      return;
  }
}

/**
 * A new certificate as the file to hand out: it, then the authority's
 * certificates except self-signed ones (a root is the verifier's trust anchor,
 * never sent along). With the CA's chain kept in its file, this is the whole
 * chain up to the root. Its text is made when written or read.
 */
export function certificateChain(der: Uint8Array, authority: Authority): PemText {
  let rest = chains.get(authority.certificates);
  if (rest === undefined) {
    rest = authority.certificates.filter((c) => !parseCertificate(c).selfIssued).map(certificateToPem).join("");
    chains.set(authority.certificates, rest);
  }
  return new PemText([{ label: "CERTIFICATE", der }, rest]);
}

/** What follows each certificate an authority signs: a batch parses the authority's certificates once. */
const chains = new WeakMap<readonly Uint8Array[], string>();
