export declare function checkRequestOuter(der: Uint8Array): void;
