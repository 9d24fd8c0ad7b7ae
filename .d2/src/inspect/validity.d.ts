export type ValidityStatus = "valid" | "expired" | "not yet valid";
/** RFC 5280: both ends of the period belong to it. */
export declare function validityAt(c: {
    readonly notBefore: Date;
    readonly notAfter: Date;
}, at: Date): ValidityStatus;
/** RFC 3339 in UTC, whole seconds (certificates carry no fractions). */
export declare function isoSeconds(d: Date): string;
