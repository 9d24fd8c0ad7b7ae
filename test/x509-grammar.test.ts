// The X.509 grammar (src/x509/grammar.ts): each structure declared once, so
// what it reads it writes back byte for byte — Albatross's reference chains
// and openssl's certificates — and names hold whatever string types a
// certificate brings without the reader throwing anything but its own error.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { readTlv } from "../src/asn1/der.js";
import { decodeStrict } from "../src/asn1/schema.js";
import { viewCertificate } from "../src/inspect/index.js";
import { type AttributeTypeAndValue, certificate } from "../src/x509/grammar.js";
import { generateCa, parseCertificate, splitPem, X509Error } from "../src/x509/index.js";
import { loadVectors } from "./helpers/paths.js";

const roundTrips = (der: Uint8Array) => assert.deepEqual(Buffer.from(certificate.encode(decodeStrict(certificate, der))), Buffer.from(der));

describe("x509 grammar", function () {
  this.timeout(60000);

  it("writes back every certificate of the reference chains of 2.4 and 2.7 byte for byte", () => {
    let count = 0;
    for (const release of ["2.4", "2.7"] as const) {
      for (const c of loadVectors("chains.json", release)) {
        if (typeof c.pem !== "string") continue;
        for (const der of splitPem(c.pem)) {
          roundTrips(der);
          count++;
        }
      }
    }
    assert.ok(count > 50, `${count} certificates`);
  });

  it("writes back openssl's certificates: several RDNs, a multi-valued one, pathlen, policies, AKI with issuer and serial, GeneralizedTime", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "x509-grammar-"));
    try {
      const key = path.join(dir, "key.pem");
      const cert = path.join(dir, "cert.pem");
      execFileSync("openssl", ["genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-384", "-out", key], { stdio: "ignore" });
      execFileSync(
        "openssl",
        [
          "req", "-x509", "-key", key, "-out", cert, "-days", "36500", "-subj", "/C=DE/O=robur+OU=ops/CN=grammar",
          "-addext", "basicConstraints=critical,CA:TRUE,pathlen:2",
          "-addext", "certificatePolicies=2.5.29.32.0,1.2.3.4",
          "-addext", "authorityKeyIdentifier=keyid,issuer:always",
          "-addext", "extendedKeyUsage=clientAuth,1.2.3.5",
        ],
        { stdio: "ignore" },
      );
      const [der] = splitPem(fs.readFileSync(cert));
      roundTrips(der!);
      const view = viewCertificate(der!);
      // DER orders a SET OF by encoding: the shorter OU attribute first
      assert.equal(view.subject, "C=DE, OU=ops+O=robur, CN=grammar");
      assert.deepEqual(view.basicConstraints, { critical: true, ca: true, pathLength: 2 });
      assert.deepEqual(view.policies, ["2.5.29.32.0", "1.2.3.4"]);
      assert.deepEqual(view.extendedKeyUsage?.purposes, ["clientAuth", "1.2.3.5"]);
      assert.equal(view.notAfter.getUTCFullYear() > 2100, true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  describe("names with any attribute value", () => {
    let der: Uint8Array;
    before(async () => (der = (await generateCa("names", "ed25519")).certificate.der));

    /** The certificate with this subject (its signature no longer holds: reading does not check it). */
    function withSubject(rdns: [string, string][]): Uint8Array {
      const read = decodeStrict(certificate, der);
      const value = (hex: string) => readTlv(Buffer.from(hex, "hex"), 0, hex.length / 2);
      const subject: AttributeTypeAndValue[][] = rdns.map(([type, hex]) => [{ type, value: value(hex) }]);
      const tbs = read.tbsCertificate.value;
      return certificate.encode({ ...read, tbsCertificate: { ...read.tbsCertificate, value: { ...tbs, subject: { ...tbs.subject, value: subject } } } });
    }

    it("shows a value that is no string as # and its DER, and decodes BMPString and UniversalString leniently", () => {
      const view = viewCertificate(
        withSubject([
          ["2.5.4.10", "020105"], // an INTEGER
          ["2.5.4.11", "1e0141"], // a BMPString of one octet: no character
          ["2.5.4.7", "1c04ffffffff"], // a UniversalString beyond Unicode
          ["2.5.4.3", "1e0400610062"], // BMPString "ab"
        ]),
      );
      assert.equal(view.subject, "O=#020105, OU=, L=\ufffd, CN=ab");
      assert.equal(view.subjectCn, "ab");
    });

    it("refuses a common name that is no string with its own error", () => {
      assert.throws(() => parseCertificate(withSubject([["2.5.4.3", "020105"]])), (e: unknown) => e instanceof X509Error && /the common name is not a character string/.test(e.message));
    });
  });
});
