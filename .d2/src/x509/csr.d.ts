import { type Encoded } from "../asn1/der.js";
import { type KeyType, type SigningKey } from "./keys.js";
export interface CertificateRequestInfo {
    readonly der: Uint8Array;
    readonly subjectCn: string | null;
    /** SubjectPublicKeyInfo DER. */
    readonly publicKey: Uint8Array;
    readonly publicKeyType: KeyType | null;
    /** The value of extension 1.3.6.1.4.1.49836.42 in the extensionRequest attribute, or null. */
    readonly albatrossExtension: Uint8Array | null;
    readonly signatureAlgorithmOid: string;
}
/**
 * A PKCS#10 request for `CN=<commonName>`, as albatross-client writes it: the
 * Albatross extension (if any) alone in a PKCS#9 extensionRequest attribute.
 * The extension value may be given as its parts (a whole image): it is then
 * copied only into the request.
 */
export declare function createCsr(commonName: string, key: SigningKey, extensionValue?: Uint8Array | Encoded): Promise<Uint8Array>;
export declare function csrToPem(der: Uint8Array): string;
/** Parse a CSR (PEM or DER) and check its self-signature; a CSR that does not verify is refused. */
export declare function parseCsr(input: string | Uint8Array): Promise<CertificateRequestInfo>;
