export declare function compareValues<T extends bigint | string>(a: T, b: T): number;
export declare function sortedUnique<T extends bigint | string>(xs: readonly T[]): T[];
