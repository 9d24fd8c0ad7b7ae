// Hostile and large inputs: a chain far longer than Albatross accepts, a
// large file of random bytes, and a real leaf certificate carrying a large
// image, handed to inspect and audit. Each case in its own process, reading
// its input from a file as the CLI does, so that its peak memory is its own.
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildRequest, createCommand, makeAuthority, signRequest } from "../src/ca/index.js";
import { auditChain, inspect } from "../src/inspect/index.js";
import { nameOfString } from "../src/model/name.js";
import { DEFAULT_RELEASE } from "../src/model/release.js";
import { csrToPem, generateCa, generateKey } from "../src/x509/index.js";
import { load, peakMemoryMb } from "./measure.js";
const CHAIN = 10_000;
const RANDOM_MB = 100;
const IMAGE_MB = 64;
async function runCase(mode, file, ca) {
    const input = fs.readFileSync(file);
    const start = performance.now();
    let answer;
    try {
        if (mode === "audit")
            answer = JSON.stringify((await auditChain(input, { ca: fs.readFileSync(ca, "latin1") })).verdict).slice(0, 80);
        else
            answer = (await inspect(input)).kind;
    }
    catch (e) {
        answer = `error: ${e.message.slice(0, 60)}`;
    }
    const ms = performance.now() - start;
    console.log(JSON.stringify({ ms, peakMb: peakMemoryMb(), answer }));
}
function child(mode, file, ca) {
    const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), mode, file, ca], { encoding: "utf8" });
    if (r.status !== 0)
        throw new Error(`${mode}: ${r.stderr}`);
    return JSON.parse(r.stdout);
}
export async function benchHostile() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-hostile-"));
    try {
        const ca = await generateCa("bench-ca", "ed25519");
        const caFile = path.join(dir, "ca.pem");
        fs.writeFileSync(caFile, ca.certificate.pem);
        const chain = path.join(dir, "chain.pem");
        fs.writeFileSync(chain, ca.certificate.pem.repeat(CHAIN));
        const random = path.join(dir, "random.bin");
        fs.writeFileSync(random, crypto.randomBytes(RANDOM_MB * 2 ** 20));
        const image = Buffer.alloc(IMAGE_MB * 2 ** 20);
        const code = fs.readFileSync(process.execPath);
        for (let at = 0; at < image.length; at += code.length)
            code.copy(image, at, 0, Math.min(code.length, image.length - at));
        const request = await buildRequest(createCommand({ image, compressionLevel: 0, skipManifestCheck: true }), nameOfString("big"), await generateKey("ed25519"), DEFAULT_RELEASE);
        const leaf = path.join(dir, "leaf.pem");
        fs.writeFileSync(leaf, (await signRequest(makeAuthority(ca.certificate.pem, ca.key, DEFAULT_RELEASE), csrToPem(request.der))).chainPem);
        console.log(`\nhostile and large inputs (each in its own process, read from a file)   (${load()})`);
        const c = child("audit", chain, caFile);
        console.log(`  audit of a PEM chain of ${CHAIN} certificates: ${c.ms.toFixed(1)} ms (target < 100 ms), peak ${c.peakMb} MB: ${c.answer}`);
        for (const [mode, file, what] of [
            ["inspect", random, `${RANDOM_MB} MB of random bytes`],
            ["inspect", leaf, `a leaf with a ${IMAGE_MB} MB image (PEM)`],
            ["audit", leaf, `a leaf with a ${IMAGE_MB} MB image (PEM)`],
        ]) {
            const size = fs.statSync(file).size / 2 ** 20;
            const limit = Math.round(size * 3 + 100);
            const r = child(mode, file, caFile);
            console.log(`  ${mode} of ${what}: ${r.ms.toFixed(0)} ms, peak ${r.peakMb} MB = ${((r.peakMb - 100) / size).toFixed(1)}x the input + 100 MB (target <= 3x + 100 MB = ${limit} MB): ${r.answer}`);
        }
    }
    finally {
        fs.rmSync(dir, { recursive: true, force: true });
    }
}
if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2]) {
    await runCase(process.argv[2], process.argv[3], process.argv[4]);
}
//# sourceMappingURL=hostile.js.map