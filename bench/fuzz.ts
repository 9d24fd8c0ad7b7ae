// `npm run fuzz`: a fuzzing campaign over every decoder of untrusted input.
// Each decoder gets --count inputs (mutations of real encodings — the
// reference vectors, our own certificates, requests and Solo5 images — and
// random ones), drawn from a generator seeded by --seed, so that a run can be
// repeated exactly. A decoder may refuse an input only with its own error
// class; anything else (TypeError, RangeError, a stack overflow...) is a
// finding: printed, and saved under --out for `--replay`.
//
//   npm run fuzz -- [--seed N] [--count N] [--only NAME,...] [--out DIR]
//   npm run fuzz -- --replay DIR|FILE...

import { DEFAULT_RELEASE, RELEASES, type Release } from "../src/model/release.js";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { DecodeError, KINDS, decodeDump, decodeExtension, decodeWire, fromJson, type Kind } from "../src/codec/index.js";
import { JsonTextError, readJson } from "../src/json/read.js";
import { InspectError, endpointVerdict, readChain, viewCertificate } from "../src/inspect/index.js";
import { Solo5Error, buildSolo5Image, readSolo5Image } from "../src/solo5/index.js";
import {
  BUILTIN_PROFILES,
  X509Error,
  certificateToPem,
  createCsr,
  csrToPem,
  generateCa,
  generateKey,
  issueCertificate,
  parseCsr,
  splitPem,
} from "../src/x509/index.js";

// ---- a seeded generator (mulberry32): the same seed gives the same inputs

class Rng {
  constructor(private state: number) {}
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)]!;
  }
  bytes(n: number): Uint8Array {
    return Uint8Array.from({ length: n }, () => this.int(256));
  }
}

// ---- byte mutations that reach deep into TLV structures

const INTERESTING = [0x00, 0x01, 0x02, 0x04, 0x05, 0x0c, 0x13, 0x16, 0x17, 0x18, 0x1f, 0x20, 0x30, 0x31, 0x7f, 0x80, 0x81, 0x82, 0x83, 0x84, 0x88, 0xa0, 0xbf, 0xff];

function mutateBytes(rng: Rng, input: Uint8Array, corpus: readonly Uint8Array[]): Uint8Array {
  let b = Array.from(input);
  const rounds = 1 + rng.int(rng.int(4) === 0 ? 8 : 2);
  for (let r = 0; r < rounds; r++) {
    const at = rng.int(b.length + 1);
    switch (rng.int(9)) {
      case 0:
        if (b.length) b[Math.min(at, b.length - 1)]! ^= 1 << rng.int(8);
        break;
      case 1:
        if (b.length) b[Math.min(at, b.length - 1)] = rng.pick(INTERESTING);
        break;
      case 2:
        b.splice(at, 0, ...rng.bytes(1 + rng.int(4)));
        break;
      case 3:
        b.splice(at, 1 + rng.int(8));
        break;
      case 4:
        b = b.slice(0, at);
        break;
      case 5: {
        // a length octet made long-form or huge
        if (b.length) b.splice(Math.min(at, b.length - 1), 1, rng.pick([0x80, 0x81, 0x82, 0x84, 0x88, 0xff]), ...rng.bytes(rng.int(4)));
        break;
      }
      case 6: {
        const len = 1 + rng.int(16);
        const from = rng.int(Math.max(1, b.length));
        b.splice(at, 0, ...b.slice(from, from + len));
        break;
      }
      case 7: {
        const other = rng.pick(corpus);
        const from = rng.int(other.length + 1);
        b.splice(at, rng.int(16), ...other.subarray(from, from + 1 + rng.int(32)));
        break;
      }
      default:
        if (b.length) b[Math.min(at, b.length - 1)] = (b[Math.min(at, b.length - 1)]! + rng.pick([1, -1, 16, -16, 128])) & 0xff;
    }
  }
  return Uint8Array.from(b);
}

/** Half mutations of a corpus entry, the rest random bytes or a corpus prefix with random tail. */
function byteInputs(corpus: readonly Uint8Array[]) {
  return (rng: Rng): Uint8Array => {
    const k = rng.int(10);
    if (k === 0) return rng.bytes(rng.int(64));
    if (k === 1) {
      const base = rng.pick(corpus);
      return Uint8Array.from([...base.subarray(0, rng.int(base.length + 1)), ...rng.bytes(rng.int(32))]);
    }
    return mutateBytes(rng, rng.pick(corpus), corpus);
  };
}

// ---- JSON mutations: replace, drop or add a field anywhere in a real JSON form

