// Reading X.509 structures with asn1js for what the x509 layer does not
// expose (full names, the extension list, telling a DER file's kind).

import * as asn1js from "asn1js";

/**
 * asn1js stops at 16 MiB and 10,000 nodes by default and looks for ASN.1 in
 * every OCTET STRING; a create certificate carries a whole unikernel image.
 * The same limits as the x509 layer's.
 */
const OPTIONS = { maxContentLength: 2 ** 31, maxNodes: 1_000_000, parseEmbedded: false } as const;

/** The ASN.1 value spanning all of `der`, or null. */
export function parseWhole(der: Uint8Array): asn1js.AsnType | null {
  const parsed = asn1js.fromBER(der, OPTIONS);
  return parsed.offset === der.byteLength ? parsed.result : null;
}
