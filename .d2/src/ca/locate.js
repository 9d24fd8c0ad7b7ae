// Which CA signs a one-shot certificate when none is named: the one
// `generate` wrote in the folder (cacert.pem, and the key named after its
// common name), or, for a named certificate, the key beside it.
import fs from "node:fs";
import path from "node:path";
import { parseCertificate } from "../x509/index.js";
import { CaError } from "./errors.js";
import { fileFor } from "./files.js";
import { CA_CERTIFICATE_FILE } from "./generate.js";
const HINT = `give --ca CERT --ca-key KEY, or run it where \`albatross-ca generate\` wrote ${CA_CERTIFICATE_FILE} and its key`;
/** `<CN>.key` beside the certificate: how generate and sign name a CA's key. */
function keyBeside(certificateFile) {
    let cn;
    try {
        cn = parseCertificate(fs.readFileSync(certificateFile)).subjectCn;
    }
    catch (e) {
        const code = e.code;
        if (code === "ENOENT")
            throw new CaError(`no CA certificate ${certificateFile}: ${HINT}`);
        throw new CaError(`CA certificate ${certificateFile}: ${e.message}`);
    }
    if (cn === null)
        throw new CaError(`CA certificate ${certificateFile} has no common name to find its key by: give --ca-key KEY`);
    const key = fileFor(path.dirname(certificateFile), cn, "key");
    if (!fs.existsSync(key))
        throw new CaError(`no key ${key} for the CA ${cn} of ${certificateFile}: give --ca-key KEY`);
    return key;
}
/** The CA certificate and key for --issue; what is given wins, the rest is found beside it. */
export function locateAuthority(o) {
    const caCertificateFile = o.caCertificateFile ?? path.join(o.dir ?? ".", CA_CERTIFICATE_FILE);
    if (o.caKeyFile !== undefined)
        return { caCertificateFile, caKeyFile: o.caKeyFile };
    return { caCertificateFile, caKeyFile: keyBeside(caCertificateFile) };
}
//# sourceMappingURL=locate.js.map