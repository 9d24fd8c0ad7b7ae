import { type Release } from "../model/release.js";
export declare const RELEASE_OPTION: {
    readonly type: "string";
    readonly describe: "the Albatross release to write and read as: 2.4 (2.4.1) or 2.7 (2.7.2) [default: $ALBATROSS_VERSION, else 2.7]";
};
export declare function releaseOf(argv: object): Release;
