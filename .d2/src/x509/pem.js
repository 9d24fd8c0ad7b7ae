import { X509Error } from "./errors.js";
const BLOCK = /-----BEGIN ([^-\r\n]+)-----([\s\S]*?)-----END ([^-\r\n]+)-----/g;
const BASE64_BODY = /^[A-Za-z0-9+/]*={0,2}$/;
/** Bytes per 64-character base64 line. */
const LINE_BYTES = 48;
/** Written line by line into one buffer: a whole image is never one base64 string plus a string per line. */
export function encodePem(label, der) {
    const bytes = Buffer.from(der.buffer, der.byteOffset, der.byteLength);
    const begin = `-----BEGIN ${label}-----\n`;
    const end = `-----END ${label}-----\n`;
    const lines = Math.max(1, Math.ceil(bytes.length / LINE_BYTES));
    const out = Buffer.allocUnsafe(begin.length + Math.ceil(bytes.length / 3) * 4 + lines + end.length);
    let p = out.write(begin, 0, "latin1");
    for (let at = 0; at < bytes.length; at += LINE_BYTES) {
        p += out.write(bytes.toString("base64", at, Math.min(at + LINE_BYTES, bytes.length)), p, "latin1");
        out[p++] = 0x0a;
    }
    if (bytes.length === 0)
        out[p++] = 0x0a;
    p += out.write(end, p, "latin1");
    return out.toString("latin1", 0, p);
}
/** All PEM blocks of a text, in order; text between blocks is ignored, as openssl does. */
export function decodePem(text) {
    const blocks = [];
    for (const match of text.matchAll(BLOCK)) {
        const [, begin, body, end] = match;
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
export function splitPem(text) {
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
export function derFromInput(input, label) {
    if (typeof input !== "string" && !looksLikePem(input)) {
        return input;
    }
    const text = typeof input === "string" ? input : Buffer.from(input).toString("latin1");
    const blocks = decodePem(text);
    if (blocks.length !== 1) {
        throw new X509Error(`expected exactly one PEM "${label}" block, found ${blocks.length}`);
    }
    const [block] = blocks;
    if (block.label !== label) {
        throw new X509Error(`expected a PEM "${label}" block, found "${block.label}"`);
    }
    return block.der;
}
function looksLikePem(bytes) {
    return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).includes("-----BEGIN ");
}
//# sourceMappingURL=pem.js.map