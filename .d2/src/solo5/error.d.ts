/**
 * The one error type of the Solo5 image reader, builder and check.
 *
 * Images arrive from users (a `create --image` path), so a malformed file is an
 * expected input, not a bug: every problem is reported as a `Solo5Error` with a
 * one-line message meant to be shown as-is. Anything else escaping from this
 * folder (RangeError, TypeError, ...) is a bug in our code.
 */
export declare class Solo5Error extends Error {
    readonly name = "Solo5Error";
    constructor(message: string);
}
