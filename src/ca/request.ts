// Certificate signing requests for a command, as `albatross-client <command>
// --csr` writes them: CN as the command wants it, the command (version 5) in
// the extension, `<CN>.key` reused when present, `<CN>.req` next to it.

import { type Encoded, readTlv } from "../asn1/der.js";
import { encodeExtension, encodeExtensionParts } from "../codec/index.js";
import { type Command, CURRENT_VERSION } from "../model/command.js";
import { DEFAULT_RELEASE, type Release } from "../model/release.js";
import type { Name } from "../model/name.js";
import { createCsr, DEFAULT_KEY_TYPE, type KeyType, PemText, type SigningKey } from "../x509/index.js";
import { commonNameFor, requestedName, warnIfEndpointRefuses } from "./common-name.js";
import { ignoreWarnings, type Warn } from "./errors.js";
import { assertDirectory, type FileKind, fileFor } from "./files.js";
import { type CaKeySource, caKeyFor } from "./generate.js";
import { executePlan, type Plan, type PlannedWrite } from "./plan.js";
import type { KeyOptions } from "./signing-key.js";

export interface CertificateRequest {
  commonName: string;
  /** the value of the Albatross extension (a view into `der`) */
  extension: Uint8Array;
  /** the request; `csrToPem` gives its PEM, as `<CN>.req` holds it */
  der: Uint8Array;
}

/** The extension value the release's albatross-client writes for a command. */
export function commandExtension(command: Command, release: Release): Uint8Array {
  return encodeExtension({ version: CURRENT_VERSION, command }, release);
}

/** The same, as its parts: an image is copied only into the request or certificate it goes into. */
export function commandExtensionParts(command: Command, release: Release): Encoded {
  return encodeExtensionParts({ version: CURRENT_VERSION, command }, release);
}

export async function buildRequest(command: Command, name: Name, key: SigningKey, release: Release): Promise<CertificateRequest> {
  return signedRequest(commonNameFor(command, name), commandExtensionParts(command, release), key);
}

async function signedRequest(commonName: string, extension: Encoded, key: SigningKey): Promise<CertificateRequest> {
  const der = await createCsr(commonName, key, extension);
  // the value sits at the end of the request's signed part, just before the signature algorithm and signature
  const info = readTlv(der, readTlv(der, 0, der.length).start, der.length);
  return { commonName, extension: der.subarray(info.end - extension.length, info.end), der };
}

export interface RequestFileOptions extends KeyOptions {
  keyType?: KeyType;
  /** default: the file `<CN>.key`; a sub-CA's key may be in a token */
  key?: CaKeySource;
  /** where `<CN>.key` and `<CN>.req` go (default: the current directory) */
  outDir?: string;
  warn?: Warn;
  /** the Albatross release the request is for (default: the current one) */
  release?: Release;
  /** replace an existing `<CN>.req` (never a key) */
  force?: boolean;
}

export interface RequestFiles {
  commonName: string;
  /** the key file, or the key's PKCS#11 URI */
  keyFile: string;
  /** false when an existing key was reused */
  keyCreated: boolean;
  requestFile: string;
}

export interface PlannedRequest extends RequestFiles {
  request: CertificateRequest;
  plan: Plan;
}

/**
 * The files of the requests one command line makes, in order: `<CN>.req`,
 * then `<CN>.data.req` (Albatross 2.7's create-block --data is a block add
 * followed by a block set, and albatross-client would write both into one
 * file, the second replacing the first).
 */
const REQUEST_FILES: readonly FileKind[] = ["req", "data.req"];

/** The key (when new) and the request files of one or more commands for the same name, not yet written. */
export async function planRequests(commands: readonly Command[], given: Name, o: RequestFileOptions = {}): Promise<PlannedRequest[]> {
  if (commands.length === 0 || commands.length > REQUEST_FILES.length) throw new Error(`${commands.length} commands for one request`);
  const outDir = o.outDir ?? ".";
  const release = o.release ?? DEFAULT_RELEASE;
  const warn = o.warn ?? ignoreWarnings;
  // Everything that can refuse a command is checked before a key is made.
  const name = requestedName(given, release, warn);
  const checked = commands.map((command) => {
    const commonName = commonNameFor(command, name);
    const extension = commandExtensionParts(command, release);
    // a policy add request becomes a sub-CA when signed, not a leaf
    if (command.kind !== "policy_add") warnIfEndpointRefuses(command, warn, release);
    return { commonName, extension };
  });
  const commonName = checked[0]!.commonName;
  const requestFiles = commands.map((_, i) => fileFor(outDir, commonName, REQUEST_FILES[i]!));
  await assertDirectory(outDir);
  const keyType = o.keyType ?? DEFAULT_KEY_TYPE;
  const { key, where, planned, created } = await caKeyFor(o.key ?? { kind: "file" }, fileFor(outDir, commonName, "key"), keyType, o);
  try {
    const requests: PlannedRequest[] = [];
    for (const [i, { extension }] of checked.entries()) {
      const request = await signedRequest(commonName, extension, key);
      const data = new PemText([{ label: "CERTIFICATE REQUEST", der: request.der }]);
      const file: PlannedWrite = { kind: "file", file: requestFiles[i]!, data, replace: o.force ?? false };
      // the key goes with the first request: the others are signed by the same one
      const plan: Plan = i === 0 ? [...planned, file] : [file];
      requests.push({ commonName, keyFile: where, keyCreated: i === 0 && created, requestFile: requestFiles[i]!, request, plan });
    }
    return requests;
  } finally {
    key.close?.();
  }
}

/** The key (when new) and `<CN>.req` of a request, not yet written. */
export async function planRequest(command: Command, name: Name, o: RequestFileOptions = {}): Promise<PlannedRequest> {
  return (await planRequests([command], name, o))[0]!;
}

/** Writes the requests of one command line (all or none). */
export async function writeRequests(commands: readonly Command[], name: Name, o: RequestFileOptions = {}): Promise<RequestFiles[]> {
  const planned = await planRequests(commands, name, o);
  await executePlan(planned.flatMap((p) => p.plan));
  return planned.map(({ request: _request, plan: _plan, ...files }) => files);
}

export async function writeRequest(command: Command, name: Name, o: RequestFileOptions = {}): Promise<RequestFiles> {
  return (await writeRequests([command], name, o))[0]!;
}