const PROTO_KEYS = ["__proto__", "constructor", "toString", "valueOf", "hasOwnProperty", "length", "kind"];

function randomJson(rng: Rng, depth = 0): unknown {
  switch (rng.int(depth > 2 ? 6 : 9)) {
    case 0:
      return null;
    case 1:
      return rng.int(2) === 0;
    case 2:
      return rng.pick([0, -1, 1, 2 ** 31, 2 ** 32, 2 ** 53, -(2 ** 63), 1.5, 1e308, -0]);
    case 3:
      return rng.pick(["", "0", "-1", "9223372036854775808", "18446744073709551616", "x".repeat(rng.int(300)), "a.b", "😀", "\u0000"]);
    case 4:
      return rng.pick(["2024-01-01T00:00:00Z", "2024-13-01T00:00:00Z", "0000-01-01T00:00:00-00:01", "9999-12-31T23:59:60.999Z"]);
    case 5:
      return rng.pick(["AA==", "!!", "f0VMRg==", ""]);
    case 6:
      return Array.from({ length: rng.int(4) }, () => randomJson(rng, depth + 1));
    default: {
      const o: Record<string, unknown> = {};
      for (let i = rng.int(4); i > 0; i--) o[rng.pick(PROTO_KEYS)] = randomJson(rng, depth + 1);
      return o;
    }
  }
}

function mutateJson(rng: Rng, x: unknown): unknown {
  if (rng.int(4) === 0 || x === null || typeof x !== "object") return rng.int(3) === 0 ? randomJson(rng) : x;
  if (Array.isArray(x)) {
    const a = [...x];
    const i = rng.int(a.length + 1);
    const op = rng.int(3);
    if (op === 0) a.splice(i, 0, randomJson(rng));
    else if (op === 1) a.splice(i, 1);
    else if (a.length) a[Math.min(i, a.length - 1)] = mutateJson(rng, a[Math.min(i, a.length - 1)]);
    return a;
  }
  const o: Record<string, unknown> = { ...(x as Record<string, unknown>) };
  const keys = Object.keys(o);
  const op = rng.int(4);
  if (op === 0 && keys.length) delete o[rng.pick(keys)];
  else if (op === 1) Object.defineProperty(o, rng.pick(PROTO_KEYS), { value: randomJson(rng), enumerable: true, writable: true, configurable: true });
  else if (keys.length) {
    const k = rng.pick(keys);
    o[k] = mutateJson(rng, o[k]);
  }
  return o;
}

// ---- the decoders and their own error classes

type ErrorClass = new (...args: never[]) => Error;

