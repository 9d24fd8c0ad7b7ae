// `renew`: a certificate issued again for the same subject, public key and
// Albatross command, with a fresh serial and validity — no request needed.
// The issuer's policy is enforced again, as for a new request.

import { decodeExtension } from "../codec/index.js";
import type { Command } from "../model/command.js";
import { DEFAULT_RELEASE, type Release } from "../model/release.js";
import { parseCertificate, verifyCertificateSignature } from "../x509/index.js";
import { withAuthority } from "./authority.js";
import { CaError } from "./errors.js";
import { assertDirectory, readCertificateFile } from "./files.js";
import { executePlan } from "./plan.js";
import { byteCounter, certify, type SignedFiles, type SignFilesOptions, signedPlan } from "./sign.js";

export interface RenewFilesOptions extends Omit<SignFilesOptions, "requestFile"> {
  /** the certificate to renew (its chain may follow in the file) */
  certificateFile: string;
  /**
   * Told the work in bytes as it goes, as signRequestsFiles' bytesProgress:
   * the file read, checked and signed, written twice (a certificate with a
   * whole image takes seconds at each step).
   */
  bytesProgress?: (done: number, total: number) => void;
}

function commandOf(value: Uint8Array | null, o: { release?: Release }): Command | null {
  if (value === null) return null;
  try {
    return decodeExtension(value, o.release ?? DEFAULT_RELEASE).command;
  } catch (e) {
    throw new CaError(`the certificate's Albatross extension does not decode: ${(e as Error).message}`);
  }
}

/**
 * Writes the renewed chain as `<CN>.pem` in the output folder: replacing the
 * certificate being renewed is what renewal means; any other file only with --force.
 */
export async function renewCertificateFiles(o: RenewFilesOptions): Promise<SignedFiles> {
  const outDir = o.outDir ?? ".";
  await assertDirectory(outDir);
  // decoded as it is read and given up to the new certificate, written around its image: a create certificate holds a whole image
  const bytes = byteCounter(o.bytesProgress);
  const sizes: number[] = [];
  const der = await readCertificateFile(o.certificateFile, bytes.reading(sizes, 0));
  let old;
  try {
    old = parseCertificate(der);
  } catch (e) {
    throw new CaError(`${o.certificateFile}: ${(e as Error).message}`);
  }
  if (old.subjectCn === null) throw new CaError(`${o.certificateFile}: the certificate has no common name`);
  const subject = { commonName: old.subjectCn, publicKey: old.publicKey, command: commandOf(old.albatrossExtension?.value ?? null, o) };
  const signed = await withAuthority(o.caCertificateFile, o.caKeyFile, o.release ?? DEFAULT_RELEASE, o, async (authority) => {
    const issuedHere = await verifyCertificateSignature(old.der, authority.certificates[0]!).catch(() => false);
    if (old.issuerCn !== authority.certificate.subjectCn || !issuedHere) {
      throw new CaError(`${o.certificateFile} was not issued by ${o.caCertificateFile}`);
    }
    return certify(authority, subject, o);
  });
  bytes.add(sizes[0]!);
  const { certificateFile, plan } = await signedPlan(signed, { ...o, outDir, renews: o.certificateFile });
  await executePlan(bytes.writing(plan), o);
  return Object.assign(signed, { certificateFile });
}
