// A signing authority — the root CA or a sub-CA — and what it may sign: a
// sub-CA carries a policy, and nothing it signs may exceed it (the checks of
// albatross-client's `sign` and of its on-the-fly certificates).
import { decodeExtension } from "../codec/index.js";
import { fitsPolicy } from "../model/fits.js";
import { checkSmaller, checkUsable, PolicyError } from "../model/policy.js";
import { certificateToPem, parseCertificate, splitPem } from "../x509/index.js";
import { CaError } from "./errors.js";
import { readInputFile } from "./files.js";
import { loadSigningKey } from "./signing-key.js";
/** The policy in a CA certificate's Albatross extension, if it has one. */
export function authorityPolicy(certificate, release) {
    if (certificate.albatrossExtension === null)
        return null;
    let command;
    try {
        command = decodeExtension(certificate.albatrossExtension.value, release).command;
    }
    catch {
        throw new CaError("couldn't parse albatross extension in cert");
    }
    return command.kind === "policy_add" ? command.policy : null;
}
export function makeAuthority(certificatePem, key, release) {
    const certificates = splitPem(certificatePem);
    const certificate = parseCertificate(certificates[0]);
    if (Buffer.compare(Buffer.from(certificate.publicKey), Buffer.from(key.spki)) !== 0) {
        throw new CaError("Public key of certificate doesn't match private key");
    }
    return { certificates, certificate, key, policy: authorityPolicy(certificate, release) };
}
/** The CA certificate file and its key: a key file or a PKCS#11 URI (see loadSigningKey). */
export async function readAuthority(certificateFile, keySpec, release, o = {}) {
    const pem = (await readInputFile(certificateFile, "CA certificate")).toString("latin1");
    const key = await loadSigningKey(keySpec, o);
    try {
        return makeAuthority(pem, key, release);
    }
    catch (e) {
        key.close?.();
        throw new CaError(`${certificateFile}: ${e.message}`);
    }
}
/** Runs `use` with the authority and closes its key afterwards (a token session). */
export async function withAuthority(certificateFile, keySpec, release, o, use) {
    const authority = await readAuthority(certificateFile, keySpec, release, o);
    try {
        return await use(authority);
    }
    finally {
        authority.key.close?.();
    }
}
/**
 * Albatross's checks before signing a command: a policy must be usable and
 * within the authority's; a unikernel's resources (on create, and on restart
 * with new arguments) must fit it. Throws PolicyError with Albatross's message.
 */
/** A unikernel on no CPU: albatross-client 2.7 never writes one, and no policy check would catch it. */
function refuseNoCpus(c) {
    if (c.cpuids.length === 0)
        throw new PolicyError("CPUids may not be empty");
}
export function checkAgainstAuthority(command, policy, release) {
    switch (command.kind) {
        case "policy_add":
            checkUsable(command.policy);
            if (policy)
                checkSmaller(policy, command.policy);
            return;
        case "unikernel_create":
        case "unikernel_force_create":
            refuseNoCpus(command.config);
            if (policy)
                fitsPolicy(policy, command.config, release);
            return;
        case "unikernel_restart":
            if (command.arguments)
                refuseNoCpus(command.arguments);
            if (policy && command.arguments)
                fitsPolicy(policy, command.arguments, release);
            return;
    }
}
/**
 * A new certificate as the file to hand out: it, then the authority's
 * certificates except self-signed ones (a root is the verifier's trust anchor,
 * never sent along). With the CA's chain kept in its file, this is the whole
 * chain up to the root.
 */
export function chainPem(newCertificatePem, authority) {
    let rest = chains.get(authority.certificates);
    if (rest === undefined) {
        rest = authority.certificates.filter((der) => !parseCertificate(der).selfIssued).map(certificateToPem).join("");
        chains.set(authority.certificates, rest);
    }
    return newCertificatePem + rest;
}
/** What follows each certificate an authority signs: a batch parses the authority's certificates once. */
const chains = new WeakMap();
//# sourceMappingURL=authority.js.map