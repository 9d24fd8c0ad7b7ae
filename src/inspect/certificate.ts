// A certificate as inspect and audit need it: the x509 layer's reading plus
// what it leaves out — full subject and issuer names, their bytes for
// linking a chain, and every extension's criticality.

import type { Tlv } from "../asn1/der.js";
import { type CertificateInfo, parseCertificate, readCertificate } from "../x509/certificate.js";
import { policyIdentifiers } from "../x509/extensions.js";
import { formatName, type NameAttribute, relativeNames } from "./names.js";

export interface CertificateView extends CertificateInfo {
  readonly subject: string;
  readonly issuer: string;
  readonly subjectName: Uint8Array;
  readonly issuerName: Uint8Array;
  readonly extensionList: readonly { readonly oid: string; readonly critical: boolean }[];
  /** 1, 2 or 3 */
  readonly version: number;
  /** The names as ocaml-x509 compares them: RDN by RDN, attribute types and decoded values, whatever the string type. */
  readonly subjectDn: readonly (readonly NameAttribute[])[];
  readonly issuerDn: readonly (readonly NameAttribute[])[];
  /** The policy identifiers of a certificatePolicies extension. */
  readonly policies: readonly string[];
  readonly signatureAlgorithmOid: string;
  /** The algorithm's parameters as they lie in the certificate, for RSA-PSS. */
  readonly signatureAlgorithmParams: Tlv | undefined;
}

/** Parses one DER certificate; throws X509Error for anything that is not one. */
export function viewCertificate(der: Uint8Array): CertificateView {
  const info = parseCertificate(der);
  const { tbsCertificate: { value: tbs }, signatureAlgorithm } = readCertificate(info.der);
  const extensions = tbs.extensions ?? [];
  return {
    ...info,
    subject: formatName(tbs.subject.value),
    issuer: formatName(tbs.issuer.value),
    subjectName: tbs.subject.der,
    issuerName: tbs.issuer.der,
    extensionList: extensions.map((e) => ({ oid: e.extnID, critical: e.critical })),
    version: tbs.version + 1,
    subjectDn: relativeNames(tbs.subject.value),
    issuerDn: relativeNames(tbs.issuer.value),
    policies: policyIdentifiers(extensions),
    signatureAlgorithmOid: signatureAlgorithm.value.algorithm,
    signatureAlgorithmParams: signatureAlgorithm.value.parameters,
  };
}
