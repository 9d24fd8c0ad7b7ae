/** Every failure of the X.509 layer: one line saying what is wrong with which input. */
export declare class X509Error extends Error {
    name: string;
}
export declare function errorMessage(error: unknown): string;
