import { type Encoded } from "../asn1/der.js";
import { type KeyPair, type KeyType, type SigningKey } from "./keys.js";
import { type CertificateProfile } from "./profiles.js";
/** Who signs: a CA (its certificate and key) or the subject itself. */
export type Issuer = {
    readonly kind: "ca";
    readonly certificate: string | Uint8Array;
    readonly key: SigningKey;
} | {
    readonly kind: "self-signed";
    readonly key: SigningKey;
};
export interface IssueRequest {
    readonly issuer: Issuer;
    readonly subjectCn: string;
    /** SubjectPublicKeyInfo DER; for a self-signed certificate, the issuer key's own. */
    readonly subjectPublicKey: Uint8Array;
    readonly profile: CertificateProfile;
    /** Value of the Albatross extension (or its parts): required by the sub-CA and leaf profiles, refused by the others. */
    readonly albatrossExtension?: Uint8Array | Encoded;
    readonly now?: Date;
}
export interface IssuedCertificate {
    readonly der: Uint8Array;
    readonly pem: string;
    readonly serialHex: string;
}
export declare function issueCertificate(request: IssueRequest): Promise<IssuedCertificate>;
export interface GeneratedCa<K extends SigningKey = KeyPair> {
    readonly key: K;
    readonly certificate: IssuedCertificate;
}
/**
 * A self-signed root certificate (Albatross's `cacert`) by the root-ca
 * profile, for a fresh key of the given type or, as `albatross-client
 * generate` does when the key file exists, for an existing key.
 */
export declare function generateCa(name: string, keyOrType?: KeyType | KeyPair, daysOrProfile?: number | CertificateProfile, now?: Date): Promise<GeneratedCa>;
export declare function generateCa<K extends SigningKey>(name: string, key: K, daysOrProfile?: number | CertificateProfile, now?: Date): Promise<GeneratedCa<K>>;
