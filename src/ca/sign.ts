// `sign`: turn a request into a certificate, as albatross-client's `sign`.
// The request's command picks the profile (policy add: sub-CA; any other
// command: leaf; none: server). Every check runs before anything is written.

import path from "node:path";
import { DecodeError, decodeExtension } from "../codec/index.js";
import { type CertExtension, type Command, CURRENT_VERSION } from "../model/command.js";
import { isValidLabel } from "../model/name.js";
import { DEFAULT_RELEASE, type Release } from "../model/release.js";
import {
  type IssuedCertificate,
  issueCertificate,
  parseCsr,
  type PemText,
  type ProfileKind,
  weakPublicKey,
  weakSignatureAlgorithm,
} from "../x509/index.js";
import { type Authority, certificateChain, checkAgainstAuthority, withAuthority } from "./authority.js";
import { warnIfEndpointRefuses } from "./common-name.js";
import { CaError, ignoreWarnings, type Warn } from "./errors.js";
import { pickProfile, type ProfileSet } from "./profiles.js";
import { assertDirectory, assertNotCaFile, fileFor, readRequestFile } from "./files.js";
import type { Chunked } from "../fsutil/index.js";
import { executePlan, type ExecuteOptions, type Plan } from "./plan.js";
import { commandExtensionParts } from "./request.js";
import type { KeyOptions } from "./signing-key.js";

export interface SignOptions {
  /** validity; default by profile: sub-CA 365, leaf 1, server 365 */
  days?: number;
  /** the operator's profiles, by kind (default: templates/profiles) */
  profiles?: ProfileSet;
  now?: Date;
  warn?: Warn;
  /** the Albatross release whose checks apply and whose encoding is written (default: the current one) */
  release?: Release;
}

export interface SignedCertificate {
  commonName: string;
  profile: ProfileKind;
  /** the request's command; null for a server certificate */
  command: Command | null;
  certificate: IssuedCertificate;
  /** the certificate followed by the authority's certificates that are not self-signed, as written to its file */
  chain: PemText;
  /** `chain` as one string, made each time it is read (not carried by a spread) */
  readonly chainPem: string;
}

function profileFor(command: Command | null): ProfileKind {
  if (command === null) return "server";
  return command.kind === "policy_add" ? "sub-ca" : "leaf";
}

function decodeRequested(extension: Uint8Array, release: Release): CertExtension {
  try {
    return decodeExtension(extension, release);
  } catch (e) {
    const message = e instanceof DecodeError ? e.withHint : (e as Error).message;
    throw new CaError(`the request's Albatross extension does not decode: ${message}`);
  }
}

/** The request's command; signRequest re-encodes it at our version, as Albatross does. */
function requestedCommand(extension: Uint8Array | null, warn: Warn, release: Release): Command | null {
  if (extension === null) return null;
  const { version, command } = decodeRequested(extension, release);
  if (version !== CURRENT_VERSION) {
    warn(`version in request (${version}) different from our version ${CURRENT_VERSION}, using ours`);
  }
  return command;
}

export async function signRequest(
  authority: Authority,
  request: string | Uint8Array,
  o: SignOptions = {},
): Promise<SignedCertificate> {
  const warn = o.warn ?? ignoreWarnings;
  const release = o.release ?? DEFAULT_RELEASE;
  const csr = await parseCsr(request);
  const commonName = csr.subjectCn;
  if (commonName === null) throw new CaError("couldn't find name (no common name in CSR subject)");
  // The endpoint takes sub-CA CNs as path labels and a leaf CN as the name; a CN is also our file name.
  if (!isValidLabel(commonName)) {
    throw new CaError(
      `the common name ${JSON.stringify(commonName)} is not an Albatross label ` +
        "(1 to 63 of a-z A-Z 0-9 - ., not starting with -)",
    );
  }
  const weak = weakSignatureAlgorithm(csr.signatureAlgorithmOid);
  if (weak !== null) throw new CaError(`refusing to sign the request for ${commonName}: ${weak}`);
  const command = requestedCommand(csr.albatrossExtension, warn, release);
  return certify(authority, { commonName, publicKey: csr.publicKey, command }, o);
}

/** What a certificate certifies: a subject, its key, and the command it carries (none for a server). */
export interface Subject {
  commonName: string;
  /** SubjectPublicKeyInfo DER */
  publicKey: Uint8Array;
  command: Command | null;
}

