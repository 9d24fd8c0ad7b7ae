// One-shot certificates: what albatross-client mints when it talks to a
// remote Albatross directly (--destination) — a fresh key and a five-minute
// leaf for one command, signed by a CA or sub-CA key without any request.

import path from "node:path";
import type { Command } from "../model/command.js";
import type { Name } from "../model/name.js";
import {
  BUILTIN_PROFILES,
  DEFAULT_KEY_TYPE,
  generateKey,
  type IssuedCertificate,
  issueCertificate,
  type KeyPair,
  type KeyType,
  ONE_SHOT_LEAF_SECONDS,
  type PemText,
  privateKeyToPem,
  withValidity,
} from "../x509/index.js";
import { DEFAULT_RELEASE, type Release } from "../model/release.js";
import { type Authority, certificateChain, checkAgainstAuthority, withAuthority } from "./authority.js";
import { commonNameFor, requestedName, warnIfEndpointRefuses } from "./common-name.js";
import { ignoreWarnings, type Warn } from "./errors.js";
import { assertDirectory, fileFor } from "./files.js";
import { executePlan, type Plan } from "./plan.js";
import { commandExtensionParts } from "./request.js";
import type { KeyOptions } from "./signing-key.js";

export interface IssueOptions {
  keyType?: KeyType;
  now?: Date;
  warn?: Warn;
  /** the Albatross release whose checks apply and whose encoding is written (default: the current one) */
  release?: Release;
}

export interface IssuedLeaf {
  commonName: string;
  key: KeyPair;
  certificate: IssuedCertificate;
  /** the leaf followed by the authority's certificates that are not self-signed, as written to its file */
  chain: PemText;
  /** `chain` as one string, made each time it is read (not carried by a spread) */
  readonly chainPem: string;
}

export async function issueLeaf(authority: Authority, command: Command, name: Name, o: IssueOptions = {}): Promise<IssuedLeaf> {
  const commonName = commonNameFor(command, name);
  const release = o.release ?? DEFAULT_RELEASE;
  checkAgainstAuthority(command, authority.policy, release);
  warnIfEndpointRefuses(command, o.warn ?? ignoreWarnings, release);
  const albatrossExtension = commandExtensionParts(command, release);
  const key = await generateKey(o.keyType ?? DEFAULT_KEY_TYPE);
  const certificate = await issueCertificate({
    issuer: { kind: "ca", certificate: authority.certificates[0]!, key: authority.key },
    subjectCn: commonName,
    subjectPublicKey: key.spki,
    profile: withValidity(BUILTIN_PROFILES.leaf, ONE_SHOT_LEAF_SECONDS),
    albatrossExtension,
    ...(o.now === undefined ? {} : { now: o.now }),
  });
  return new Leaf(commonName, key, certificate, certificateChain(certificate.der, authority));
}

/** With `chainPem` a getter of the class, as sign's certificates (an object literal's own getter makes a slow dictionary). */
class Leaf implements IssuedLeaf {
  constructor(
    public commonName: string,
    public key: KeyPair,
    public certificate: IssuedCertificate,
    public chain: PemText,
  ) {}

  get chainPem(): string {
    return this.chain.toString();
  }
}

export interface LeafFilesOptions extends IssueOptions {
  /** where `<CN>-<serial>.key` and `.pem` go (default: the current directory) */
  outDir?: string;
}

export interface IssueFilesOptions extends LeafFilesOptions, KeyOptions {
  caCertificateFile: string;
  /** a key file or a PKCS#11 URI */
  caKeyFile: string;
}

export interface IssuedFiles extends IssuedLeaf {
  keyFile: string;
  certificateFile: string;
}

export interface PlannedLeaf extends IssuedFiles {
  plan: Plan;
}

/** Checked before a CA key is read: the name, and where the files go. */
async function leafName(given: Name, command: Command, o: LeafFilesOptions): Promise<Name> {
  const name = requestedName(given, o.release ?? DEFAULT_RELEASE, o.warn ?? ignoreWarnings);
  fileFor(o.outDir ?? ".", commonNameFor(command, name), "key");
  await assertDirectory(o.outDir ?? ".");
  return name;
}

/**
 * A one-shot key is disposable: each issue writes a fresh one, named after
 * the CN and the certificate's serial (`<CN>-<serial>.key` and `.pem`), so
 * issuing again never meets — nor replaces — an earlier key.
 */
export async function planLeafFiles(authority: Authority, command: Command, given: Name, o: LeafFilesOptions = {}): Promise<PlannedLeaf> {
  const name = await leafName(given, command, o);
  const issued = await issueLeaf(authority, command, name, o);
  const base = path.join(o.outDir ?? ".", `${issued.commonName}-${issued.certificate.serialHex.slice(0, 12)}`);
  const keyFile = `${base}.key`;
  const certificateFile = `${base}.pem`;
  const plan: Plan = [
    { kind: "key", file: keyFile, pem: privateKeyToPem(issued.key) },
    { kind: "file", file: certificateFile, data: issued.chain, replace: false },
  ];
  return Object.assign(issued, { keyFile, certificateFile, plan });
}

export async function issueLeafFiles(command: Command, given: Name, o: IssueFilesOptions): Promise<IssuedFiles> {
  const name = await leafName(given, command, o);
  const planned = await withAuthority(o.caCertificateFile, o.caKeyFile, o.release ?? DEFAULT_RELEASE, o, (authority) =>
    planLeafFiles(authority, command, name, o),
  );
  await executePlan(planned.plan);
  return planned;
}
