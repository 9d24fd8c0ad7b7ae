export declare function benchPkcs11(): Promise<void>;
