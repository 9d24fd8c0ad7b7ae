// `inspect`: what a file holds — a certificate, a chain, a certificate
// request, a key (public half only) or an Albatross state dump — told apart
// by PEM label or, for DER, by which reading succeeds.

import { isOneTlv } from "../asn1/der.js";
import { type Asn, decodeStrict } from "../asn1/schema.js";
import { decodeExtension, extensionReaders } from "../codec/extension.js";
import { tooLargeForAlbatross } from "../model/limits.js";
import { DEFAULT_RELEASE, type Release } from "../model/release.js";
import type { CertExtension } from "../model/command.js";
import type { Dump } from "../model/dump.js";
import { X509Error } from "../x509/errors.js";
import { certificate, certificationRequest, name } from "../x509/grammar.js";
import { decodePem } from "../x509/pem.js";
import { blankInput } from "../x509/pem-stream.js";
import { type CertificateView, viewCertificate } from "./certificate.js";
import { looksLikePem } from "./chain.js";
import { type EndpointVerdict, endpointVerdict } from "./endpoint.js";
import { type PublicKeyFacts, describePublicKey, publicHalfOfPrivateKey, readPublicKey } from "./key.js";
import { formatName } from "./names.js";
import { type Profile, classifyProfile } from "./profile.js";
import { type ValidityStatus, validityAt } from "./validity.js";

export class InspectError extends Error {
  override name = "InspectError";
}

/** The Albatross extension of a certificate or request; `critical` is null in a request. */
export type ExtensionFacts = (
  | { readonly critical: boolean | null; readonly value: CertExtension }
  | { readonly critical: boolean | null; readonly error: string }
) & {
  /** the release it was read as */
  readonly release: Release;
  /** the releases that read this encoding */
  readonly acceptedBy: readonly Release[];
};

export interface CertificateFacts {
  readonly kind: "certificate";
  readonly subject: string;
  readonly issuer: string;
  readonly commonName: string | null;
  readonly serialHex: string;
  readonly notBefore: Date;
  readonly notAfter: Date;
  readonly validity: ValidityStatus;
  readonly at: Date;
  readonly key: PublicKeyFacts;
  readonly profile: Profile;
  readonly sha256: string;
  readonly extension: ExtensionFacts | null;
}

export interface ChainFacts {
  readonly kind: "chain";
  /** leaf first */
  readonly certificates: readonly CertificateFacts[];
  readonly endpoint: EndpointVerdict;
}

export interface RequestFacts {
  readonly kind: "csr";
  readonly subject: string;
  readonly commonName: string | null;
  readonly key: PublicKeyFacts;
  readonly extension: ExtensionFacts | null;
}

export interface KeyFacts {
  /** "key-pair": read from a private key, of which only the public half is kept */
  readonly kind: "key-pair" | "public-key";
  readonly key: PublicKeyFacts;
}

export interface DumpFacts {
  readonly kind: "dump";
  readonly dump: Dump;
  readonly release: Release;
  readonly acceptedBy: readonly Release[];
}

export type Inspection = CertificateFacts | ChainFacts | RequestFacts | KeyFacts | DumpFacts;

export interface InspectOptions {
  /** When validity is judged; default now. */
  readonly at?: Date;
  /** The Albatross release to read as; default the current one. */
  readonly release?: Release;
}

function extensionFacts(value: Uint8Array, critical: boolean | null, release: Release): ExtensionFacts {
  const acceptedBy = extensionReaders(value);
  try {
    return { critical, value: decodeExtension(value, release), release, acceptedBy };
  } catch (e) {
    return { critical, error: (e as Error).message, release, acceptedBy };
  }
}

function certificateFacts(c: CertificateView, at: Date, release: Release): CertificateFacts {
  const extension = c.albatrossExtension && extensionFacts(c.albatrossExtension.value, c.albatrossExtension.critical, release);
  return {
    kind: "certificate",
    subject: c.subject,
    issuer: c.issuer,
    commonName: c.subjectCn,
    serialHex: c.serialHex,
    notBefore: c.notBefore,
    notAfter: c.notAfter,
    validity: validityAt(c, at),
    at,
    key: describePublicKey(c.publicKey),
    profile: classifyProfile(c, extension !== null && "value" in extension ? extension.value : null),
    sha256: c.fingerprintSha256,
    extension,
  };
}

function certificatesFacts(ders: readonly Uint8Array[], at: Date, release: Release): CertificateFacts | ChainFacts {
  const views = ders.map((der, i) => {
    try {
      return viewCertificate(der);
    } catch (e) {
      throw ders.length === 1 ? e : new X509Error(`certificate ${i + 1}: ${(e as Error).message}`);
    }
  });
  if (views.length === 1) return certificateFacts(views[0]!, at, release);
  return {
    kind: "chain",
    certificates: views.map((v) => certificateFacts(v, at, release)),
    endpoint: endpointVerdict(views, release),
  };
}

