// `generate` and `sign`, with albatross-client's positionals and defaults:
// a new certificate authority, and certificates for signing requests.

import fs from "node:fs";
import type { Argv } from "yargs";
import { define } from "./index.js";
import {
  DEFAULT_CA_DAYS,
  filterIssued,
  ISSUED_KINDS,
  type IssuedKind,
  issuedToText,
  listIssued,
  parseDuration,
  renewCertificateFiles,
  DEFAULT_SERVER_DAYS,
  DEFAULT_SERVER_NAME,
  generateAuthorityFiles,
  describeIssued,
  signRequestsFiles,
  type SignedFiles,
  type ProfileSet,
  profileSet,
  type Warn,
} from "../../ca/index.js";
import { ppCommand } from "../../render/albatross.js";
import { DEFAULT_KEY_TYPE, KEY_TYPES, type KeyType, loadProfile, parseCertificate } from "../../x509/index.js";
import path from "node:path";
import { parseDays } from "../../ca/arguments.js";
import { ifGiven, repeated, single } from "../args.js";
import { CliError } from "../errors.js";
import { keySource, type TokenArgs, tokenAccess, withTokenOptions } from "../token.js";
import { certificateFacts, commandJson, type Format, FORMAT_OPTION, inOutDir, report } from "../output.js";
import { printJson } from "../io.js";
import { withProgress } from "../progress.js";
import type { Release } from "../../model/release.js";
import { releaseOf } from "../release.js";
import { newPassphrase, type PassphraseArgs, passphraseSource, withPassphraseOption } from "../passphrase.js";

type Value = string | string[] | undefined;

const warn: Warn = (message) => process.stderr.write(`warning: ${message}\n`);

/** `--profile FILE`, repeatable: the operator's profiles, one per kind. */
function profiles(value: Value): { profiles?: ProfileSet } {
  const files = repeated(value);
  return files.length ? { profiles: profileSet(files.map(loadProfile)) } : {};
}

function days(value: unknown, option: string): number | undefined {
  const s = single(value as Value, option);
  return s === undefined ? undefined : parseDays(s, option);
}

interface GenerateArgs extends TokenArgs, PassphraseArgs {
  "encrypt-key": boolean;
  name: string;
  key?: Value;
  pkcs11?: Value;
  db: string;
  days?: Value;
  server?: Value;
  "server-days"?: Value;
  "key-type": KeyType;
  "out-dir"?: Value;
  profile?: Value;
  format: Format;
  force: boolean;
  "lock-timeout"?: Value;
}

/** `--lock-timeout SECONDS`: how long to wait for another process holding the database. */
function lockTimeout(value: Value): { timeoutMs?: number } {
  const s = single(value, "--lock-timeout");
  if (s === undefined) return {};
  if (!/^[0-9]+(\.[0-9]+)?$/.test(s) || Number(s) > 86400) {
    throw new CliError(`--lock-timeout ${JSON.stringify(s)}: expected a number of seconds from 0 to 86400`);
  }
  return { timeoutMs: Number(s) * 1000 };
}

async function generate(a: GenerateArgs): Promise<void> {
  const outDir = single(a["out-dir"], "--out-dir");
  const r = await inOutDir(outDir, () =>
    generateAuthorityFiles({
      name: a.name,
      caKey: keySource(a),
      token: tokenAccess(a),
      ...passphraseSource(a),
      ...(a["encrypt-key"] ? { encryptKey: newPassphrase(a) } : {}),
      databaseFile: a.db,
      keyType: a["key-type"],
      outDir: outDir ?? ".",
      force: a.force,
      ...lockTimeout(a["lock-timeout"]),
      ...ifGiven("days", days(a.days, "--days")),
      ...ifGiven("serverName", single(a.server, "--server")),
      ...ifGiven("serverDays", days(a["server-days"], "--server-days")),
      ...profiles(a.profile),
    }),
  );
  const key = (created: boolean) => (created ? `new ${a["key-type"]} key` : "existing key reused");
  const pem = (file: string) => fs.readFileSync(file, "latin1");
  await report(
    a.format,
    [
      `${r.caKeyFile}: ${key(r.caKeyCreated)}${r.caKeyCreated && a["encrypt-key"] ? ", encrypted" : ""}`,
      `${r.caCertificateFile}: self-signed CA certificate CN=${a.name}`,
      `${r.serverKeyFile}: ${key(r.serverKeyCreated)}`,
      `${r.serverCertificateFile}: server certificate, serial ${r.serverSerialHex} recorded in ${a.db}`,
    ],
    {
      ca: {
        common_name: a.name,
        files: { key: r.caKeyFile, certificate: r.caCertificateFile },
        key_created: r.caKeyCreated,
        key_encrypted: r.caKeyCreated && a["encrypt-key"],
        ...certificateFacts(pem(r.caCertificateFile)),
      },
      server: {
        common_name: single(a.server, "--server") ?? DEFAULT_SERVER_NAME,
        files: { key: r.serverKeyFile, certificate: r.serverCertificateFile },
        key_created: r.serverKeyCreated,
        ...certificateFacts(pem(r.serverCertificateFile)),
      },
      database: a.db,
      key_type: a["key-type"],
    },
  );
}

