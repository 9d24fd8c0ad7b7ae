import { X509Error } from "./errors.js";

export interface PemBlock {
  readonly label: string;
  readonly der: Uint8Array;
}

const BLOCK = /-----BEGIN ([^-\r\n]+)-----([\s\S]*?)-----END ([^-\r\n]+)-----/g;
const BASE64_BODY = /^[A-Za-z0-9+/]*={0,2}$/;

export function encodePem(label: string, der: Uint8Array): string {
  const base64 = Buffer.from(der.buffer, der.byteOffset, der.byteLength).toString("base64");
  const lines = base64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join("\n")}\n-----END ${label}-----\n`;
}

/** All PEM blocks of a text, in order; text between blocks is ignored, as openssl does. */
export function decodePem(text: string): PemBlock[] {
  const blocks: PemBlock[] = [];
  for (const match of text.matchAll(BLOCK)) {
    const [, begin, body, end] = match as unknown as [string, string, string, string];
    if (begin !== end) {
      throw new X509Error(`PEM block "BEGIN ${begin}" is closed by "END ${end}"`);
    }
    const base64 = body.replace(/\s+/g, "");
    if (base64.length % 4 !== 0 || !BASE64_BODY.test(base64)) {
      throw new X509Error(`PEM block "${begin}" does not hold valid base64 (encrypted or with headers?)`);
    }
    blocks.push({ label: begin, der: new Uint8Array(Buffer.from(base64, "base64")) });
  }
  return blocks;
}

/** The DER of every certificate in a PEM file (a chain is leaf first). */
export function splitPem(text: string): Uint8Array[] {
  const blocks = decodePem(text);
  if (blocks.length === 0) {
    throw new X509Error("no PEM certificate found");
  }
  return blocks.map((block) => {
    if (block.label !== "CERTIFICATE") {
      throw new X509Error(`expected only CERTIFICATE blocks, found "${block.label}"`);
    }
    return block.der;
  });
}

/**
 * Accept what a user may hand us: PEM text, or the bytes of a file that is
 * either PEM or DER. Exactly one block with the expected label is allowed.
 */
export function derFromInput(input: string | Uint8Array, label: string): Uint8Array {
  if (typeof input !== "string" && !looksLikePem(input)) {
    return input;
  }
  const text = typeof input === "string" ? input : Buffer.from(input).toString("latin1");
  const blocks = decodePem(text);
  if (blocks.length !== 1) {
    throw new X509Error(`expected exactly one PEM "${label}" block, found ${blocks.length}`);
  }
  const [block] = blocks as [PemBlock];
  if (block.label !== label) {
    throw new X509Error(`expected a PEM "${label}" block, found "${block.label}"`);
  }
  return block.der;
}

function looksLikePem(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).includes("-----BEGIN ");
}