/** The checks of `sign` and the certificate, for a request or for a renewal. */
export async function certify(authority: Authority, subject: Subject, o: SignOptions = {}): Promise<SignedCertificate> {
  const warn = o.warn ?? ignoreWarnings;
  const release = o.release ?? DEFAULT_RELEASE;
  const { commonName, publicKey, command } = subject;
  const weak = weakPublicKey(publicKey);
  if (weak !== null) throw new CaError(`refusing to sign for ${commonName}: ${weak}`);
  if (command === null) {
    assertRoot(authority);
    warn("signing certificate without albatross extension (e.g. host certificate)");
  } else {
    checkAgainstAuthority(command, authority.policy, release);
  }
  const profile = profileFor(command);
  if (command !== null && profile === "leaf") warnIfEndpointRefuses(command, warn, release);
  const certificate = await issueCertificate({
    issuer: { kind: "ca", certificate: authority.certificates[0]!, key: authority.key },
    subjectCn: commonName,
    subjectPublicKey: publicKey,
    profile: pickProfile(profile, o.profiles, o.days),
    ...(command === null ? {} : { albatrossExtension: commandExtensionParts(command, release) }),
    ...(o.now === undefined ? {} : { now: o.now }),
  });
  return new Signed(commonName, profile, command, certificate, certificateChain(certificate.der, authority));
}

/**
 * With `chainPem` read from `chain` when asked, a getter of the class: an
 * object literal with a getter of its own is a slow dictionary each time, in
 * V8. Add fields with Object.assign: a spread leaves `chainPem` out.
 */
class Signed implements SignedCertificate {
  constructor(
    public commonName: string,
    public profile: ProfileKind,
    public command: Command | null,
    public certificate: IssuedCertificate,
    public chain: PemText,
  ) {}

  get chainPem(): string {
    return this.chain.toString();
  }
}

/**
 * albatross-client trusts any server certificate that chains to the root:
 * one issued by a tenant's sub-CA would let the tenant impersonate Albatross.
 */
export function assertRoot(authority: Authority): void {
  if (!authority.certificate.selfIssued) {
    const cn = authority.certificate.subjectCn ?? "without common name";
    throw new CaError(
      `only the root CA issues server certificates (the request has no Albatross extension), and ${cn} is a sub-CA: ` +
        "a server certificate below it could impersonate the Albatross server",
    );
  }
}

export interface SignFilesOptions extends SignOptions, ExecuteOptions, KeyOptions {
  caCertificateFile: string;
  /** a key file or a PKCS#11 URI */
  caKeyFile: string;
  requestFile: string;
  /** the CA database: `<serial-hex> <CN>` is appended */
  databaseFile: string;
  /** where `<CN>.pem` goes (default: the current directory) */
  outDir?: string;
  /** replace an existing `<CN>.pem` */
  force?: boolean;
}

export interface SignedFiles extends SignedCertificate {
  certificateFile: string;
}

/**
 * The certificate file and the database record of a signed certificate:
 * the chain as `<CN>.pem`, the serial recorded with the chain kept beside
 * the database.
 */
export async function signedPlan(
  signed: SignedCertificate,
  o: {
    databaseFile: string;
    outDir: string;
    force?: boolean;
    caCertificateFile: string;
    caKeyFile: string;
    /** the certificate file being renewed: replacing it is the point */
    renews?: string;
  },
): Promise<{ certificateFile: string; plan: Plan }> {
  const certificateFile = fileFor(o.outDir, signed.commonName, "pem");
  const renewsIt = o.renews !== undefined && path.resolve(o.renews) === path.resolve(certificateFile);
  await assertNotCaFile(certificateFile, signed.commonName, o, renewsIt);
  return {
    certificateFile,
    plan: [
      { kind: "file", file: certificateFile, data: signed.chain, replace: renewsIt || (o.force ?? false) },
      {
        kind: "record",
        database: o.databaseFile,
        serialHex: signed.certificate.serialHex,
        commonName: signed.commonName,
        certificatePem: signed.chain,
      },
    ],
  };
}

export async function signRequestFiles(o: SignFilesOptions): Promise<SignedFiles> {
  const { requestFile, ...rest } = o;
  const [signed] = await signRequestsFiles({ ...rest, requestFiles: [requestFile] });
  return signed!;
}

export interface SignManyFilesOptions extends Omit<SignFilesOptions, "requestFile"> {
  /** signed in this order, all or none */
  requestFiles: readonly string[];
  /** told after each request is signed (the CLI shows a bar on a terminal) */
  progress?: (signed: number, total: number) => void;
  /**
   * Told the same work in bytes as it goes: each request file read, signed
   * (all of it at once: a signature takes the whole message) and written
   * twice as a certificate (its file and the kept copy), a request's PEM size
   * for each step; the total grows as the files are opened. A request with a
   * whole image takes seconds at each step.
   */
  bytesProgress?: (done: number, total: number) => void;
}

/**
 * `sign` for many requests (a folder's worth) under one authority, read
 * once: every request is checked and signed before anything is written, then
 * the certificates, their kept copies and the database lines are written
 * together (one lock, one flush per folder). A request that fails any check
 * fails the call, named by its file, and nothing is written. The batch is
 * held in memory until then: sign requests with large images a few at a time.
 */