interface SignArgs extends TokenArgs, PassphraseArgs {
  cacert: string;
  db: string;
  cakey: string;
  csr: string[];
  days?: Value;
  "out-dir"?: Value;
  profile?: Value;
  format: Format;
  albatross?: Value;
  force: boolean;
  "lock-timeout"?: Value;
}

/** What sign and renew hand the CA layer alike: the issuing CA, its database, the validity and profiles. */
function issuing(a: SignArgs | RenewArgs, release: Release) {
  return {
    release,
    caCertificateFile: a.cacert,
    caKeyFile: a.cakey,
    token: tokenAccess(a),
    ...passphraseSource(a),
    databaseFile: a.db,
    force: a.force,
    ...lockTimeout(a["lock-timeout"]),
    warn,
    ...ifGiven("days", days(a.days, "--days")),
    ...profiles(a.profile),
  };
}

async function sign(a: SignArgs): Promise<void> {
  const release = releaseOf(a);
  // several requests: a bar counting them; one: its bytes as they are read, signed and written (an image takes seconds at each)
  const one = a.csr.length === 1;
  const outDir = single(a["out-dir"], "--out-dir");
  const signed = await inOutDir(outDir, () =>
    withProgress("signing", one ? "share" : "steps", (tell) =>
      signRequestsFiles({
        ...issuing(a, release),
        requestFiles: a.csr.map(String),
        outDir: outDir ?? ".",
        ...(one ? { bytesProgress: tell } : { progress: tell }),
      }),
    ),
  );
  // one request: its object, as renew prints it; several: an array of them
  if (a.format === "json") {
    const objects = signed.map((r) => issuedJson(a, r, release));
    await printJson(objects.length === 1 ? objects[0]! : objects);
  } else {
    process.stdout.write(signed.map((r) => `${issuedLine(r, release, "")}\n`).join(""));
  }
}

/** sign and renew report alike: the certificate written, its serial and what it carries (renew adds its new validity). */
async function reportIssued(a: { format: Format; db: string }, r: SignedFiles, release: Release, validity: string): Promise<void> {
  await report(a.format, [issuedLine(r, release, validity)], () => issuedJson(a, r, release));
}

function issuedLine(r: SignedFiles, release: Release, validity: string): string {
  const what = r.command === null ? "server certificate" : `${r.profile} certificate: ${ppCommand(r.command, release)}`;
  return `${r.certificateFile}: CN=${r.commonName}, serial ${r.certificate.serialHex}${validity}, ${what}`;
}

function issuedJson(a: { db: string }, r: SignedFiles, release: Release): Record<string, unknown> {
  return {
    files: { certificate: r.certificateFile },
    common_name: r.commonName,
    // the name the Albatross endpoint derives: the sub-CAs' CNs above it, then its own
    name: describeIssued(r.certificate.serialHex, r.commonName, r.chain.blocks.map((b) => b.der), new Date(), release).name,
    profile: r.profile,
    ...certificateFacts(r.certificate.der),
    command: r.command === null ? null : commandJson(r.command),
    database: a.db,
  };
}


const outDir = { type: "string", describe: "where keys and certificates go, created when missing [default: .]" } as const;
const force = { type: "boolean", default: false, describe: "replace existing certificates (keys are never replaced)" } as const;
const lockTimeoutOption = {
  type: "string",
  describe: "seconds to wait for another process holding the database lock [default: 30]",
} as const;

const profileOption = (kinds: string) =>
  ({
    type: "string",
    describe: `certificate profile (JSON, as in templates/profiles) for ${kinds} certificates, repeatable [default: the built-in ones]`,
  }) as const;

/** What sign and renew share: the issuing CA (file or token key), its database, the validity, profiles, lock and output. */
const issuerOptions = (b: Argv, cacert: string) =>
  withPassphraseOption(withTokenOptions(b))
    .positional("cacert", { type: "string", describe: cacert })
    .positional("db", { type: "string", describe: "database file recording issued serials" })
    .positional("cakey", { type: "string", describe: "the CA's private key: a file or a pkcs11: URI" })
    .option("days", { type: "string", describe: "validity in days [default: sub-CA 365, leaf 1, server 365]" })
    .option("profile", profileOption("sub-ca, leaf and/or server"))
    .option("lock-timeout", lockTimeoutOption)
    .option("format", FORMAT_OPTION);

