// What the certificate authority layer refuses: a command that cannot be
// built, a name that cannot become a common name or a file, a request that
// may not be signed. One line, saying what is wrong with which input.
export class CaError extends Error {
    name = "CaError";
}
export const ignoreWarnings = () => undefined;
//# sourceMappingURL=errors.js.map