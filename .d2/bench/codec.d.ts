export declare function benchCodec(): void;
