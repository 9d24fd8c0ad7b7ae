// The certificate authority: commands built as albatross-client builds them,
// requests for them, signing, one-shot leaves and new authorities. Each
// operation comes pure (values in, values out) and as files (what the CLI does).

export { CaError, ignoreWarnings, type Warn } from "./errors.js";
export { pickProfile, type ProfileSet, profileSet } from "./profiles.js";
export {
  addPolicyCommand,
  checkCompressionLevel,
  compress,
  compressInPieces,
  type Compressed,
  type ProgressCallback,
  consoleCommand,
  CLIENT_RULES,
  type BlockOptions,
  createBlockCommands,
  createBlockCommandsWithProgress,
  createCommand,
  createCommandWithProgress,
  type CreateOptions,
  DEFAULT_COMPRESSION_LEVEL,
  DEFAULT_CONSOLE_COUNT,
  DEFAULT_CPUID,
  DEFAULT_POLICY_MEMORY,
  DEFAULT_UNIKERNEL_MEMORY,
  dumpBlockCommand,
  getCommand,
  type PolicyOptions,
  restartCommand,
  setBlockCommand,
  setBlockCommandWithProgress,
  statsAddCommand,
  unikernelArguments,
  type UnikernelOptions,
} from "./commands.js";
export { commonNameFor, endpointAcceptsLeaf, NO_NAME } from "./common-name.js";
export { type CommandFromJson, commandFromJson, nameForCommonName } from "./from-json.js";
export { assertNotCaFile, type CaFiles, fileFor, type FileKind, keyForFile, newPassphraseTyped, type Passphrase, readKey } from "./files.js";
export {
  certificatesDirectory,
  describePlan,
  executePlan,
  type ExecuteOptions,
  keptCertificateFile,
  type Plan,
  type PlannedWrite,
  plannedFiles,
} from "./plan.js";
export {
  buildRequest,
  planRequest,
  planRequests,
  type PlannedRequest,
  type CertificateRequest,
  commandExtension,
  type RequestFileOptions,
  type RequestFiles,
  writeRequest,
  writeRequests,
} from "./request.js";
export {
  type Authority,
  authorityPolicy,
  certificateChain,
  checkAgainstAuthority,
  makeAuthority,
  readAuthority,
  withAuthority,
} from "./authority.js";
export { type KeyOptions, loadSigningKey } from "./signing-key.js";
export {
  type SignedCertificate,
  type SignedFiles,
  type SignFilesOptions,
  type SignManyFilesOptions,
  type SignOptions,
  signRequest,
  signRequestFiles,
  signRequestsFiles,
  signedPlan,
  assertRoot,
  certify,
  type Subject,
} from "./sign.js";
export { type AuthorityFiles, locateAuthority } from "./locate.js";
export {
  type IssuedFiles,
  type IssuedLeaf,
  type IssueFilesOptions,
  type IssueOptions,
  issueLeaf,
  issueLeafFiles,
  type LeafFilesOptions,
  planLeafFiles,
  type PlannedLeaf,
} from "./issue.js";
export {
  CA_CERTIFICATE_FILE,
  type CaKeySource,
  DEFAULT_CA_DAYS,
  DEFAULT_SERVER_DAYS,
  DEFAULT_SERVER_NAME,
  generateAuthorityFiles,
  planAuthority,
  type PlannedAuthority,
  type GeneratedFiles,
  type GenerateOptions,
} from "./generate.js";
export {
  describeIssued,
  filterIssued,
  ISSUED_KINDS,
  type IssuedEntry,
  type IssuedKind,
  type IssuedStatus,
  issuedToText,
  listIssued,
  type ListFilter,
  parseDuration,
} from "./issued.js";
export { renewCertificateFiles, type RenewFilesOptions } from "./renew.js";
