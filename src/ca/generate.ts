// `generate`: a new certificate authority, as albatross-client's: the CA key
// `<name>.key` and self-signed `cacert.pem`, then a server key `<server>.key`
// and certificate `<server>.pem` for the Albatross TLS endpoint, recorded in
// the database. Existing keys are reused, as albatross-client does.

import path from "node:path";
import { appendLineLocked, writeFileAtomic } from "../fsutil/index.js";
import {
  BUILTIN_PROFILES,
  DEFAULT_KEY_TYPE,
  generateCa,
  issueCertificate,
  type KeyType,
  SECONDS_PER_DAY,
  withValidity,
} from "../x509/index.js";
import { CaError } from "./errors.js";
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

export async function generateAuthorityFiles(o: GenerateOptions): Promise<GeneratedFiles> {
  const outDir = o.outDir ?? ".";
  const keyType = o.keyType ?? DEFAULT_KEY_TYPE;
  const serverName = o.serverName ?? DEFAULT_SERVER_NAME;
  const caDays = positiveDays(o.days ?? DEFAULT_CA_DAYS, "the CA's validity");
  const serverDays = positiveDays(o.serverDays ?? DEFAULT_SERVER_DAYS, "the server certificate's validity");
  const serverProfile = withValidity(BUILTIN_PROFILES.server, serverDays * SECONDS_PER_DAY);
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
  const { certificate: caCertificate } = await generateCa(o.name, ca.key, caDays, now);
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
