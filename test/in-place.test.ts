// Writing around an image instead of copying it: a request read from its file
// is in memory handed over to the writer, and its certificate is written
// around the image where it lies (no new memory for tens of MB). The bytes
// must be exactly those of a certificate written into new memory.

import assert from "node:assert/strict";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { bytesToWriteAround, encodedBytes, flatten, flattenInPlace, wrap } from "../src/asn1/der.js";
import { buildRequest, createCommand, makeAuthority, signRequest } from "../src/ca/index.js";
import { readRequestFile } from "../src/ca/files.js";
import { decodeExtension } from "../src/codec/index.js";
import { auditChain } from "../src/inspect/index.js";
import { nameOfString } from "../src/model/name.js";
import { csrToPem, generateCa, generateKey, parseCertificate, privateKeyToPem, readDerFile } from "../src/x509/index.js";
import { runCliHere } from "./helpers/cli.js";

const MB = 1024 * 1024;
const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");

describe("writing around handed-over memory (flattenInPlace)", function () {
  it("writes the rest around the largest part, which stays where it is: the bytes flatten makes", function () {
    const big = bytesToWriteAround(2 * MB);
    crypto.randomFillSync(big);
    const bigBefore = Buffer.from(big);
    // a small part read from the same memory just before the large one, and written after it: what goes before overwrites it, so it is copied out first
    const alias = new Uint8Array(big.buffer, big.byteOffset - 16, 16);
    crypto.randomFillSync(alias);
    const e = wrap(0, true, 16, [encodedBytes(crypto.randomBytes(32)), encodedBytes(big), encodedBytes(alias), encodedBytes(Uint8Array.of(4))]);
    const expected = hex(flatten(e));
    const out = flattenInPlace(e);
    assert.equal(out.buffer, big.buffer, "not written in place");
    assert.equal(hex(out), expected);
    assert.ok(Buffer.from(big).equals(bigBefore), "the large part moved or changed");
    // once: the memory is no longer handed over
    const again = flattenInPlace(e);
    assert.notEqual(again.buffer, big.buffer);
  });

  it("copies when the memory was not handed over, is too small to hand over, or lacks room", function () {
    const plain = crypto.randomBytes(2 * MB);
    assert.notEqual(flattenInPlace(wrap(0, true, 16, [encodedBytes(plain)])).buffer, plain.buffer);
    const small = bytesToWriteAround(1000);
    assert.notEqual(flattenInPlace(wrap(0, true, 16, [encodedBytes(small)])).buffer, small.buffer);
    const big = bytesToWriteAround(2 * MB);
    const e = wrap(0, true, 16, [encodedBytes(new Uint8Array(200 * 1024)), encodedBytes(big)]);
    const out = flattenInPlace(e);
    assert.notEqual(out.buffer, big.buffer);
    assert.equal(hex(out), hex(flatten(e)));
  });
});

describe("signing a request read from its file", function () {
  this.timeout(120000);
  let dir: string;
  before(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "in-place-"))));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  for (const form of ["PEM", "DER"] as const) {
    it(`${form}: the certificate is written around the image, byte for byte the one written into new memory`, async () => {
      const image = new Uint8Array(crypto.randomBytes(3 * MB));
      const request = await buildRequest(createCommand({ image, compressionLevel: 0, skipManifestCheck: true }), nameOfString("big"), await generateKey("ed25519"), "2.7");
      const file = path.join(dir, `big-${form}.req`);
      fs.writeFileSync(file, form === "PEM" ? csrToPem(request.der) : request.der);
      const ca = await generateCa("ca", "ed25519");
      const authority = makeAuthority(ca.certificate.pem, ca.key, "2.7");
      const now = new Date("2026-01-02T03:04:05Z");

      const copied = await signRequest(authority, await readDerFile(file, "CERTIFICATE REQUEST"), { now });
      const handedOver = await readRequestFile(file);
      const inPlace = await signRequest(authority, handedOver, { now });
      assert.equal(inPlace.certificate.der.buffer, handedOver.buffer, "not written in place");
      assert.notEqual(copied.certificate.der.buffer, request.der.buffer);

      // the same bytes but for the serial and the signature (a fresh serial each)
      const [a, b] = [copied.certificate.der, inPlace.certificate.der];
      assert.equal(a.length, b.length);
      const serialAt = Buffer.from(a).indexOf(Buffer.from(copied.certificate.serialHex, "hex"));
      for (let i = 0; i < a.length; i++) {
        if (a[i] !== b[i]) assert.ok((i >= serialAt && i < serialAt + 16) || i >= a.length - 64, `byte ${i} of ${a.length} differs`);
      }
      const ext = decodeExtension(parseCertificate(inPlace.certificate.der).albatrossExtension!.value, "2.7");
      assert.ok(ext.command.kind === "unikernel_create" && Buffer.from(ext.command.config.image).equals(image));
      const audit = await auditChain(inPlace.chainPem, { ca: ca.certificate.pem });
      assert.equal(audit.verified, true);
      assert.equal(audit.verdict.accepted, true);
    });
  }
});

describe("create through the CLI", function () {
  this.timeout(120000);

  it("the image is read into memory handed over to the writer: the request the library writes into new memory, byte for byte", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "in-place-create-"));
    try {
      const image = crypto.randomBytes(3 * MB);
      fs.writeFileSync(path.join(dir, "image.bin"), image);
      // an existing key is reused, and Ed25519 signatures are deterministic: the same request
      const key = await generateKey("ed25519");
      fs.writeFileSync(path.join(dir, "big.key"), privateKeyToPem(key), { mode: 0o400 });
      const r = await runCliHere(["create", "big", "image.bin", "--skip-manifest-check", "--compression-level", "0", "--albatross", "2.7"], { cwd: dir });
      assert.equal(r.status, 0, r.stderr);
      const expected = await buildRequest(createCommand({ image: new Uint8Array(image), compressionLevel: 0, skipManifestCheck: true }), nameOfString("big"), key, "2.7");
      assert.equal(fs.readFileSync(path.join(dir, "big.req"), "latin1"), csrToPem(expected.der));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
