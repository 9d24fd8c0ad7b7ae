export type PemHolding = {
    kind: "certificate" | "certificate request";
    subjectCn: string | null;
    extension: Uint8Array | null;
} | {
    kind: "other";
    what: string;
};
/** null when the bytes are not PEM text; throws X509Error when the PEM framing is broken. */
export declare function pemHolding(bytes: Uint8Array): Promise<PemHolding | null>;
