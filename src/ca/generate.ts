// `generate`: a new certificate authority, as albatross-client's: the CA key
// `<name>.key` and self-signed `cacert.pem`, then a server key `<server>.key`
// and certificate `<server>.pem` for the Albatross TLS endpoint, recorded in
// the database. Existing keys are reused, as albatross-client does; a failed
// generate leaves no file behind (the plan is written only once complete).

import path from "node:path";
import {
  type CertificateProfile,
  DEFAULT_KEY_TYPE,
  generateCa,
  issueCertificate,
  type KeyType,
  type SigningKey,
  weakPublicKey,
} from "../x509/index.js";
import { CaError } from "./errors.js";
import { pickProfile, type ProfileSet } from "./profiles.js";
import { assertDirectory, fileFor, keyForFile, type Passphrase } from "./files.js";
import { executePlan, type ExecuteOptions, type Plan, type PlannedWrite } from "./plan.js";
import { type KeyOptions, loadSigningKey } from "./signing-key.js";

export const DEFAULT_CA_DAYS = 3650;
export const DEFAULT_SERVER_NAME = "server";
export const DEFAULT_SERVER_DAYS = 365;
/** albatross-client's fixed name for the root certificate */
export const CA_CERTIFICATE_FILE = "cacert.pem";

/**
 * Where a CA's key is — the root's here, a sub-CA's in its request: by
 * default its file `<name>.key` (reused, or created); an existing key (a file
 * or a PKCS#11 URI); or a new key created inside the token a PKCS#11 URI
 * names, which never leaves it.
 */
export type CaKeySource =
  | { readonly kind: "file" }
  | { readonly kind: "existing"; readonly spec: string }
  | { readonly kind: "new-in-token"; readonly uri: string };

export interface GenerateOptions extends KeyOptions {
  /** the CA's common name, also its key file `<name>.key` */
  name: string;
  /** default: the file `<name>.key` */
  caKey?: CaKeySource;
  databaseFile: string;
  days?: number;
  serverName?: string;
  serverDays?: number;
  keyType?: KeyType;
  /** the operator's root-ca and server profiles (default: templates/profiles) */
  profiles?: ProfileSet;
  /** where keys and certificates go (default: the current directory) */
  outDir?: string;
  now?: Date;
  /** replace existing CA and server certificates (never keys) */
  force?: boolean;
  /** write a new CA key encrypted with this passphrase (PKCS#8, AES-256-CBC) */
  encryptKey?: Passphrase;
}

export interface GeneratedFiles {
  /** the key file, or the key's PKCS#11 URI */
  caKeyFile: string;
  caKeyCreated: boolean;
  caCertificateFile: string;
  serverKeyFile: string;
  serverKeyCreated: boolean;
  serverCertificateFile: string;
  serverSerialHex: string;
}

function positiveDays(days: number, what: string): number {
  if (!Number.isSafeInteger(days) || days <= 0) throw new CaError(`${what} must be a positive number of days, not ${days}`);
  return days;
}

/** `generate` makes two kinds of certificate: each picks from the profiles given for it. */
function subset(profiles: ProfileSet | undefined, kind: "root-ca" | "server"): ProfileSet | undefined {
  if (!profiles) return undefined;
  const other = Object.values(profiles).find((p) => p!.kind !== "root-ca" && p!.kind !== "server");
  if (other) throw new CaError(`generate takes root-ca and server profiles, not ${other.kind} (${other.source})`);
  return profiles[kind] ? { [kind]: profiles[kind] } : undefined;
}

export interface PlannedAuthority extends GeneratedFiles {
  plan: Plan;
}

