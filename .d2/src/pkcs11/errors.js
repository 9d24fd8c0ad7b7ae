/** Every failure reaching a key in a PKCS#11 token: one line naming the token, the object or the module. */
export class TokenError extends Error {
    name = "TokenError";
}
//# sourceMappingURL=errors.js.map