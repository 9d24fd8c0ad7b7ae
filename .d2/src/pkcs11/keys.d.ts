import { type KeyType, type SigningKey } from "../x509/keys.js";
import { type TokenAccess } from "./token.js";
/** A CA key in a token: signing goes through it until `close`. */
export interface TokenKey extends SigningKey {
    /** the key's URI (path attributes only) */
    readonly uri: string;
    close(): void;
}
/** The private key a URI names, e.g. `pkcs11:token=albatross;object=ops-ca;type=private`. */
export declare function loadTokenKey(uriText: string, access?: TokenAccess): Promise<TokenKey>;
/**
 * A new key pair created inside the token the URI names, labelled with its
 * `object` (required) and its `id` (default: the key identifier, SHA-1 of
 * the public key, as pkcs11-tool and p11tool do). The private key is
 * sensitive and never extractable. Refused if the label or id is taken.
 */
export declare function generateTokenKey(uriText: string, keyType: KeyType, access?: TokenAccess): Promise<TokenKey>;