interface RenewArgs extends TokenArgs, PassphraseArgs {
  cacert: string;
  db: string;
  cakey: string;
  cert: string;
  days?: Value;
  "out-dir"?: Value;
  profile?: Value;
  force: boolean;
  "lock-timeout"?: Value;
  format: Format;
}

async function renew(a: RenewArgs): Promise<void> {
  const release = releaseOf(a);
  // as sign of one request: the bytes read, signed and written (a create certificate's image takes seconds at each)
  const r = await withProgress("renewing", "share", (tell) =>
    renewCertificateFiles({
      ...issuing(a, release),
      certificateFile: a.cert,
      outDir: single(a["out-dir"], "--out-dir") ?? path.dirname(a.cert),
      bytesProgress: tell,
    }),
  );
  const until = parseCertificate(r.certificate.der).notAfter.toISOString().replace(/\.\d{3}Z$/, "Z");
  await reportIssued(a, r, release, `, valid until ${until}`);
}

interface ListArgs {
  db: string;
  format: "text" | "json";
  expiring?: Value;
  kind?: IssuedKind;
}

async function list(a: ListArgs): Promise<void> {
  const at = new Date();
  const expiring = single(a.expiring, "--expiring");
  const entries = filterIssued(
    await listIssued(a.db, at, releaseOf(a)),
    { ...ifGiven("kind", a.kind), ...ifGiven("expiringWithinMs", expiring === undefined ? undefined : parseDuration(expiring)) },
    at,
  );
  if (a.format === "json") process.stdout.write(`${JSON.stringify(entries, null, 2)}\n`);
  else if (entries.length > 0) process.stdout.write(`${issuedToText(entries)}\n`);
}

export function register(y: Argv): Argv {
  return y
    .command(
      define(
        "generate",
      (b) =>
        withPassphraseOption(withTokenOptions(b))
          .positional("name", { type: "string", describe: "the CA's name (common name and key file)" })
          .positional("db", { type: "string", describe: "database file recording issued serials" })
          .option("days", { type: "string", describe: `validity of the CA certificate in days [default: ${DEFAULT_CA_DAYS}]` })
          .option("server", { type: "string", describe: `name of the server certificate [default: ${DEFAULT_SERVER_NAME}]` })
          .option("server-days", {
            type: "string",
            describe: `validity of the server certificate in days [default: ${DEFAULT_SERVER_DAYS}]`,
          })
          .option("key-type", { choices: KEY_TYPES, default: DEFAULT_KEY_TYPE, describe: "type of new keys" })
          .option("key", { type: "string", describe: "use this existing CA key: a file or a pkcs11: URI [default: <name>.key]" })
          .option("pkcs11", {
            type: "string",
            describe: "create the CA key inside a PKCS#11 token, e.g. 'pkcs11:token=albatross;object=ops-ca' (it never leaves it)",
          })
          .option("encrypt-key", {
            type: "boolean",
            default: false,
            describe: "write a new CA key encrypted (PKCS#8, AES-256) with the passphrase of --passphrase-file or typed twice",
          })
          .option("profile", profileOption("root-ca and/or server"))
          .option("out-dir", outDir)
          .option("force", force)
          .option("lock-timeout", lockTimeoutOption)
          .option("format", FORMAT_OPTION),
      (a) => generate(a as unknown as GenerateArgs),
    ))
    .command(
      define(
        "sign",
      (b) =>
        issuerOptions(b, "the CA's certificate (its chain may follow in the file)")
          .positional("csr", { type: "string", array: true, describe: "the signing requests (PEM or DER), one or many" })
          .option("out-dir", { type: "string", describe: "where <CN>.pem goes, created when missing [default: .]" })
          .option("force", { type: "boolean", default: false, describe: "replace an existing <CN>.pem" }),
      (a) => sign(a as unknown as SignArgs),
    ))
    .command(
      define(
        "renew",
      (b) =>
        issuerOptions(b, "the CA's certificate that issued <cert>")
          .positional("cert", { type: "string", describe: "the certificate to renew" })
          .option("out-dir", { type: "string", describe: "where <CN>.pem goes [default: the folder of <cert>, replacing it]" })
          .option("force", { type: "boolean", default: false, describe: "replace an existing <CN>.pem other than <cert>" }),
      (a) => renew(a as unknown as RenewArgs),
    ))
    .command(
      define(
        "list",
      (b) =>
        b
          .positional("db", { type: "string", describe: "the CA database (certificates are kept in <db>.certs/)" })
          .option("format", { choices: ["text", "json"] as const, default: "text" as const, describe: "output: a table, or JSON (snake_case fields)" })
          .option("expiring", { type: "string", describe: "only valid certificates that expire within DURATION (30s, 15m, 12h, 7d, 2w)" })
          .option("kind", { choices: ISSUED_KINDS, describe: "only certificates of this kind" }),
      (a) => list(a as unknown as ListArgs),
    ));
}
