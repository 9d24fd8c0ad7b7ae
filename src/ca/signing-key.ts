// Where a CA key comes from: a PEM file, or a PKCS#11 URI naming a key that
// stays inside its token. Every command that signs with a CA key (sign,
// one-shot leaves, generate --key, renew, the wizard) loads it here.

// the token modules (and pkijs, whose engine they extend) load only for a key in a token
import type { TokenAccess } from "../pkcs11/token.js";
import { isPkcs11Uri } from "../pkcs11/uri.js";
import type { SigningKey } from "../x509/index.js";
import { type Passphrase, readInputFile, readKey } from "./files.js";

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
export async function loadSigningKey(spec: string, o: KeyOptions = {}): Promise<SigningKey> {
  if (isPkcs11Uri(spec)) return (await import("../pkcs11/keys.js")).loadTokenKey(spec, o.token);
  return readKey(await readInputFile(spec, "CA private key"), spec, o.passphrase);
}