export async function signRequestsFiles(o: SignManyFilesOptions): Promise<SignedFiles[]> {
  const outDir = o.outDir ?? ".";
  await assertDirectory(outDir);
  const several = o.requestFiles.length > 1;
  const bytes = byteCounter(o.bytesProgress);
  const signed = await withAuthority(o.caCertificateFile, o.caKeyFile, o.release ?? DEFAULT_RELEASE, o, async (authority) => {
    const all: SignedCertificate[] = [];
    const warn = o.warn ?? ignoreWarnings;
    // a few files read ahead at once: one at a time, the disk's latency would be most of the time
    for (let at = 0; at < o.requestFiles.length; at += READ_AHEAD) {
      const files = o.requestFiles.slice(at, at + READ_AHEAD);
      const sizes: number[] = [];
      const requests = await Promise.all(files.map((file, i) => naming(file, several, () => readRequestFile(file, bytes.reading(sizes, i)))));
      for (const [i, file] of files.entries()) {
        const named = several ? { warn: (m: string) => warn(`${file}: ${m}`) } : {};
        // not { ...o, ...named }: V8 gives each object spread so a hidden class of its own
        all.push(await naming(file, several, () => signRequest(authority, requests[i]!, Object.assign({}, o, named))));
        o.progress?.(all.length, o.requestFiles.length);
        bytes.add(sizes[i]!);
      }
    }
    return all;
  });
  const planned = [];
  const writers = new Map<string, string>();
  for (const [i, certificate] of signed.entries()) {
    const file = o.requestFiles[i]!;
    const { certificateFile, plan } = await naming(file, several, () => signedPlan(certificate, { ...o, outDir }));
    const other = writers.get(path.resolve(certificateFile));
    if (other !== undefined) {
      throw new CaError(`${other} and ${file} both request CN=${certificate.commonName}, that is ${certificateFile}: sign them one at a time`);
    }
    writers.set(path.resolve(certificateFile), file);
    planned.push({ certificateFile, plan: bytes.writing(plan), certificate });
  }
  await executePlan(planned.flatMap((p) => p.plan), o);
  return planned.map((p) => Object.assign(p.certificate, { certificateFile: p.certificateFile }));
}

const READ_AHEAD = 16;

/** `bytesProgress`'s count: each request's (or renewed certificate's) size four times over (read, signed, written twice). */
export function byteCounter(tell: ((done: number, total: number) => void) | undefined) {
  let done = 0;
  let total = 0;
  const add = (n: number) => {
    done += n;
    tell?.(done, total);
  };
  return {
    add,
    /** a reader's progress callback, keeping the file's size in `sizes[i]` */
    reading: (sizes: number[], i: number) => {
      let counted = 0;
      return (read: number, size: number) => {
        if (sizes[i] === undefined) {
          sizes[i] = size;
          total += 4 * size;
        }
        add(read - counted);
        counted = read;
      };
    },
    /**
     * The plan, its certificates counted as their pieces are written. The
     * file and the kept copy share one counted text, as they shared the
     * chain: writeFiles may then copy the second (see its COPY_BYTES), so
     * the first writing counts for both.
     */
    writing: (plan: Plan): Plan => {
      if (tell === undefined) return plan;
      const times = new Map<unknown, number>();
      for (const p of plan) {
        const text = p.kind === "file" ? p.data : p.kind === "record" ? p.certificatePem : undefined;
        if (text !== undefined) times.set(text, (times.get(text) ?? 0) + 1);
      }
      const wrapped = new Map<Chunked, Chunked>();
      const wrap = (data: Chunked) => {
        let w = wrapped.get(data);
        if (w === undefined) {
          w = countedOnce(data, add, times.get(data)!);
          wrapped.set(data, w);
        }
        return w;
      };
      return plan.map((p) => {
        if (p.kind === "file" && typeof p.data !== "string") return { ...p, data: wrap(p.data) };
        if (p.kind === "record" && typeof p.certificatePem !== "string") return { ...p, certificatePem: wrap(p.certificatePem) };
        return p;
      });
    },
  };
}

/** `data`, each piece counted `times` over the first time it is written (written again, it is not counted again). */
function countedOnce(data: Chunked, add: (n: number) => void, times: number): Chunked {
  let counting = true;
  return {
    *chunks() {
      for (const piece of data.chunks()) {
        yield piece;
        if (counting) add(piece.length * times);
      }
      counting = false;
    },
  };
}

/** When several requests are signed, a failure says which one it was. */
async function naming<T>(file: string, several: boolean, f: () => Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (e) {
    if (several && e instanceof Error) e.message = `${file}: ${e.message}`;
    throw e;
  }
}
