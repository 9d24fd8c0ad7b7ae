import type { Command } from "../model/command.js";
import type { Name } from "../model/name.js";
import { type IssuedCertificate, type KeyPair, type KeyType } from "../x509/index.js";
import { type Release } from "../model/release.js";
import { type Authority } from "./authority.js";
import { type Warn } from "./errors.js";
import { type Plan } from "./plan.js";
import type { KeyOptions } from "./signing-key.js";
export interface IssueOptions {
    keyType?: KeyType;
    now?: Date;
    warn?: Warn;
    /** the Albatross release whose checks apply and whose encoding is written (default: the current one) */
    release?: Release;
}
export interface IssuedLeaf {
    commonName: string;
    key: KeyPair;
    certificate: IssuedCertificate;
    /** the leaf followed by the authority's certificates that are not self-signed */
    chainPem: string;
}
export declare function issueLeaf(authority: Authority, command: Command, name: Name, o?: IssueOptions): Promise<IssuedLeaf>;
export interface LeafFilesOptions extends IssueOptions {
    /** where `<CN>-<serial>.key` and `.pem` go (default: the current directory) */
    outDir?: string;
}
export interface IssueFilesOptions extends LeafFilesOptions, KeyOptions {
    caCertificateFile: string;
    /** a key file or a PKCS#11 URI */
    caKeyFile: string;
}
export interface IssuedFiles extends IssuedLeaf {
    keyFile: string;
    certificateFile: string;
}
export interface PlannedLeaf extends IssuedFiles {
    plan: Plan;
}
/**
 * A one-shot key is disposable: each issue writes a fresh one, named after
 * the CN and the certificate's serial (`<CN>-<serial>.key` and `.pem`), so
 * issuing again never meets — nor replaces — an earlier key.
 */
export declare function planLeafFiles(authority: Authority, command: Command, given: Name, o?: LeafFilesOptions): Promise<PlannedLeaf>;
export declare function issueLeafFiles(command: Command, given: Name, o: IssueFilesOptions): Promise<IssuedFiles>;
