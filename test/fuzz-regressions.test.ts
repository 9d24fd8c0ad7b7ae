// Inputs `npm run fuzz` found raising something other than the decoder's own
// error (asn1js threw on some malformed primitive contents instead of
// reporting them): each is refused with the decoder's error. Certificates are
// read by our DER layer now, which names the element that is out of place.

import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { X509Error, parseCertificate, parseCsr } from "../src/x509/index.js";
import { readChain } from "../src/inspect/index.js";
import { certificateToPem } from "../src/x509/index.js";
import { runCliHere } from "./helpers/cli.js";

// SEQUENCE { <value> }: asn1js parsed the whole tree before pkijs looked at it
const inSequence = (hex: string) => Uint8Array.from(Buffer.from(`30${(hex.length / 2).toString(16).padStart(2, "0")}${hex}`, "hex"));

const mismatch = (tag: number) => new RegExp(`^not a valid X\\.509 certificate: Type mismatch: expected: \\(Constructed UNIVERSAL 16\\) got: \\(Primitive UNIVERSAL ${tag}\\)`);

const FOUND: [string, Uint8Array, RegExp][] = [
  ["a GeneralizedTime that is no time", inSequence("1803414243"), mismatch(24)],
  ["a UniversalString of 5 bytes", inSequence("1c050102030405"), mismatch(28)],
  ["a BMPString of one byte", inSequence("1e0141"), mismatch(30)],
];

describe("fuzz findings, now refused with the decoder's own error", () => {
  for (const [what, der, message] of FOUND) {
    it(`${what}: certificate, request and chain readers say X509Error`, async () => {
      const check = (e: unknown) => e instanceof X509Error && message.test(e.message);
      assert.throws(() => parseCertificate(der), check);
      // a request's outer structure is checked before asn1js sees it
      await assert.rejects(parseCsr(der), X509Error);
      assert.throws(() => readChain(certificateToPem(der)), check);
    });

    it(`${what}: inspect exits 1 with one error line and no output`, async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fuzz-found-"));
      const file = path.join(dir, "found.der");
      fs.writeFileSync(file, der);
      const r = await runCliHere(["inspect", file], { cwd: dir });
      assert.equal(r.status, 1);
      assert.equal(r.stdout, "");
      assert.match(r.stderr, /^error: [^\n]*found\.der: not a certificate, certificate chain, certificate request, key or Albatross state dump [^\n]*\n$/);
      assert.deepEqual(fs.readdirSync(dir), ["found.der"]);
    });
  }
});
