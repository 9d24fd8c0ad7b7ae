export declare function benchImages(mb: number): Promise<void>;
