import * as pkijs from "pkijs";
import { type DecodedExtensions } from "./extensions.js";
import { type KeyType } from "./keys.js";
export interface CertificateInfo extends DecodedExtensions {
    readonly der: Uint8Array;
    readonly subjectCn: string | null;
    readonly issuerCn: string | null;
    /** Subject and issuer names are identical: a root, whose file Albatross does not append to a chain. */
    readonly selfIssued: boolean;
    /** Lowercase hex of the INTEGER content octets, as Albatross writes it to its database. */
    readonly serialHex: string;
    readonly notBefore: Date;
    readonly notAfter: Date;
    /** SubjectPublicKeyInfo DER. */
    readonly publicKey: Uint8Array;
    readonly publicKeyType: KeyType | null;
    /** Lowercase hex SHA-256 of the DER. */
    readonly fingerprintSha256: string;
}
export declare function certificateToPem(der: Uint8Array): string;
/** Parse one certificate given as PEM (exactly one block) or DER. */
export declare function parseCertificate(input: string | Uint8Array): CertificateInfo;
/** Whether `certificate` carries a valid signature by the key of `issuer` (names are not compared). */
export declare function verifyCertificateSignature(certificate: string | Uint8Array, issuer: string | Uint8Array): Promise<boolean>;
/** The pkijs object, for issuing; the outer and inner signature algorithms must agree (RFC 5280 4.1.1.2). */
export declare function decodeCertificate(der: Uint8Array): pkijs.Certificate;
/** The DER of a name: an issuer names its signer by these exact bytes. */
export declare function encodedName(name: pkijs.RelativeDistinguishedNames): Uint8Array;
