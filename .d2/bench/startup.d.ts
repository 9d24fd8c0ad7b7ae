export declare function benchStartup(): Promise<void>;
