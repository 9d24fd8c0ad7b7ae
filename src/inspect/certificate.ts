// A certificate as inspect and audit need it: the x509 layer's reading plus
// what it leaves out — full subject and issuer names, their bytes for
// linking a chain, and every extension's criticality.

import { type CertificateInfo, decodeCertificate, encodedName, parseCertificate } from "../x509/index.js";
import type * as pkijs from "pkijs";
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
  /** The algorithm's parameters, for RSA-PSS. */
  readonly signatureAlgorithmParams: unknown;
}

function policyIdentifiers(cert: pkijs.Certificate): string[] {
  const ext = (cert.extensions ?? []).find((e) => e.extnID === "2.5.29.32");
  const parsed = ext?.parsedValue as pkijs.CertificatePolicies | undefined;
  return parsed?.certificatePolicies?.map((p) => p.policyIdentifier) ?? [];
}

/** Parses one DER certificate; throws X509Error for anything that is not one. */
export function viewCertificate(der: Uint8Array): CertificateView {
  const info = parseCertificate(der);
  const cert = decodeCertificate(info.der);
  const subjectName = encodedName(cert.subject);
  const issuerName = encodedName(cert.issuer);
  return {
    ...info,
    subject: formatName(cert.subject),
    issuer: formatName(cert.issuer),
    subjectName,
    issuerName,
    extensionList: (cert.extensions ?? []).map((e) => ({ oid: e.extnID, critical: e.critical })),
    version: cert.version + 1,
    subjectDn: relativeNames(subjectName),
    issuerDn: relativeNames(issuerName),
    policies: policyIdentifiers(cert),
    signatureAlgorithmOid: cert.signatureAlgorithm.algorithmId,
    signatureAlgorithmParams: cert.signatureAlgorithm.algorithmParams,
  };
}
