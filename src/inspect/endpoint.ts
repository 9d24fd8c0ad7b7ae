// What Albatross's TLS endpoint makes of a client's certificate chain
// (Vmm_tls.handle of Albatross 2.4.1 and 2.7.2): the unikernel name from the
// subject common names, the policies of the sub-CAs, and the leaf's command —
// or Albatross's error message. X.509 validity is not its concern: the TLS
// layer has verified the chain before. What differs between the releases is
// one table (ENDPOINT_RULES).

import { decodeExtension } from "../codec/extension.js";
import { type CertExtension, type Command, type CommandKind, familyOf } from "../model/command.js";
import { type Name, appendPath, createName, labelOfString27 } from "../model/name.js";
import type { Policy } from "../model/policy.js";
import type { Release } from "../model/release.js";
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
      /** the release whose endpoint judged (and whose words print the command) */
      readonly release: Release;
    }
  | { readonly accepted: false; readonly error: string; readonly release: Release };

/** A chain of this many certificates or more is refused. */
export const CHAIN_LENGTH_LIMIT = 10;

class Rejected extends Error {}

function reject(message: string): never {
  throw new Rejected(message);
}

interface EndpointRules {
  /** the commands that need a common name, and how the refusal names them */
  emptyNameRefused: Partial<Record<CommandKind, string>>;
  /** the console commands a leaf may carry */
  consoleLeaves: readonly CommandKind[];
  /** a sub-CA's common name appended to the path */
  appendLabel(path: string[], label: string): string[];
  /** the leaf's common name under the path */
  leafName(path: string[], label: string): Name;
}

const ENDPOINT_RULES: Record<Release, EndpointRules> = {
  "2.4": {
    // 2.4.1's add and set carry their data: our old_block_add / old_block_set
    emptyNameRefused: {
      policy_add: "policy add",
      policy_remove: "policy remove",
      old_block_add: "block add",
      block_remove: "block remove",
      old_block_set: "block set",
      block_dump: "block dump",
    },
    consoleLeaves: ["console_subscribe", "old_console_subscribe"],
    appendLabel: appendPath,
    leafName: createName,
  },
  "2.7": {
    emptyNameRefused: {
      policy_add: "policy add",
      policy_remove: "policy remove",
      block_add: "block add",
      old_block_add: "old block add",
      block_remove: "block remove",
      block_set: "block set",
      old_block_set: "old block set",
      block_dump: "block dump",
      old_block_dump: "block dump",
    },
    consoleLeaves: ["console_subscribe", "console_list_inactive"],
    appendLabel: (path, label) => [...path, labelOfString27(label)],
    leafName: (path, label) => ({ path: [...path], name: labelOfString27(label) }),
  },
};

function wireCommand(c: EndpointCertificate, release: Release): CertExtension | null {
  if (c.albatrossExtension === null) return null;
  try {
    return decodeExtension(c.albatrossExtension.value, release);
  } catch (e) {
    return reject((e as Error).message);
  }
}

/**
 * Vmm_tls.cert_name: certificates without our extension have no name; a
 * missing common name is fine unless the command needs one.
 */
function certName(c: EndpointCertificate, release: Release): string | null {
  if (c.albatrossExtension === null) return null;
  if (c.subjectCn !== null) return c.subjectCn;
  let ext: CertExtension;
  try {
    ext = decodeExtension(c.albatrossExtension.value, release);
  } catch {
    return reject("couldn't parse albatross extension");
  }
  const what = ENDPOINT_RULES[release].emptyNameRefused[ext.command.kind];
  return what === undefined ? null : reject(`${what} may not have an empty name`);
}

/** Vmm_tls.extract_policies over the intermediates, root side first. */
function extractPolicies(
  rootFirst: readonly EndpointCertificate[],
  release: Release,
): { path: string[]; policies: DelegatedPolicy[] } {
  let path: string[] = [];
  const policies: DelegatedPolicy[] = [];
  for (const cert of rootFirst) {
    const ext = wireCommand(cert, release);
    if (ext === null) continue;
    if (ext.command.kind !== "policy_add") reject(`unexpected wire ${ppCommand(ext.command, release)}`);
    const cn = certName(cert, release);
    if (cn !== null) path = nameStep(() => ENDPOINT_RULES[release].appendLabel(path, cn));
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

function leafAllowed(ext: CertExtension, release: Release): boolean {
  return leafCommandAllowed(ext.command, release);
}

/** Whether the release's endpoint executes this command when a leaf certificate carries it. */
export function leafCommandAllowed(c: Command, release: Release): boolean {
  switch (familyOf(c)) {
    case "console":
      return ENDPOINT_RULES[release].consoleLeaves.includes(c.kind);
    case "stats":
      return c.kind === "stats_subscribe";
    case "policy":
      return c.kind === "policy_info";
    case "unikernel":
    case "block":
      return true;
  }
}

function handle(chain: readonly EndpointCertificate[], release: Release): EndpointVerdict {
  if (chain.length >= CHAIN_LENGTH_LIMIT) reject("certificate chain too long");
  const [leaf, ...intermediates] = chain;
  if (leaf === undefined) return reject("empty chain");
  const { path, policies } = extractPolicies(intermediates.reverse(), release);
  const cn = certName(leaf, release);
  const name: Name =
    cn === null || cn === "." || cn === ":"
      ? { path, name: null }
      : nameStep(() => ENDPOINT_RULES[release].leafName(path, cn));
  const ext = wireCommand(leaf, release);
  if (ext === null) reject("leaf certificate does not contain an albatross extension");
  if (!leafAllowed(ext, release)) reject("unexpected command");
  return { accepted: true, name, policies, extension: ext, release };
}

/** Vmm_tls.handle of `release` on a leaf-first chain. */
export function endpointVerdict(chain: readonly EndpointCertificate[], release: Release): EndpointVerdict {
  try {
    return handle(chain, release);
  } catch (e) {
    if (e instanceof Rejected) return { accepted: false, error: e.message, release };
    throw e;
  }
}
