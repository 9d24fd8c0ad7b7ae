// The certificate authority: commands built as albatross-client builds them,
// requests for them, signing, one-shot leaves and new authorities. Each
// operation comes pure (values in, values out) and as files (what the CLI does).
export { CaError, ignoreWarnings } from "./errors.js";
export { pickProfile, profileSet } from "./profiles.js";
export { addPolicyCommand, checkCompressionLevel, compress, consoleCommand, CLIENT_RULES, createBlockCommands, createCommand, DEFAULT_COMPRESSION_LEVEL, DEFAULT_CONSOLE_COUNT, DEFAULT_CPUID, DEFAULT_POLICY_MEMORY, DEFAULT_UNIKERNEL_MEMORY, dumpBlockCommand, getCommand, restartCommand, setBlockCommand, statsAddCommand, unikernelArguments, } from "./commands.js";
export { commonNameFor, endpointAcceptsLeaf, NO_NAME } from "./common-name.js";
export { commandFromJson, nameForCommonName } from "./from-json.js";
export { assertNotCaFile, fileFor, keyForFile, newPassphraseTyped, readKey } from "./files.js";
export { certificatesDirectory, describePlan, executePlan, keptCertificateFile, plannedFiles, } from "./plan.js";
export { buildRequest, planRequest, planRequests, commandExtension, writeRequest, writeRequests, } from "./request.js";
export { authorityPolicy, chainPem, checkAgainstAuthority, makeAuthority, readAuthority, withAuthority, } from "./authority.js";
export { loadSigningKey } from "./signing-key.js";
export { signRequest, signRequestFiles, signRequestsFiles, signedPlan, assertRoot, certify, } from "./sign.js";
export { locateAuthority } from "./locate.js";
export { issueLeaf, issueLeafFiles, planLeafFiles, } from "./issue.js";
export { CA_CERTIFICATE_FILE, DEFAULT_CA_DAYS, DEFAULT_SERVER_DAYS, DEFAULT_SERVER_NAME, generateAuthorityFiles, planAuthority, } from "./generate.js";
export { describeIssued, filterIssued, ISSUED_KINDS, issuedToText, listIssued, parseDuration, } from "./issued.js";
export { renewCertificateFiles } from "./renew.js";
//# sourceMappingURL=index.js.map