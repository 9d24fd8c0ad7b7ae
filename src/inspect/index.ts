// Inspecting Albatross files and auditing certificate chains, without the CLI.

export {
  type AuditJson,
  type AuditOptions,
  type AuditResult,
  auditChain,
  auditPassed,
  auditToJson,
  auditToText,
  unreadableToJson,
} from "./audit.js";
export { type CertificateView, viewCertificate } from "./certificate.js";
export { looksLikePem, readChain, readOneCertificate } from "./chain.js";
export { delegationFindings } from "./delegation.js";
export {
  CHAIN_LENGTH_LIMIT,
  type DelegatedPolicy,
  type EndpointCertificate,
  type EndpointVerdict,
  endpointVerdict,
} from "./endpoint.js";
export { type Finding, type Severity } from "./findings.js";
export {
  type CertificateFacts,
  type ChainFacts,
  type DumpFacts,
  type ExtensionFacts,
  InspectError,
  type Inspection,
  type InspectOptions,
  inspect,
  type KeyFacts,
  type RequestFacts,
} from "./inspect.js";
export { type PublicKeyFacts, describePublicKey } from "./key.js";
export { type Profile, classifyProfile } from "./profile.js";
export { inspectionToJson } from "./json.js";
export { inspectionToText } from "./render.js";
export { endpointJson, endpointLines } from "./verdict.js";
export { type ValidityStatus, validityAt } from "./validity.js";
export { type ChainVerification, verifyChain } from "./verify.js";
