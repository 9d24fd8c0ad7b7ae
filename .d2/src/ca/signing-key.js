// Where a CA key comes from: a PEM file, or a PKCS#11 URI naming a key that
// stays inside its token. Every command that signs with a CA key (sign,
// one-shot leaves, generate --key, renew, the wizard) loads it here.
import { isPkcs11Uri, loadTokenKey } from "../pkcs11/index.js";
import { readInputFile, readKey } from "./files.js";
/**
 * The CA key `spec` names: `pkcs11:token=...;object=...` (RFC 7512) or a
 * file. A token key holds a session open: `close()` it when done.
 */
export async function loadSigningKey(spec, o = {}) {
    if (isPkcs11Uri(spec))
        return loadTokenKey(spec, o.token);
    return readKey(await readInputFile(spec, "CA private key"), spec, o.passphrase);
}
//# sourceMappingURL=signing-key.js.map