interface Decoder {
  name: string;
  /** what the input is, for the saved file's extension */
  ext: "der" | "pem" | "json" | "elf";
  run(input: Uint8Array): unknown;
  own: ErrorClass[];
  inputs(rng: Rng): Uint8Array;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

function vectors(release: string, file: string): { der_hex?: string; pem?: string; ca_pem?: string | null }[] {
  const p = path.join(repoRoot, "test", "vectors", release, file);
  return fs.existsSync(p) ? (JSON.parse(fs.readFileSync(p, "utf8")) as { cases: [] }).cases : [];
}

function derCorpus(file: string): Uint8Array[] {
  return ["2.4", "2.7"].flatMap((r) => vectors(r, file)).flatMap((c) => (c.der_hex ? [Uint8Array.from(Buffer.from(c.der_hex, "hex"))] : []));
}

const text = (s: string) => new TextEncoder().encode(s);

async function decoders(): Promise<Decoder[]> {
  const extensions = derCorpus("cert-extension.json");
  const wires = derCorpus("wire.json");
  const dumps = derCorpus("state.json");
  const chainPems = ["2.4", "2.7"].flatMap((r) => vectors(r, "chains.json")).flatMap((c) => (c.pem ? [c.pem] : []));
  const certDers = chainPems.flatMap((p) => {
    try {
      return splitPem(p);
    } catch {
      return [];
    }
  });

  // requests and certificates of our own, for every key type, with and without an extension
  const csrs: Uint8Array[] = [];
  for (const keyType of ["ed25519", "p256", "rsa2048"] as const) {
    const key = await generateKey(keyType);
    csrs.push(await createCsr("fuzz", key, extensions[csrs.length % extensions.length]));
    csrs.push(await createCsr("fuzz-plain", key));
  }
  const ca = await generateCa("fuzz-ca");
  for (const ext of extensions.slice(0, 4)) {
    const key = await generateKey();
    const issued = await issueCertificate({
      issuer: { kind: "ca", certificate: ca.certificate.der, key: ca.key },
      subjectCn: "fuzz-leaf",
      subjectPublicKey: key.spki,
      profile: BUILTIN_PROFILES.leaf,
      albatrossExtension: ext,
    });
    certDers.push(issued.der);
  }

  const jsonForms = (["extension", "wire", "dump"] as Kind[]).flatMap((kind) => {
    const codec = KINDS[DEFAULT_RELEASE][kind];
    const corpus = kind === "extension" ? extensions : kind === "wire" ? wires : dumps;
    return corpus.flatMap((der) => {
      try {
        return [{ kind, json: JSON.parse(JSON.stringify((codec.json.toJson as (v: unknown) => unknown)((codec.decode as (b: Uint8Array) => unknown)(der)))) as unknown }];
      } catch {
        return [];
      }
    });
  });

  const images = [
    buildSolo5Image({ target: "hvt", devices: [] }),
    buildSolo5Image({ target: "hvt", devices: [{ name: "service", type: "net" }, { name: "storage", type: "block" }] }),
    buildSolo5Image({ target: "spt", devices: [{ name: "a", type: "block" }] }),
  ];

  const pemOf = (rng: Rng, ders: Uint8Array[]) => text(ders.map((d) => certificateToPem(d)).join(rng.int(8) === 0 ? "garbage\n" : ""));

  /** Each release's decoder on the same input; a refusal (DecodeError) by one does not spare the other. */
  const inEveryRelease =
    (decode: (b: Uint8Array, r: Release) => unknown) =>
    (b: Uint8Array): unknown => {
      let refused: unknown = null;
      for (const r of RELEASES) {
        try {
          decode(b, r);
        } catch (e) {
          if (!(e instanceof DecodeError)) throw e;
          refused = e;
        }
      }
      if (refused !== null) throw refused;
      return null;
    };

  return [
    { name: "extension", ext: "der", run: inEveryRelease(decodeExtension), own: [DecodeError], inputs: byteInputs(extensions) },
    { name: "wire", ext: "der", run: inEveryRelease(decodeWire), own: [DecodeError], inputs: byteInputs(wires) },
    { name: "dump", ext: "der", run: inEveryRelease(decodeDump), own: [DecodeError], inputs: byteInputs(dumps) },
    { name: "certificate", ext: "der", run: viewCertificate, own: [X509Error, DecodeError], inputs: byteInputs(certDers) },
    { name: "csr", ext: "der", run: parseCsr, own: [X509Error], inputs: byteInputs(csrs) },
    {
      name: "chain",
      ext: "pem",
      // what Albatross's TLS endpoint reads of a chain (audit adds signature checks on top)
      run: (b) => RELEASES.map((r) => endpointVerdict(readChain(b), r)),
      own: [X509Error, DecodeError, InspectError],
      inputs: (rng) => {
        const k = rng.int(4);
        if (k === 0) return mutateBytes(rng, text(rng.pick(chainPems)), [text(csrToPem(rng.pick(csrs)))]);
        const ders = splitPem(rng.pick(chainPems));
        const i = rng.int(ders.length);
        ders[i] = mutateBytes(rng, ders[i]!, certDers);
        if (k === 1) ders.reverse();
        return pemOf(rng, ders);
      },
    },
    {
      name: "json",
      ext: "json",
      // read as the CLI reads a JSON file (readJson: the base64 of bytes decoded as it comes), in pieces cut anywhere
      run: (b) => {
        const cut = b.length === 0 ? 0 : (b[0]! * 7919) % b.length;
        const tree = readJson([b.subarray(0, cut), b.subarray(cut)]) as { kind?: unknown; json?: unknown } | null;
        // text mutated past the envelope: what is left is read as an extension's form
        const kind = typeof tree === "object" && tree !== null && typeof tree.kind === "string" && Object.hasOwn(KINDS[DEFAULT_RELEASE], tree.kind) ? (tree.kind as Kind) : null;
        return kind === null ? fromJson(KINDS[DEFAULT_RELEASE].extension as never, tree) : fromJson(KINDS[DEFAULT_RELEASE][kind] as never, tree!.json);
      },
      own: [DecodeError, JsonTextError],
      inputs: (rng) => {
        const form = rng.pick(jsonForms);
        let json = form.json;
        for (let i = 1 + rng.int(3); i > 0; i--) json = mutateJson(rng, json);
        const whole = text(JSON.stringify({ kind: form.kind, json }));
        return rng.int(4) === 0 ? mutateBytes(rng, whole, [whole]) : whole;
      },
    },
    { name: "solo5", ext: "elf", run: readSolo5Image, own: [Solo5Error], inputs: byteInputs(images) },
  ];
}

// ---- running, reporting, saving, replaying

interface Finding {
  decoder: string;
  input: Uint8Array;
  error: string;
}

async function outcome(d: Decoder, input: Uint8Array): Promise<string | null> {
  try {
    await d.run(input);
    return null;
  } catch (e) {
    if (d.own.some((E) => e instanceof E)) return null;
    return e instanceof Error ? `${e.name}: ${e.message}\n${e.stack?.split("\n").slice(1, 4).join("\n") ?? ""}` : String(e);
  }
}

function save(out: string, d: Decoder, f: Finding): string {
  fs.mkdirSync(out, { recursive: true });
  const hash = createHash("sha256").update(f.input).digest("hex").slice(0, 16);
  const file = path.join(out, `${d.name}-${hash}.${d.ext}`);
  fs.writeFileSync(file, f.input);
  return file;
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i < 0 ? undefined : args[i + 1];
}

async function campaign(args: string[]): Promise<number> {
  const seed = Number(option(args, "seed") ?? 1);
  const count = Number(option(args, "count") ?? 100_000);
  const out = option(args, "out") ?? "fuzz-findings";
  const only = option(args, "only")?.split(",");
  if (!Number.isSafeInteger(seed) || !Number.isSafeInteger(count) || count <= 0) throw new Error("--seed and --count take integers");
  const all = await decoders();
  const chosen = only ? all.filter((d) => only.includes(d.name)) : all;
  if (only && chosen.length !== only.length) throw new Error(`--only takes names among ${all.map((d) => d.name).join(", ")}`);
  console.log(`fuzz: seed ${seed}, ${count} inputs per decoder`);
  console.log(`${"decoder".padEnd(12)} ${"inputs".padStart(8)} ${"refused".padStart(8)} ${"seconds".padStart(8)} ${"inputs/s".padStart(9)}  findings`);
  let total = 0;
  for (const d of chosen) {
    // one generator per decoder: --only NAME replays that decoder's very inputs
    const rng = new Rng(seed * 1000003 + all.indexOf(d));
    const seen = new Set<string>();
    let refused = 0;
    const findings: string[] = [];
    const start = process.hrtime.bigint();
    for (let n = 0; n < count; n++) {
      const input = d.inputs(rng);
      let error: string | null;
      try {
        await d.run(input);
        error = null;
      } catch (e) {
        refused++;
        error = d.own.some((E) => e instanceof E) ? null : e instanceof Error ? `${e.name}: ${e.message}` : String(e);
      }
      if (error !== null) {
        const key = error.replace(/\d+/g, "N").slice(0, 120);
        if (!seen.has(key)) {
          seen.add(key);
          findings.push(`  ${save(out, d, { decoder: d.name, input, error })}: ${error.split("\n")[0]!.slice(0, 200)}`);
        }
      }
    }
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    console.log(
      `${d.name.padEnd(12)} ${String(count).padStart(8)} ${String(refused).padStart(8)} ${seconds.toFixed(1).padStart(8)} ${Math.round(count / seconds).toString().padStart(9)}  ${findings.length}`,
    );
    for (const f of findings) console.log(f);
    total += findings.length;
  }
  console.log(total === 0 ? "no foreign exceptions" : `${total} distinct foreign exceptions, saved under ${out}/`);
  return total === 0 ? 0 : 1;
}

async function replay(targets: string[]): Promise<number> {
  const all = await decoders();
  const files = targets.flatMap((t) => (fs.statSync(t).isDirectory() ? fs.readdirSync(t).sort().map((f) => path.join(t, f)) : [t]));
  let foreign = 0;
  for (const file of files) {
    const d = all.find((x) => path.basename(file).startsWith(`${x.name}-`));
    if (!d) throw new Error(`${file}: the name does not start with a decoder's (${all.map((x) => x.name).join(", ")})`);
    const error = await outcome(d, new Uint8Array(fs.readFileSync(file)));
    if (error !== null) foreign++;
    console.log(`${file}: ${error === null ? "ok (accepted or refused with the decoder's own error)" : error}`);
  }
  return foreign === 0 ? 0 : 1;
}

const args = process.argv.slice(2);
const replayAt = args.indexOf("--replay");
process.exitCode = replayAt >= 0 ? await replay(args.slice(replayAt + 1)) : await campaign(args);
