import { type SignedFiles, type SignFilesOptions } from "./sign.js";
export interface RenewFilesOptions extends Omit<SignFilesOptions, "requestFile"> {
    /** the certificate to renew (its chain may follow in the file) */
    certificateFile: string;
}
/**
 * Writes the renewed chain as `<CN>.pem` in the output folder: replacing the
 * certificate being renewed is what renewal means; any other file only with --force.
 */
export declare function renewCertificateFiles(o: RenewFilesOptions): Promise<SignedFiles>;
