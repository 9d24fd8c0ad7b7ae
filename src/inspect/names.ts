// Distinguished names as people read them ("CN=sub, O=robur"). The x509
// layer keeps only the common name; audits and listings show the whole name.

import * as asn1js from "asn1js";
import type * as pkijs from "pkijs";

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

export function attributeValue(v: unknown): string {
  if (v instanceof asn1js.BaseStringBlock) return v.getValue();
  if (v instanceof asn1js.BaseBlock) return `#${Buffer.from(v.toBER(false)).toString("hex")}`;
  return String(v);
}

/** The attributes in certificate order, "TYPE=value" joined by ", "; "(empty)" for an empty name. */
export function formatName(name: pkijs.RelativeDistinguishedNames): string {
  const parts = name.typesAndValues.map((tv) => `${SHORT_NAMES[tv.type] ?? tv.type}=${attributeValue(tv.value)}`);
  return parts.length ? parts.join(", ") : "(empty)";
}
