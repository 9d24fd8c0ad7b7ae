// A certificate as inspect and audit need it: the x509 layer's reading plus
// what it leaves out — full subject and issuer names, their bytes for
// linking a chain, and every extension's criticality.

import { type CertificateInfo, decodeCertificate, encodedName, parseCertificate } from "../x509/index.js";
import type * as pkijs from "pkijs";
import { attributeValue, formatName } from "./names.js";

export interface CertificateView extends CertificateInfo {
  readonly subject: string;
  readonly issuer: string;
  readonly subjectName: Uint8Array;
  readonly issuerName: Uint8Array;
  readonly extensionList: readonly { readonly oid: string; readonly critical: boolean }[];
  /** 1, 2 or 3 */
  readonly version: number;
  /** The names as ocaml-x509 compares them: attribute types and decoded values, whatever the string type. */
  readonly subjectDn: readonly NameAttribute[];
  readonly issuerDn: readonly NameAttribute[];
  /** The policy identifiers of a certificatePolicies extension. */
  readonly policies: readonly string[];
  readonly signatureAlgorithmOid: string;
  /** The algorithm's parameters, for RSA-PSS. */
  readonly signatureAlgorithmParams: unknown;
}

export interface NameAttribute {
  readonly type: string;
  readonly value: string;
}

function nameAttributes(name: pkijs.RelativeDistinguishedNames): NameAttribute[] {
  return name.typesAndValues.map((tv) => ({ type: tv.type, value: attributeValue(tv.value) }));
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
  return {
    ...info,
    subject: formatName(cert.subject),
    issuer: formatName(cert.issuer),
    subjectName: encodedName(cert.subject),
    issuerName: encodedName(cert.issuer),
    extensionList: (cert.extensions ?? []).map((e) => ({ oid: e.extnID, critical: e.critical })),
    version: cert.version + 1,
    subjectDn: nameAttributes(cert.subject),
    issuerDn: nameAttributes(cert.issuer),
    policies: policyIdentifiers(cert),
    signatureAlgorithmOid: cert.signatureAlgorithm.algorithmId,
    signatureAlgorithmParams: cert.signatureAlgorithm.algorithmParams,
  };
}
