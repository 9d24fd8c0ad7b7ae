// Distinguished names as people read them ("CN=sub, O=robur"). The x509
// layer keeps only the common name; audits and listings show the whole name.

import { encodingOf } from "../asn1/schema.js";
import type { AttributeTypeAndValue, Name } from "../x509/grammar.js";
import { characterString } from "../x509/names.js";

const SHORT_NAMES: Readonly<Record<string, string>> = {
  "2.5.4.3": "CN",
  "2.5.4.5": "serialNumber",
  "2.5.4.6": "C",
  "2.5.4.7": "L",
  "2.5.4.8": "ST",
  "2.5.4.10": "O",
  "2.5.4.11": "OU",
  "1.2.840.113549.1.9.1": "emailAddress",
  "0.9.2342.19200300.100.1.25": "DC",
};

/** A character string as its text, anything else as "#" and the hex of its DER (RFC 4514). */
function attributeValue(a: AttributeTypeAndValue): string {
  return characterString(a.value) ?? `#${Buffer.from(encodingOf(a.value)).toString("hex")}`;
}

/** The RDNs in certificate order joined by ", ", a multi-valued one's "TYPE=value"s by "+"; "(empty)" for an empty name. */
export function formatName(name: Name): string {
  const parts = relativeNames(name).map((rdn) => rdn.map((a) => `${SHORT_NAMES[a.type] ?? a.type}=${a.value}`).join("+"));
  return parts.length ? parts.join(", ") : "(empty)";
}

export interface NameAttribute {
  readonly type: string;
  readonly value: string;
}

/**
 * The relative names of a Name, each a set of attributes: ocaml-x509 compares
 * names RDN by RDN, so "CN=a+O=b" (one RDN) is not "CN=a, O=b" (two).
 */
export function relativeNames(name: Name): NameAttribute[][] {
  return name.map((rdn) => rdn.map((a) => ({ type: a.type, value: attributeValue(a) })));
}
