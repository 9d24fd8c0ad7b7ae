export declare function benchHostile(): Promise<void>;
