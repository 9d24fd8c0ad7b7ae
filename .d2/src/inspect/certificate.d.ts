import { type CertificateInfo } from "../x509/index.js";
import { type NameAttribute } from "./names.js";
export interface CertificateView extends CertificateInfo {
    readonly subject: string;
    readonly issuer: string;
    readonly subjectName: Uint8Array;
    readonly issuerName: Uint8Array;
    readonly extensionList: readonly {
        readonly oid: string;
        readonly critical: boolean;
    }[];
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
/** Parses one DER certificate; throws X509Error for anything that is not one. */
export declare function viewCertificate(der: Uint8Array): CertificateView;
