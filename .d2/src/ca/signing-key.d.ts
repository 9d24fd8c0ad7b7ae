import { type TokenAccess } from "../pkcs11/index.js";
import type { SigningKey } from "../x509/index.js";
import { type Passphrase } from "./files.js";
export interface KeyOptions {
    /** how to reach the token when the key is a PKCS#11 URI: module, PIN */
    readonly token?: TokenAccess;
    /** the passphrase of an encrypted key file, asked only when the key is encrypted */
    readonly passphrase?: Passphrase;
}
/**
 * The CA key `spec` names: `pkcs11:token=...;object=...` (RFC 7512) or a
 * file. A token key holds a session open: `close()` it when done.
 */
export declare function loadSigningKey(spec: string, o?: KeyOptions): Promise<SigningKey>;
