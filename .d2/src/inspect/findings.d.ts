export type Severity = "error" | "warning" | "info";
export interface Finding {
    readonly severity: Severity;
    readonly message: string;
}
export declare const error: (message: string) => Finding;
export declare const warning: (message: string) => Finding;
export declare const info: (message: string) => Finding;
