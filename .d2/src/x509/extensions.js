import * as asn1js from "asn1js";
import * as pkijs from "pkijs";
import { encodedBytes, readTlv, wrap } from "../asn1/der.js";
import { parseDer, toHex } from "./der.js";
import { errorMessage, X509Error } from "./errors.js";
import { bitString, extension, oid, sequence, TRUE } from "./write.js";
/** Albatross's private extension: `SEQUENCE { version INTEGER, command }`, always non-critical. */
export const ALBATROSS_EXTENSION_OID = "1.3.6.1.4.1.49836.42";
/** PKCS#9 extensionRequest, the CSR attribute that carries requested extensions. */
export const EXTENSION_REQUEST_OID = "1.2.840.113549.1.9.14";
export const SUBJECT_KEY_IDENTIFIER_OID = "2.5.29.14";
export const KEY_USAGE_OID = "2.5.29.15";
export const BASIC_CONSTRAINTS_OID = "2.5.29.19";
export const AUTHORITY_KEY_IDENTIFIER_OID = "2.5.29.35";
export const EXTENDED_KEY_USAGE_OID = "2.5.29.37";
/**
 * ```asn1
 * KeyUsage ::= BIT STRING { digitalSignature (0), contentCommitment (1), keyEncipherment (2),
 *   dataEncipherment (3), keyAgreement (4), keyCertSign (5), cRLSign (6), encipherOnly (7), decipherOnly (8) }
 * ```
 * The array index is the bit number.
 */
export const KEY_USAGES = [
    "digitalSignature",
    "contentCommitment",
    "keyEncipherment",
    "dataEncipherment",
    "keyAgreement",
    "keyCertSign",
    "cRLSign",
    "encipherOnly",
    "decipherOnly",
];
export const EXTENDED_KEY_USAGES = {
    serverAuth: "1.3.6.1.5.5.7.3.1",
    clientAuth: "1.3.6.1.5.5.7.3.2",
    codeSigning: "1.3.6.1.5.5.7.3.3",
    emailProtection: "1.3.6.1.5.5.7.3.4",
    timeStamping: "1.3.6.1.5.5.7.3.8",
    OCSPSigning: "1.3.6.1.5.5.7.3.9",
};
export function isKeyUsageName(value) {
    return KEY_USAGES.includes(value);
}
export function isExtendedKeyUsageName(value) {
    return Object.hasOwn(EXTENDED_KEY_USAGES, value);
}
/**
 * Our extension, always non-critical: Albatross's X.509 validation rejects
 * critical extensions it does not handle itself. The value is opaque here,
 * but it must at least be one complete TLV.
 */
