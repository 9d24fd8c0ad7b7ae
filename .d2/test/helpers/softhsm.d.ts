export declare const softhsm: {
    found: false;
    reason: string;
    module?: undefined;
} | {
    found: true;
    module: string;
    reason?: undefined;
};
/** `describe`, or `describe.skip` with the reason in its title when SoftHSM2 cannot be found. */
export declare function describeWithSoftHsm(title: string, body: (this: Mocha.Suite) => void): void;
export declare const USER_PIN = "4711-user";
export interface SoftToken {
    /** a folder for this test's files, beside (not inside) the token folder */
    readonly dir: string;
    readonly module: string;
    readonly label: string;
    /** the environment for the CLI: SOFTHSM2_CONF and PKCS11_MODULE */
    readonly env: NodeJS.ProcessEnv;
    /** a file holding the user PIN */
    readonly pinFile: string;
    /** runs pkcs11-tool (OpenSC) on this token when it is installed; null when it is not */
    tool(args: string[]): string | null;
}
/** A fresh, initialised token labelled `label` with the user PIN USER_PIN. */
export declare function newToken(label?: string): SoftToken;
/**
 * Marks the token's user PIN as locked (CKF_USER_PIN_LOCKED) in SoftHSM's
 * token file: SoftHSM itself never locks a PIN, however often it is wrong.
 * The flags are the value of its vendor attribute CKA_OS_TOKENFLAGS.
 */
export declare function lockUserPin(token: SoftToken): void;
