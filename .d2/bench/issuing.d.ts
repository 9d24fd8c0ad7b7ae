export declare function benchIssuing(): Promise<void>;
