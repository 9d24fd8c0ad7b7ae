// What an audit found beyond the endpoint's verdict.

export type Severity = "error" | "warning" | "info";

export interface Finding {
  readonly severity: Severity;
  readonly message: string;
}

export const error = (message: string): Finding => ({ severity: "error", message });
export const warning = (message: string): Finding => ({ severity: "warning", message });
export const info = (message: string): Finding => ({ severity: "info", message });
