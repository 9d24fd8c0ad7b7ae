// A certificate as inspect and audit need it: the x509 layer's reading plus
// what it leaves out — full subject and issuer names, their bytes for
// linking a chain, and every extension's criticality.

import { type CertificateInfo, decodeCertificate, encodedName, parseCertificate } from "../x509/index.js";
import { formatName } from "./names.js";

export interface CertificateView extends CertificateInfo {
  readonly subject: string;
  readonly issuer: string;
  readonly subjectName: Uint8Array;
  readonly issuerName: Uint8Array;
  readonly extensionList: readonly { readonly oid: string; readonly critical: boolean }[];
}

/** Parses one DER certificate; throws X509Error for anything that is not one. */
export function viewCertificate(der: Uint8Array): CertificateView {
  const info = parseCertificate(der);
  const cert = decodeCertificate(info.der);
  return {
    ...info,
    subject: formatName(cert.subject),
    issuer: formatName(cert.issuer),
    subjectName: encodedName(cert.subject),
    issuerName: encodedName(cert.issuer),
    extensionList: (cert.extensions ?? []).map((e) => ({ oid: e.extnID, critical: e.critical })),
  };
}
