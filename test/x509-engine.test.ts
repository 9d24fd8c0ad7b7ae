import { strict as assert } from "node:assert";
import { execFileSync } from "node:child_process";

import * as asn1js from "asn1js";
import * as pkijs from "pkijs";

import {
  certificateToPem,
  generateCa,
  type GeneratedCa,
  generateKey,
  verifyCertificateSignature,
} from "../src/x509/index.js";
import { ensureEngine } from "../src/x509/engine.js";

function asn1parse(der: Uint8Array): string {
  return execFileSync("openssl", ["asn1parse"], { input: certificateToPem(der), encoding: "utf8" });
}

describe("x509/engine: pkijs with Ed25519", function () {
  let ed25519: GeneratedCa;
  let p256: GeneratedCa;
  let rsa: GeneratedCa;

  before(async function () {
    [ed25519, p256, rsa] = await Promise.all([generateCa("ed", "ed25519"), generateCa("ec", "p256"), generateCa("rsa", "rsa2048")]);
  });

  it("is installed once as the pkijs engine", function () {
    const engine = ensureEngine();
    assert.equal(ensureEngine(), engine);
    assert.equal(pkijs.getEngine().crypto, engine);
  });

  it("exports and imports Ed25519 keys through WebCrypto", async function () {
    const engine = ensureEngine();
    const key = await generateKey("ed25519");
    assert.deepEqual(new Uint8Array(await engine.exportKey("pkcs8", key.privateKey)), key.pkcs8);
    const jwk = await engine.exportKey("jwk", key.privateKey);
    assert.equal(jwk.crv, "Ed25519");
    const publicKey = await engine.importKey("spki", key.spki, { name: "Ed25519" }, true, ["verify"]);
    assert.deepEqual(new Uint8Array(await engine.exportKey("spki", publicKey)), key.spki);
  });

  it("signs through the global engine with pkijs defaults", async function () {
    ensureEngine();
    const certificate = new pkijs.Certificate({ schema: asn1js.fromBER(ed25519.certificate.der).result });
    await certificate.sign(ed25519.key.privateKey);
    const der = new Uint8Array(certificate.toSchema(true).toBER(false));
    assert.equal(await verifyCertificateSignature(der, ed25519.certificate.der), true);
  });

  it("writes id-Ed25519 without parameters and sha256WithRSAEncryption with NULL", function () {
    assert.match(asn1parse(ed25519.certificate.der), /OBJECT +:ED25519\n/);
    assert.doesNotMatch(asn1parse(ed25519.certificate.der), /NULL/);
    assert.match(asn1parse(rsa.certificate.der), /OBJECT +:sha256WithRSAEncryption\n.*NULL/);
    assert.match(asn1parse(p256.certificate.der), /OBJECT +:ecdsa-with-SHA256\n/);
  });

  it("says false, not an exception, when the issuer key is of another kind", async function () {
    for (const [subject, issuer] of [
      [ed25519, p256],
      [p256, ed25519],
      [p256, rsa],
      [rsa, p256],
      [rsa, ed25519],
      [ed25519, rsa],
    ] as const) {
      assert.equal(await verifyCertificateSignature(subject.certificate.der, issuer.certificate.der), false);
    }
  });
});
