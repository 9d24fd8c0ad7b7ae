// Inspecting Albatross files and auditing certificate chains, without the CLI.
export { auditChain, auditPassed, auditToJson, auditToText, unreadableToJson, } from "./audit.js";
export { viewCertificate } from "./certificate.js";
export { looksLikePem, readChain, readOneCertificate } from "./chain.js";
export { delegationFindings } from "./delegation.js";
export { CHAIN_LENGTH_LIMIT, endpointVerdict, } from "./endpoint.js";
export { InspectError, inspect, } from "./inspect.js";
export { describePublicKey } from "./key.js";
export { classifyProfile } from "./profile.js";
export { endpointJson, endpointLines, inspectionToJson, inspectionToText } from "./render.js";
export { validityAt } from "./validity.js";
export { verifyChain } from "./verify.js";
//# sourceMappingURL=index.js.map