import type { CertExtension } from "../model/command.js";
import type { CertificateView } from "./certificate.js";
export type Profile = "root CA" | "sub-CA" | "leaf" | "server" | "foreign";
/** `extension` is the decoded Albatross extension, null when absent or undecodable. */
export declare function classifyProfile(c: CertificateView, extension: CertExtension | null): Profile;
