import { type CertificateView } from "./certificate.js";
export declare function looksLikePem(input: string | Uint8Array): boolean;
export declare function readChain(input: string | Uint8Array): CertificateView[];
/** A file meant to hold one certificate, the CA's. */
export declare function readOneCertificate(input: string | Uint8Array, what: string): CertificateView;
/**
 * How many certificates a chain file holds, without decoding any: PEM
 * CERTIFICATE blocks, or one DER certificate.
 */
export declare function chainLength(input: string | Uint8Array): number;
