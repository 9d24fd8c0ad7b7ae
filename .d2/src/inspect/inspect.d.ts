import { type Release } from "../model/release.js";
import type { CertExtension } from "../model/command.js";
import type { Dump } from "../model/dump.js";
import { type EndpointVerdict } from "./endpoint.js";
import { type PublicKeyFacts } from "./key.js";
import { type Profile } from "./profile.js";
import { type ValidityStatus } from "./validity.js";
export declare class InspectError extends Error {
    name: string;
}
/** The Albatross extension of a certificate or request; `critical` is null in a request. */
export type ExtensionFacts = ({
    readonly critical: boolean | null;
    readonly value: CertExtension;
} | {
    readonly critical: boolean | null;
    readonly error: string;
}) & {
    /** the release it was read as */
    readonly release: Release;
    /** the releases that read this encoding */
    readonly acceptedBy: readonly Release[];
};
export interface CertificateFacts {
    readonly kind: "certificate";
    readonly subject: string;
    readonly issuer: string;
    readonly commonName: string | null;
    readonly serialHex: string;
    readonly notBefore: Date;
    readonly notAfter: Date;
    readonly validity: ValidityStatus;
    readonly at: Date;
    readonly key: PublicKeyFacts;
    readonly profile: Profile;
    readonly sha256: string;
    readonly extension: ExtensionFacts | null;
}
export interface ChainFacts {
    readonly kind: "chain";
    /** leaf first */
    readonly certificates: readonly CertificateFacts[];
    readonly endpoint: EndpointVerdict;
}
export interface RequestFacts {
    readonly kind: "csr";
    readonly subject: string;
    readonly commonName: string | null;
    readonly key: PublicKeyFacts;
    readonly extension: ExtensionFacts | null;
}
export interface KeyFacts {
    /** "key-pair": read from a private key, of which only the public half is kept */
    readonly kind: "key-pair" | "public-key";
    readonly key: PublicKeyFacts;
}
export interface DumpFacts {
    readonly kind: "dump";
    readonly dump: Dump;
    readonly release: Release;
    readonly acceptedBy: readonly Release[];
}
export type Inspection = CertificateFacts | ChainFacts | RequestFacts | KeyFacts | DumpFacts;
export interface InspectOptions {
    /** When validity is judged; default now. */
    readonly at?: Date;
    /** The Albatross release to read as; default the current one. */
    readonly release?: Release;
}
/** What `input` (a file's bytes, or PEM text) holds. Unrecognised or malformed input throws. */
export declare function inspect(input: string | Uint8Array, options?: InspectOptions): Promise<Inspection>;
