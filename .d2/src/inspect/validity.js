// A certificate's validity period against a moment.
/** RFC 5280: both ends of the period belong to it. */
export function validityAt(c, at) {
    if (at.getTime() < c.notBefore.getTime())
        return "not yet valid";
    if (at.getTime() > c.notAfter.getTime())
        return "expired";
    return "valid";
}
/** RFC 3339 in UTC, whole seconds (certificates carry no fractions). */
export function isoSeconds(d) {
    return d.toISOString().replace(/\.\d{3}Z$/, "Z");
}
//# sourceMappingURL=validity.js.map