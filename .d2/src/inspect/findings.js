// What an audit found beyond the endpoint's verdict.
export const error = (message) => ({ severity: "error", message });
export const warning = (message) => ({ severity: "warning", message });
export const info = (message) => ({ severity: "info", message });
//# sourceMappingURL=findings.js.map