// `generate`: a new certificate authority, as albatross-client's: the CA key
// `<name>.key` and self-signed `cacert.pem`, then a server key `<server>.key`
// and certificate `<server>.pem` for the Albatross TLS endpoint, recorded in
// the database. Existing keys are reused, as albatross-client does.

import path from "node:path";
import { appendLineLocked, writeFileAtomic } from "../fsutil/index.js";
import {
  DEFAULT_KEY_TYPE,
  generateCa,
  issueCertificate,
  type KeyType,
} from "../x509/index.js";
import { CaError } from "./errors.js";
import { pickProfile, type ProfileSet } from "./profiles.js";
import { assertDirectory, fileFor, loadOrCreateKey } from "./files.js";

export const DEFAULT_CA_DAYS = 3650;
export const DEFAULT_SERVER_NAME = "server";
export const DEFAULT_SERVER_DAYS = 365;
/** albatross-client's fixed name for the root certificate */
export const CA_CERTIFICATE_FILE = "cacert.pem";

export interface GenerateOptions {
  /** the CA's common name, also its key file `<name>.key` */
  name: string;
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
}

export interface GeneratedFiles {
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

export async function generateAuthorityFiles(o: GenerateOptions): Promise<GeneratedFiles> {
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
  if (serverCertificateFile === caCertificateFile || serverKeyFile === caKeyFile) {
    throw new CaError(`the server must be named differently from the CA (${o.name}) and from "cacert"`);
  }

  await assertDirectory(outDir);

  const now = o.now ?? new Date();
  const ca = await loadOrCreateKey(caKeyFile, keyType);
  const { certificate: caCertificate } = await generateCa(o.name, ca.key, caProfile, now);
  await writeFileAtomic(caCertificateFile, caCertificate.pem);

  const server = await loadOrCreateKey(serverKeyFile, keyType);
  const serverCertificate = await issueCertificate({
    issuer: { kind: "ca", certificate: caCertificate.der, key: ca.key },
    subjectCn: serverName,
    subjectPublicKey: server.key.spki,
    profile: serverProfile,
    now,
  });
  await appendLineLocked(o.databaseFile, `${serverCertificate.serialHex} ${serverName}`);
  await writeFileAtomic(serverCertificateFile, serverCertificate.pem);
  return {
    caKeyFile,
    caKeyCreated: ca.created,
    caCertificateFile,
    serverKeyFile,
    serverKeyCreated: server.created,
    serverCertificateFile,
    serverSerialHex: serverCertificate.serialHex,
  };
}