async function requestFacts(der: Uint8Array, release: Release): Promise<RequestFacts> {
  // a request or a dump (below) is rarer than a certificate: its code loads when one comes
  const { parseCsr } = await import("../x509/csr.js");
  const csr = await parseCsr(der);
  return {
    kind: "csr",
    // parseCsr has checked the DER and the signature
    subject: formatName(decodeStrict(name, csr.subjectName)),
    commonName: csr.subjectCn,
    key: describePublicKey(csr.publicKey),
    extension: csr.albatrossExtension && extensionFacts(csr.albatrossExtension, null, release),
  };
}

function keyPairFacts(der: Uint8Array): KeyFacts {
  const spki = publicHalfOfPrivateKey(der);
  if (spki === null) throw new InspectError("unreadable key (expected PKCS#8, PKCS#1 or SEC1, unencrypted)");
  return { kind: "key-pair", key: describePublicKey(spki) };
}

function publicKeyFacts(der: Uint8Array): KeyFacts {
  const spki = readPublicKey(der);
  if (spki === null) throw new InspectError("unreadable public key");
  return { kind: "public-key", key: describePublicKey(spki) };
}

const REQUEST_LABELS = ["CERTIFICATE REQUEST", "NEW CERTIFICATE REQUEST"];
const KEY_LABELS = ["PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY"];

async function inspectPem(text: string | Uint8Array, at: Date, release: Release): Promise<Inspection> {
  const blocks = decodePem(text);
  if (blocks.length === 0) throw new InspectError("no PEM block found");
  if (blocks.every((b) => b.label === "CERTIFICATE")) return certificatesFacts(blocks.map((b) => b.der), at, release);
  const labels = blocks.map((b) => b.label);
  if (blocks.length > 1) {
    throw new InspectError(`holds ${labels.join(", ")}: give certificates, a request or a key in separate files`);
  }
  const { label, der } = blocks[0]!;
  if (REQUEST_LABELS.includes(label)) return requestFacts(der, release);
  if (KEY_LABELS.includes(label)) return keyPairFacts(der);
  if (label === "PUBLIC KEY") return publicKeyFacts(der);
  if (label === "ENCRYPTED PRIVATE KEY") throw new InspectError("the key is encrypted: decrypt it first (openssl pkey)");
  throw new InspectError(`unsupported PEM block "${label}"`);
}

/** Whether `der` is this structure: decides what a DER file is, before its full check. */
function parsesAs(der: Uint8Array, asn: Asn<unknown>): boolean {
  try {
    decodeStrict(asn, der);
    return true;
  } catch {
    return false;
  }
}

const NOTHING_KNOWN = "not a certificate, certificate chain, certificate request, key or Albatross state dump";

async function inspectDer(der: Uint8Array, at: Date, release: Release): Promise<Inspection> {
  const { acceptingReleases, decodeDump } = await import("../codec/index.js");
  let dumpError: string;
  try {
    return { kind: "dump", dump: decodeDump(der, release), release, acceptedBy: acceptingReleases("dump", der) };
  } catch (e) {
    dumpError = (e as Error).message;
  }
  // what is not one DER value from the first byte to the last is none of the rest
  // (random bytes of 100 MB took asn1js seconds and gigabytes to refuse)
  if (!isOneTlv(der)) {
    throw new InspectError(`${NOTHING_KNOWN} (read as a dump: ${dumpError})`);
  }
  if (parsesAs(der, certificate)) return certificatesFacts([der], at, release);
  if (parsesAs(der, certificationRequest)) return requestFacts(der, release);
  if (publicHalfOfPrivateKey(der) !== null) return keyPairFacts(der);
  if (readPublicKey(der) !== null) return publicKeyFacts(der);
  throw new InspectError(`${NOTHING_KNOWN} (read as a dump: ${dumpError})`);
}

/** What `input` (a file's bytes, or PEM text) holds. Unrecognised or malformed input throws. */
export async function inspect(input: string | Uint8Array, options: InspectOptions = {}): Promise<Inspection> {
  const tooLarge = tooLargeForAlbatross(input.length);
  if (tooLarge !== null) throw new InspectError(tooLarge);
  const at = options.at ?? new Date();
  const release = options.release ?? DEFAULT_RELEASE;
  if (looksLikePem(input)) {
    return inspectPem(input, at, release);
  }
  const blank = blankInput(input as Uint8Array);
  if (blank !== null) throw new InspectError(blank);
  return inspectDer(input as Uint8Array, at, release);
}
