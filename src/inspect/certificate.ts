// A certificate as inspect and audit need it: the x509 layer's reading plus
// what it leaves out — full subject and issuer names, their bytes for
// linking a chain, and every extension's criticality.

import * as pkijs from "pkijs";
import { type CertificateInfo, parseCertificate } from "../x509/index.js";
import { parseWhole } from "./ber.js";
import { encodeName, formatName } from "./names.js";

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
  // parseCertificate has checked the DER, so pkijs reads it without surprises.
  const cert = new pkijs.Certificate({ schema: parseWhole(info.der) });
  return {
    ...info,
    subject: formatName(cert.subject),
    issuer: formatName(cert.issuer),
    subjectName: encodeName(cert.subject),
    issuerName: encodeName(cert.issuer),
    extensionList: (cert.extensions ?? []).map((e) => ({ oid: e.extnID, critical: e.critical })),
  };
}
