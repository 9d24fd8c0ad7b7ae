// Reading X.509 structures with asn1js for what the x509 layer does not
// expose (full names, the extension list, telling a DER file's kind).
import * as asn1js from "asn1js";
import { BER_OPTIONS } from "../x509/index.js";
/** The ASN.1 value spanning all of `der`, or null (asn1js throws on some malformed contents). */
export function parseWhole(der) {
    try {
        const parsed = asn1js.fromBER(der, BER_OPTIONS);
        return parsed.offset === der.byteLength ? parsed.result : null;
    }
    catch {
        return null;
    }
}
//# sourceMappingURL=ber.js.map