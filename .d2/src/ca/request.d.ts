import { type Encoded } from "../asn1/der.js";
import { type Command } from "../model/command.js";
import { type Release } from "../model/release.js";
import type { Name } from "../model/name.js";
import { type KeyType, type SigningKey } from "../x509/index.js";
import { type Warn } from "./errors.js";
import { type CaKeySource } from "./generate.js";
import { type Plan } from "./plan.js";
import type { KeyOptions } from "./signing-key.js";
export interface CertificateRequest {
    commonName: string;
    /** the value of the Albatross extension (a view into `der`) */
    extension: Uint8Array;
    /** the request; `csrToPem` gives its PEM, as `<CN>.req` holds it */
    der: Uint8Array;
}
/** The extension value the release's albatross-client writes for a command. */
export declare function commandExtension(command: Command, release: Release): Uint8Array;
/** The same, as its parts: an image is copied only into the request or certificate it goes into. */
export declare function commandExtensionParts(command: Command, release: Release): Encoded;
export declare function buildRequest(command: Command, name: Name, key: SigningKey, release: Release): Promise<CertificateRequest>;
export interface RequestFileOptions extends KeyOptions {
    keyType?: KeyType;
    /** default: the file `<CN>.key`; a sub-CA's key may be in a token */
    key?: CaKeySource;
    /** where `<CN>.key` and `<CN>.req` go (default: the current directory) */
    outDir?: string;
    warn?: Warn;
    /** the Albatross release the request is for (default: the current one) */
    release?: Release;
    /** replace an existing `<CN>.req` (never a key) */
    force?: boolean;
}
export interface RequestFiles {
    commonName: string;
    /** the key file, or the key's PKCS#11 URI */
    keyFile: string;
    /** false when an existing key was reused */
    keyCreated: boolean;
    requestFile: string;
}
export interface PlannedRequest extends RequestFiles {
    request: CertificateRequest;
    plan: Plan;
}
/** The key (when new) and the request files of one or more commands for the same name, not yet written. */
export declare function planRequests(commands: readonly Command[], given: Name, o?: RequestFileOptions): Promise<PlannedRequest[]>;
/** The key (when new) and `<CN>.req` of a request, not yet written. */
export declare function planRequest(command: Command, name: Name, o?: RequestFileOptions): Promise<PlannedRequest>;
/** Writes the requests of one command line (all or none). */
export declare function writeRequests(commands: readonly Command[], name: Name, o?: RequestFileOptions): Promise<RequestFiles[]>;
export declare function writeRequest(command: Command, name: Name, o?: RequestFileOptions): Promise<RequestFiles>;
