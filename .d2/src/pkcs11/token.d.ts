import type * as graphene from "graphene-pk11";
import type { Crypto as P11Crypto } from "node-webcrypto-p11";
import type { Pkcs11Uri } from "./uri.js";
/** How to reach a token beyond what its URI says. */
export interface TokenAccess {
    /** the PKCS#11 module; else the URI's module-path, else $PKCS11_MODULE */
    readonly module?: string;
    /** a file whose first line is the user PIN; else the URI's pin-source or pin-value, else `askPin` */
    readonly pinFile?: string;
    /** asks for the PIN when nothing else gives it (the CLI: a hidden prompt on a terminal) */
    readonly askPin?: (question: string) => Promise<string>;
    readonly env?: Readonly<Record<string, string | undefined>>;
}
/** An open, logged-in session with one token. */
export interface OpenToken {
    /** the token's label, for messages */
    readonly label: string;
    readonly slot: graphene.Slot;
    readonly session: graphene.Session;
    /** WebCrypto over this session (node-webcrypto-p11) */
    readonly crypto: P11Crypto;
    readonly graphene: typeof graphene;
    /** ends the session, and unloads the module when no other session uses it */
    close(): void;
}
export declare function pkcs11ErrorCode(error: unknown): number | undefined;
/** Opens a session with the token the URI names and logs in. `readWrite` for creating keys. */
export declare function openToken(uri: Pkcs11Uri, o: TokenAccess, readWrite: boolean): Promise<OpenToken>;
