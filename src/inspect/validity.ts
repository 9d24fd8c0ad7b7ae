// A certificate's validity period against a moment.

export type ValidityStatus = "valid" | "expired" | "not yet valid";

/** RFC 5280: both ends of the period belong to it. */
export function validityAt(c: { readonly notBefore: Date; readonly notAfter: Date }, at: Date): ValidityStatus {
  if (at.getTime() < c.notBefore.getTime()) return "not yet valid";
  if (at.getTime() > c.notAfter.getTime()) return "expired";
  return "valid";
}

/** RFC 3339 in UTC, whole seconds (certificates carry no fractions). */
export function isoSeconds(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, "Z");
}
