import type { CertificateView } from "./certificate.js";
import { type Finding } from "./findings.js";
export interface ChainVerification {
    /** Albatross's TLS layer accepts the chain against the CA, its validity period aside; null without a CA. */
    readonly verified: boolean | null;
    /** Every certificate (the CA's too) is valid at the given time. */
    readonly inValidity: boolean;
    readonly findings: readonly Finding[];
}
/** Checks `chain` (leaf first, as sent by a client) against `ca` at time `at`. */
export declare function verifyChain(chain: readonly CertificateView[], ca: CertificateView | null, at: Date): Promise<ChainVerification>;
