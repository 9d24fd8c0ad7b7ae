// A certificate as inspect and audit need it: the x509 layer's reading plus
// what it leaves out — full subject and issuer names, their bytes for
// linking a chain, and every extension's criticality.
import { decodeCertificate, encodedName, parseCertificate } from "../x509/index.js";
import { formatName, relativeNames } from "./names.js";
function policyIdentifiers(cert) {
    const ext = (cert.extensions ?? []).find((e) => e.extnID === "2.5.29.32");
    const parsed = ext?.parsedValue;
    return parsed?.certificatePolicies?.map((p) => p.policyIdentifier) ?? [];
}
/** Parses one DER certificate; throws X509Error for anything that is not one. */
export function viewCertificate(der) {
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
//# sourceMappingURL=certificate.js.map