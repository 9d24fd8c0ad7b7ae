// Which of our certificate profiles (SPEC section 4) a certificate matches,
// from its basicConstraints, extendedKeyUsage and Albatross extension.
/** `extension` is the decoded Albatross extension, null when absent or undecodable. */
export function classifyProfile(c, extension) {
    const isCa = c.basicConstraints?.ca === true;
    const purposes = c.extendedKeyUsage?.purposes ?? [];
    const carriesExtension = c.albatrossExtension !== null;
    if (isCa && c.selfIssued && !carriesExtension)
        return "root CA";
    if (isCa && !c.selfIssued && extension?.command.kind === "policy_add")
        return "sub-CA";
    if (!isCa && extension !== null && extension.command.kind !== "policy_add" && purposes.includes("clientAuth")) {
        return "leaf";
    }
    if (!isCa && !carriesExtension && purposes.includes("serverAuth"))
        return "server";
    return "foreign";
}
//# sourceMappingURL=profile.js.map