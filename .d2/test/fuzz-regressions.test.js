// Inputs `npm run fuzz` found raising something other than the decoder's own
// error (asn1js throws on some malformed primitive contents instead of
// reporting them): each is now refused with the decoder's error.
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { X509Error, parseCertificate, parseCsr } from "../src/x509/index.js";
import { readChain } from "../src/inspect/index.js";
import { certificateToPem } from "../src/x509/index.js";
import { runCli } from "./helpers/cli.js";
// SEQUENCE { <value> }: asn1js parses the whole tree before pkijs looks at it
const inSequence = (hex) => Uint8Array.from(Buffer.from(`30${(hex.length / 2).toString(16).padStart(2, "0")}${hex}`, "hex"));
const FOUND = [
    ["a GeneralizedTime that is no time", inSequence("1803414243"), /malformed ASN\.1 \(Wrong input string for conversion\)/],
    ["a UniversalString of 5 bytes", inSequence("1c050102030405"), /malformed ASN\.1 \(byte length of Uint32Array should be a multiple of 4\)/],
    ["a BMPString of one byte", inSequence("1e0141"), /malformed ASN\.1 \(Offset is outside the bounds of the DataView\)/],
];
describe("fuzz findings, now refused with the decoder's own error", () => {
    for (const [what, der, message] of FOUND) {
        it(`${what}: certificate, request and chain readers say X509Error`, async () => {
            const check = (e) => e instanceof X509Error && message.test(e.message);
            assert.throws(() => parseCertificate(der), check);
            // a request's outer structure is checked before asn1js sees it
            await assert.rejects(parseCsr(der), X509Error);
            assert.throws(() => readChain(certificateToPem(der)), check);
        });
        it(`${what}: inspect exits 1 with one error line and no output`, () => {
            const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fuzz-found-"));
            const file = path.join(dir, "found.der");
            fs.writeFileSync(file, der);
            const r = runCli(["inspect", file], { cwd: dir });
            assert.equal(r.status, 1);
            assert.equal(r.stdout, "");
            assert.match(r.stderr, /^error: [^\n]*found\.der: not a certificate, certificate chain, certificate request, key or Albatross state dump [^\n]*\n$/);
            assert.deepEqual(fs.readdirSync(dir), ["found.der"]);
        });
    }
});
//# sourceMappingURL=fuzz-regressions.test.js.map