// What an operator recognises of an image or block data inside a command:
// its size and SHA-256 as the file they have (`sha256sum image.hvt`), the
// compressed size on the wire, and for an image its Solo5 target and devices.

import { type Payload, sha256Hex, uncompressed } from "../model/payload.js";
import { readSolo5Image, type Solo5Image } from "../solo5/manifest.js";

export interface PayloadFacts {
  kind: Payload["kind"];
  /** bytes as carried (compressed when `compressed`) */
  carriedSize: number;
  compressed: boolean;
  /** the uncompressed bytes: null when they do not decompress */
  size: number | null;
  sha256: string | null;
  /** for an image: its Solo5 ABI and manifest, or why they cannot be read */
  solo5: Solo5Image | { error: string } | null;
  error: string | null;
}

export function payloadFacts(p: Payload): PayloadFacts {
  const base = { kind: p.kind, carriedSize: p.data.length, compressed: p.compressed };
  let bytes: Uint8Array;
  try {
    bytes = uncompressed(p);
  } catch (e) {
    return { ...base, size: null, sha256: null, solo5: null, error: (e as Error).message };
  }
  let solo5: PayloadFacts["solo5"] = null;
  if (p.kind === "image") {
    try {
      solo5 = readSolo5Image(bytes);
    } catch (e) {
      solo5 = { error: (e as Error).message };
    }
  }
  return { ...base, size: bytes.length, sha256: sha256Hex(bytes), solo5, error: null };
}

const devices = (s: Solo5Image) => (s.devices.length ? s.devices.map((d) => `${d.name} (${d.type})`).join(", ") : "none");

/** Readable lines: label, value. */
export function payloadLines(f: PayloadFacts): (readonly [string, string])[] {
  const wire: readonly [string, string] = ["compression", f.compressed ? `zlib, ${f.carriedSize} bytes compressed` : "none"];
  if (f.error !== null) return [[f.kind, `${f.carriedSize} bytes: ${f.error}`], wire];
  const lines: (readonly [string, string])[] = [[f.kind, `${f.size} bytes, SHA-256 ${f.sha256}`], wire];
  if (f.solo5 !== null) {
    if ("error" in f.solo5) lines.push(["Solo5", `not a Solo5 image: ${f.solo5.error}`]);
    else lines.push(["Solo5", `${f.solo5.abi.target}, ABI version ${f.solo5.abi.version}`], ["devices", devices(f.solo5)]);
  }
  return lines;
}

/** The same facts as JSON (snake_case). */
export function payloadJson(f: PayloadFacts) {
  return {
    kind: f.kind,
    size: f.size,
    sha256: f.sha256,
    compressed: f.compressed,
    compressed_size: f.compressed ? f.carriedSize : null,
    solo5:
      f.solo5 === null
        ? null
        : "error" in f.solo5
          ? { error: f.solo5.error }
          : { target: f.solo5.abi.target, abi_version: f.solo5.abi.version, devices: f.solo5.devices.map((d) => ({ name: d.name, type: d.type })) },
    error: f.error,
  };
}
