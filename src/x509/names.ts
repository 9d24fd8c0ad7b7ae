import * as asn1js from "asn1js";
import * as pkijs from "pkijs";

import { X509Error } from "./errors.js";

export const COMMON_NAME_OID = "2.5.4.3";

/** `CN=<name>` and nothing else, as a UTF8String like Albatross writes it. */
export function commonNameSubject(commonName: string): pkijs.RelativeDistinguishedNames {
  if (commonName.length === 0) {
    throw new X509Error("the common name must not be empty");
  }
  return new pkijs.RelativeDistinguishedNames({
    typesAndValues: [
      new pkijs.AttributeTypeAndValue({ type: COMMON_NAME_OID, value: new asn1js.Utf8String({ value: commonName }) }),
    ],
  });
}

/** The first common name of a distinguished name, or null when it has none. */
export function commonNameOf(name: pkijs.RelativeDistinguishedNames): string | null {
  const attribute = name.typesAndValues.find((candidate) => candidate.type === COMMON_NAME_OID);
  if (attribute === undefined) {
    return null;
  }
  if (!(attribute.value instanceof asn1js.BaseStringBlock)) {
    throw new X509Error("the common name is not a character string");
  }
  return attribute.value.getValue();
}
