/** Every failure of the X.509 layer: one line saying what is wrong with which input. */
export class X509Error extends Error {
    name = "X509Error";
}
export function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}
//# sourceMappingURL=errors.js.map