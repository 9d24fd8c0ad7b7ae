// What Albatross's TLS endpoint makes of a client's certificate chain
// (Vmm_tls.handle, Albatross 2.4.1): the unikernel name from the subject
// common names, the policies of the sub-CAs, and the leaf's command — or
// Albatross's error message. X.509 validity is not its concern: the TLS
// layer has verified the chain before.

import { decodeExtension } from "../codec/index.js";
import { type CertExtension, familyOf } from "../model/command.js";
import { type Name, appendPath, createName } from "../model/name.js";
import type { Policy } from "../model/policy.js";
import { ppCommand } from "../render/albatross.js";

/** The two things the endpoint reads of a certificate. */
export interface EndpointCertificate {
  readonly subjectCn: string | null;
  /** The value of extension 1.3.6.1.4.1.49836.42, whatever its criticality. */
  readonly albatrossExtension: { readonly value: Uint8Array } | null;
}

export interface DelegatedPolicy {
  readonly path: readonly string[];
  readonly policy: Policy;
}

export type EndpointVerdict =
  | {
      readonly accepted: true;
      readonly name: Name;
      /** Deepest sub-CA first, as Albatross returns them. */
      readonly policies: readonly DelegatedPolicy[];
      readonly extension: CertExtension;
    }
  | { readonly accepted: false; readonly error: string };

/** A chain of this many certificates or more is refused. */
export const CHAIN_LENGTH_LIMIT = 10;

class Rejected extends Error {}

function reject(message: string): never {
  throw new Rejected(message);
}

function wireCommand(c: EndpointCertificate): CertExtension | null {
  if (c.albatrossExtension === null) return null;
  try {
    return decodeExtension(c.albatrossExtension.value);
  } catch (e) {
    return reject((e as Error).message);
  }
}

const EMPTY_NAME_REFUSED: Partial<Record<string, string>> = {
  policy_add: "policy add",
  policy_remove: "policy remove",
  block_add: "block add",
  block_remove: "block remove",
  block_set: "block set",
  block_dump: "block dump",
};

/**
 * Vmm_tls.cert_name: certificates without our extension have no name; a
 * missing common name is fine unless the command needs one.
 */
function certName(c: EndpointCertificate): string | null {
  if (c.albatrossExtension === null) return null;
  if (c.subjectCn !== null) return c.subjectCn;
  let ext: CertExtension;
  try {
    ext = decodeExtension(c.albatrossExtension.value);
  } catch {
    return reject("couldn't parse albatross extension");
  }
  const what = EMPTY_NAME_REFUSED[ext.command.kind];
  return what === undefined ? null : reject(`${what} may not have an empty name`);
}

/** Vmm_tls.extract_policies over the intermediates, root side first. */
function extractPolicies(rootFirst: readonly EndpointCertificate[]): { path: string[]; policies: DelegatedPolicy[] } {
  let path: string[] = [];
  const policies: DelegatedPolicy[] = [];
  for (const cert of rootFirst) {
    const ext = wireCommand(cert);
    if (ext === null) continue;
    if (ext.command.kind !== "policy_add") reject(`unexpected wire ${ppCommand(ext.command)}`);
    const cn = certName(cert);
    if (cn !== null) path = nameStep(() => appendPath(path, cn));
    policies.unshift({ path, policy: ext.command.policy });
  }
  return { path, policies };
}

/** Name errors carry Albatross's message ("invalid path: x"); they reject the chain. */
function nameStep<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    return reject((e as Error).message);
  }
}

function leafAllowed(ext: CertExtension): boolean {
  const c = ext.command;
  switch (familyOf(c)) {
    case "console":
      return c.kind === "console_subscribe" || c.kind === "old_console_subscribe";
    case "stats":
      return c.kind === "stats_subscribe";
    case "policy":
      return c.kind === "policy_info";
    case "unikernel":
    case "block":
      return true;
  }
}

function handle(chain: readonly EndpointCertificate[]): EndpointVerdict {
  if (chain.length >= CHAIN_LENGTH_LIMIT) reject("certificate chain too long");
  const [leaf, ...intermediates] = chain;
  if (leaf === undefined) return reject("empty chain");
  const { path, policies } = extractPolicies(intermediates.reverse());
  const cn = certName(leaf);
  const name: Name =
    cn === null || cn === "." || cn === ":" ? { path, name: null } : nameStep(() => createName(path, cn));
  const ext = wireCommand(leaf);
  if (ext === null) reject("leaf certificate does not contain an albatross extension");
  if (!leafAllowed(ext)) reject("unexpected command");
  return { accepted: true, name, policies, extension: ext };
}

/** Vmm_tls.handle on a leaf-first chain. */
export function endpointVerdict(chain: readonly EndpointCertificate[]): EndpointVerdict {
  try {
    return handle(chain);
  } catch (e) {
    if (e instanceof Rejected) return { accepted: false, error: e.message };
    throw e;
  }
}
