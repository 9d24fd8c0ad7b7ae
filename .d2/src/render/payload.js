// What an operator recognises of an image or block data inside a command:
// its size and SHA-256 as the file they have (`sha256sum image.hvt`), the
// compressed size on the wire, and for an image its Solo5 target and devices.
import { sha256Hex, uncompressed } from "../model/payload.js";
import { readSolo5Image } from "../solo5/index.js";
export function payloadFacts(p) {
    const base = { kind: p.kind, carriedSize: p.data.length, compressed: p.compressed };
    let bytes;
    try {
        bytes = uncompressed(p);
    }
    catch (e) {
        return { ...base, size: null, sha256: null, solo5: null, error: e.message };
    }
    let solo5 = null;
    if (p.kind === "image") {
        try {
            solo5 = readSolo5Image(bytes);
        }
        catch (e) {
            solo5 = { error: e.message };
        }
    }
    return { ...base, size: bytes.length, sha256: sha256Hex(bytes), solo5, error: null };
}
const devices = (s) => (s.devices.length ? s.devices.map((d) => `${d.name} (${d.type})`).join(", ") : "none");
/** Readable lines: label, value. */
export function payloadLines(f) {
    const wire = ["compression", f.compressed ? `zlib, ${f.carriedSize} bytes compressed` : "none"];
    if (f.error !== null)
        return [[f.kind, `${f.carriedSize} bytes: ${f.error}`], wire];
    const lines = [[f.kind, `${f.size} bytes, SHA-256 ${f.sha256}`], wire];
    if (f.solo5 !== null) {
        if ("error" in f.solo5)
            lines.push(["Solo5", `not a Solo5 image: ${f.solo5.error}`]);
        else
            lines.push(["Solo5", `${f.solo5.abi.target}, ABI version ${f.solo5.abi.version}`], ["devices", devices(f.solo5)]);
    }
    return lines;
}
/** The same facts as JSON (snake_case). */
export function payloadJson(f) {
    return {
        kind: f.kind,
        size: f.size,
        sha256: f.sha256,
        compressed: f.compressed,
        compressed_size: f.compressed ? f.carriedSize : null,
        solo5: f.solo5 === null
            ? null
            : "error" in f.solo5
                ? { error: f.solo5.error }
                : { target: f.solo5.abi.target, abi_version: f.solo5.abi.version, devices: f.solo5.devices.map((d) => ({ name: d.name, type: d.type })) },
        error: f.error,
    };
}
//# sourceMappingURL=payload.js.map