export function albatrossExtension(value) {
    const first = value instanceof Uint8Array ? value : value.parts[0];
    const length = value.length;
    let end;
    try {
        end = readTlv(first, 0, first.length === length ? length : Number.MAX_SAFE_INTEGER).end;
    }
    catch (error) {
        throw new X509Error(`Albatross extension value: ${errorMessage(error)}`);
    }
    if (end !== length)
        throw new X509Error(`Albatross extension value: ${length - end} trailing bytes after the ASN.1 value`);
    return extension(ALBATROSS_EXTENSION_OID, false, value);
}
/** DER named BIT STRING: trailing zero bits are dropped (X.690 11.2.2). */
export function encodeKeyUsage(usages) {
    const bitNumbers = usages.map((usage) => KEY_USAGES.indexOf(usage));
    const highest = Math.max(...bitNumbers);
    const bytes = new Uint8Array((highest >> 3) + 1);
    for (const bit of bitNumbers) {
        bytes[bit >> 3] |= 0x80 >> (bit & 7);
    }
    return bitString(bytes, 7 - (highest & 7));
}
export function encodeExtendedKeyUsage(purposes) {
    return sequence(...purposes.map((purpose) => oid(EXTENDED_KEY_USAGES[purpose])));
}
/** cA is DEFAULT FALSE, so only a CA's says anything; no path length. */
export function encodeBasicConstraints(ca) {
    return ca ? sequence(TRUE) : sequence();
}
/** keyIdentifier [0] IMPLICIT OCTET STRING, alone. */
export function encodeAuthorityKeyIdentifier(keyId) {
    return sequence(wrap(2 /* Cls.Context */, false, 0, [encodedBytes(keyId)]));
}
export function decodeExtensions(extensions) {
    const seen = new Set();
    const decoded = {
        basicConstraints: null,
        keyUsage: null,
        extendedKeyUsage: null,
        subjectKeyIdentifier: null,
        authorityKeyIdentifier: null,
        albatrossExtension: null,
    };
    for (const ext of extensions) {
        if (seen.has(ext.extnID)) {
            throw new X509Error(`extension ${ext.extnID} appears more than once`);
        }
        seen.add(ext.extnID);
        const value = ext.extnValue.valueBlock.valueHexView;
        const critical = ext.critical;
        switch (ext.extnID) {
            case BASIC_CONSTRAINTS_OID:
                decoded.basicConstraints = decodeBasicConstraints(value, critical);
                break;
            case KEY_USAGE_OID:
                decoded.keyUsage = { critical, usages: decodeKeyUsage(value) };
                break;
            case EXTENDED_KEY_USAGE_OID:
                decoded.extendedKeyUsage = { critical, purposes: decodeExtendedKeyUsage(value) };
                break;
            case SUBJECT_KEY_IDENTIFIER_OID:
                decoded.subjectKeyIdentifier = toHex(decodeOctetString(value, "subjectKeyIdentifier"));
                break;
            case AUTHORITY_KEY_IDENTIFIER_OID:
                decoded.authorityKeyIdentifier = decodeAuthorityKeyIdentifier(value);
                break;
            case ALBATROSS_EXTENSION_OID:
                decoded.albatrossExtension = { value: new Uint8Array(value), critical };
                break;
        }
    }
    return decoded;
}
function decodeBasicConstraints(value, critical) {
    const parsed = fromSchema(value, "basicConstraints", (schema) => new pkijs.BasicConstraints({ schema }));
    const pathLength = parsed.pathLenConstraint;
    return {
        critical,
        ca: parsed.cA,
        pathLength: pathLength === undefined ? null : typeof pathLength === "number" ? pathLength : pathLength.valueBlock.valueDec,
    };
}
function decodeKeyUsage(value) {
    const bits = parseDer(value, "keyUsage");
    if (!(bits instanceof asn1js.BitString)) {
        throw new X509Error("keyUsage: expected a BIT STRING");
    }
    const bytes = bits.valueBlock.valueHexView;
    return KEY_USAGES.filter((_, bit) => ((bytes[bit >> 3] ?? 0) & (0x80 >> (bit & 7))) !== 0);
}
function decodeExtendedKeyUsage(value) {
    const parsed = fromSchema(value, "extendedKeyUsage", (schema) => new pkijs.ExtKeyUsage({ schema }));
    const names = Object.entries(EXTENDED_KEY_USAGES);
    return parsed.keyPurposes.map((oid) => names.find(([, known]) => known === oid)?.[0] ?? oid);
}
function decodeAuthorityKeyIdentifier(value) {
    const parsed = fromSchema(value, "authorityKeyIdentifier", (schema) => new pkijs.AuthorityKeyIdentifier({ schema }));
    return parsed.keyIdentifier === undefined ? null : toHex(parsed.keyIdentifier.valueBlock.valueHexView);
}
function decodeOctetString(value, what) {
    const parsed = parseDer(value, what);
    if (!(parsed instanceof asn1js.OctetString)) {
        throw new X509Error(`${what}: expected an OCTET STRING`);
    }
    return parsed.valueBlock.valueHexView;
}
function fromSchema(value, what, build) {
    const schema = parseDer(value, what);
    try {
        return build(schema);
    }
    catch (error) {
        throw new X509Error(`${what}: malformed (${errorMessage(error)})`);
    }
}
//# sourceMappingURL=extensions.js.map