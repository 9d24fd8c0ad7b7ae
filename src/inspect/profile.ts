// Which of our certificate profiles (SPEC section 4) a certificate matches,
// from its basicConstraints, extendedKeyUsage and Albatross extension.

import type { CertExtension } from "../model/command.js";
import type { CertificateView } from "./certificate.js";

export type Profile = "root CA" | "sub-CA" | "leaf" | "server" | "foreign";

/** `extension` is the decoded Albatross extension, null when absent or undecodable. */
export function classifyProfile(c: CertificateView, extension: CertExtension | null): Profile {
  const isCa = c.basicConstraints?.ca === true;
  const purposes = c.extendedKeyUsage?.purposes ?? [];
  const carriesExtension = c.albatrossExtension !== null;
  if (isCa && c.selfIssued && !carriesExtension) return "root CA";
  if (isCa && !c.selfIssued && extension?.command.kind === "policy_add") return "sub-CA";
  if (!isCa && extension !== null && extension.command.kind !== "policy_add" && purposes.includes("clientAuth")) {
    return "leaf";
  }
  if (!isCa && !carriesExtension && purposes.includes("serverAuth")) return "server";
  return "foreign";
}