/** Every key and certificate of a new CA, made in memory: nothing is written yet (a key new in a token excepted). */
export async function planAuthority(o: GenerateOptions): Promise<PlannedAuthority> {
  const outDir = o.outDir ?? ".";
  const keyType = o.keyType ?? DEFAULT_KEY_TYPE;
  const serverName = o.serverName ?? DEFAULT_SERVER_NAME;
  const caDays = positiveDays(o.days ?? DEFAULT_CA_DAYS, "the CA's validity");
  const serverDays = positiveDays(o.serverDays ?? DEFAULT_SERVER_DAYS, "the server certificate's validity");
  const serverProfile = pickProfile("server", subset(o.profiles, "server"), o.serverDays === undefined ? undefined : serverDays);
  const caProfile = pickProfile("root-ca", subset(o.profiles, "root-ca"), o.days === undefined ? undefined : caDays);
  const caKeyFile = fileFor(outDir, o.name, "key");
  const serverKeyFile = fileFor(outDir, serverName, "key");
  const serverCertificateFile = fileFor(outDir, serverName, "pem");
  const caCertificateFile = path.join(outDir, CA_CERTIFICATE_FILE);
  if (
    serverCertificateFile === caCertificateFile ||
    serverKeyFile === caKeyFile ||
    path.resolve(serverCertificateFile) === path.resolve(o.databaseFile)
  ) {
    throw new CaError(`the server must be named differently from the CA (${o.name}) and from "cacert"`);
  }

  await assertDirectory(outDir);

  const now = o.now ?? new Date();
  const ca = await caKeyFor(o.caKey ?? { kind: "file" }, caKeyFile, keyType, o);
  try {
    return await planWith(ca, o, { caCertificateFile, serverKeyFile, serverCertificateFile, serverName, keyType, caProfile, serverProfile, now });
  } finally {
    ca.key.close?.();
  }
}

export interface CaKey {
  key: SigningKey;
  /** its file, or its URI */
  where: string;
  /** a new key file, written with the plan */
  planned: PlannedWrite[];
  created: boolean;
}

export async function caKeyFor(
  source: CaKeySource,
  caKeyFile: string,
  keyType: KeyType,
  o: KeyOptions & { encryptKey?: Passphrase },
): Promise<CaKey> {
  switch (source.kind) {
    case "file": {
      const { key, planned } = await keyForFile(caKeyFile, keyType, {
        ...(o.passphrase === undefined ? {} : { passphrase: o.passphrase }),
        ...(o.encryptKey === undefined ? {} : { encryptWith: o.encryptKey }),
      });
      return { key, where: caKeyFile, planned, created: planned.length > 0 };
    }
    case "existing": {
      const key = await loadSigningKey(source.spec, o);
      // a key brought along must be strong enough to sign for years
      const weak = weakPublicKey(key.spki);
      if (weak !== null) {
        key.close?.();
        throw new CaError(`${source.spec}: ${weak}`);
      }
      return { key, where: source.spec, planned: [], created: false };
    }
    case "new-in-token": {
      // the token modules (and pkijs, whose engine they extend) load only for a key in a token
      const { generateTokenKey } = await import("../pkcs11/keys.js");
      const key = await generateTokenKey(source.uri, keyType, o.token);
      return { key, where: key.uri, planned: [], created: true };
    }
  }
}

interface Parts {
  caCertificateFile: string;
  serverKeyFile: string;
  serverCertificateFile: string;
  serverName: string;
  keyType: KeyType;
  caProfile: CertificateProfile;
  serverProfile: CertificateProfile;
  now: Date;
}

async function planWith(ca: CaKey, o: GenerateOptions, p: Parts): Promise<PlannedAuthority> {
  const { caCertificateFile, serverKeyFile, serverCertificateFile, serverName, keyType, now } = p;
  const { certificate: caCertificate } = await generateCa(o.name, ca.key, p.caProfile, now);
  const server = await keyForFile(serverKeyFile, keyType);
  const serverCertificate = await issueCertificate({
    issuer: { kind: "ca", certificate: caCertificate.der, key: ca.key },
    subjectCn: serverName,
    subjectPublicKey: server.key.spki,
    profile: p.serverProfile,
    now,
  });
  const replace = o.force ?? false;
  const plan: Plan = [
    ...ca.planned,
    ...server.planned,
    { kind: "file", file: caCertificateFile, data: caCertificate.pem, replace },
    { kind: "file", file: serverCertificateFile, data: serverCertificate.pem, replace },
    {
      kind: "record",
      database: o.databaseFile,
      serialHex: serverCertificate.serialHex,
      commonName: serverName,
      certificatePem: serverCertificate.pem,
    },
  ];
  return {
    caKeyFile: ca.where,
    caKeyCreated: ca.created,
    caCertificateFile,
    serverKeyFile,
    serverKeyCreated: server.planned.length > 0,
    serverCertificateFile,
    serverSerialHex: serverCertificate.serialHex,
    plan,
  };
}

export async function generateAuthorityFiles(o: GenerateOptions & ExecuteOptions): Promise<GeneratedFiles> {
  const { plan, ...files } = await planAuthority(o);
  await executePlan(plan, o);
  return files;
}
