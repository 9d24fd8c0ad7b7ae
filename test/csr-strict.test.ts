// Certificate requests read as strictly as openssl and ocaml-x509 read them:
// DER lengths, three elements, algorithm parameters that fit the algorithm,
// a signature BIT STRING of whole octets; a broken extensionRequest gets a
// sentence. `request` refuses an unusable policy as add-policy does.

import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import * as asn1js from "asn1js";
import { Cls, children, content, encodedBytes, readTlv, tlv, wrap } from "../src/asn1/der.js";
import { X509Error, createCsr, csrToPem, generateKey, parseCsr } from "../src/x509/index.js";
import { commonNameName, integer, oid, sequence, set, signed } from "../src/x509/write.js";
import { runCliHere } from "./helpers/cli.js";

const U = Cls.Universal;
const seq = (...parts: Uint8Array[]) => tlv(U, true, 16, parts);
const hex = (h: string) => Uint8Array.from(Buffer.from(h, "hex"));
const ED25519 = hex("06032b6570");
const SHA256_RSA = hex("06092a864886f70d01010b");

/** The three parts of a request, to put together again with one of them changed. */
function parts(der: Uint8Array): [Uint8Array, Uint8Array, Uint8Array] {
  const outer = readTlv(der, 0, der.length);
  const [info, alg, sig] = children(der, outer.start, outer.end).map((t) => der.subarray(t.at, t.end));
  return [info!, alg!, sig!];
}

/** A signed request whose only attribute is an extensionRequest holding `values` (asn1js builds the hostile ones). */
async function requestWithAttribute(values: asn1js.AsnType[]): Promise<Uint8Array> {
  const key = await generateKey("ed25519");
  const attribute = sequence(oid("1.2.840.113549.1.9.14"), set(...values.map((v) => encodedBytes(new Uint8Array(v.toBER(false))))));
  const info = sequence(integer(Uint8Array.of(0)), commonNameName("x"), encodedBytes(key.spki), wrap(Cls.Context, true, 0, [attribute]));
  return signed(info, key);
}

describe("certificate requests: the outer structure and the extensionRequest", function () {
  this.timeout(300000);
  let ed: Uint8Array;
  let rsa: Uint8Array;
  const broken: [string, () => Promise<Uint8Array> | Uint8Array, string][] = [];

  before(async () => {
    ed = await createCsr("x", await generateKey("ed25519"), hex("3009020105a004a0020500"));
    rsa = await createCsr("x", await generateKey("rsa2048"));
  });

  it("our own requests of every key type pass, and RSA's parameters may be absent as openssl allows", async () => {
    await parseCsr(ed);
    await parseCsr(rsa);
    const [info, , sig] = parts(rsa);
    assert.equal((await parseCsr(seq(info, seq(SHA256_RSA), sig))).subjectCn, "x");
  });

  broken.push(
    ["a byte after the request", () => Uint8Array.from([...ed, 0]), "certificate request: 1 bytes after the request"],
    ["a truncated request", () => ed.subarray(0, ed.length - 1), "certificate request: not DER: Unexpected EOF"],
    ["a padded length", () => { const [i, a, s] = parts(ed); const body = Buffer.concat([i, a, s]); return Uint8Array.from([0x30, 0x82, 0x00, body.length, ...body]); }, "certificate request: not DER: Header"],
    ["an indefinite length", () => { const [i, a, s] = parts(ed); return Uint8Array.from([0x30, 0x80, ...i, ...a, ...s, 0, 0]); }, "certificate request: not DER: Constructed indefinite form"],
    ["a fourth element", () => { const [i, a, s] = parts(ed); return seq(i, a, s, hex("0500")); }, "certificate request: the request has more than three elements"],
    ["no signature", () => { const [i, a] = parts(ed); return seq(i, a); }, "certificate request: the signature is missing"],
    ["a signature with unused bits", () => { const [i, a, s] = parts(ed); const c = Uint8Array.from(content(readTlv(s, 0, s.length))); c[0] = 1; return seq(i, a, tlv(U, false, 3, [c])); }, "certificate request: the signature BIT STRING has 1 unused bits (a signature is whole octets)"],
    ["Ed25519 with NULL parameters", () => { const [i, , s] = parts(ed); return seq(i, seq(ED25519, hex("0500")), s); }, "certificate request: the Ed25519 signature algorithm takes no parameters"],
    ["RSA with INTEGER parameters", () => { const [i, , s] = parts(rsa); return seq(i, seq(SHA256_RSA, hex("020100")), s); }, "certificate request: the sha256WithRSAEncryption signature algorithm takes NULL parameters or none"],
    ["an algorithm without OID", () => { const [i, , s] = parts(ed); return seq(i, seq(hex("0500")), s); }, "certificate request: the signature algorithm's OID has the wrong type"],
    ["an empty extensionRequest", () => requestWithAttribute([new asn1js.Sequence()]), "the extensionRequest attribute holds an empty list of extensions"],
    ["an extensionRequest without value", () => requestWithAttribute([]), "the extensionRequest attribute must hold exactly one value, it holds 0"],
    ["an extensionRequest that is no list", () => requestWithAttribute([new asn1js.Integer({ value: 1 })]), "the extensionRequest attribute does not hold a list of extensions"],
    ["an extensionRequest with a malformed extension", () => requestWithAttribute([new asn1js.Sequence({ value: [new asn1js.Integer({ value: 1 })] })]), "the extensionRequest attribute holds a malformed extension"],
  );

  const ca = fs.mkdtempSync(path.join(os.tmpdir(), "csr-strict-"));
  before(async () => assert.equal((await runCliHere(["generate", "ops-ca", "ca.db"], { cwd: ca })).status, 0));

  for (const [what, make, message] of broken) {
    it(`${what}: the library says so, and sign exits 1 with one error line, no output, nothing written`, async () => {
      const der = await make();
      await assert.rejects(parseCsr(der), (e: Error) => e instanceof X509Error && e.message.startsWith(message));
      const req = path.join(ca, "bad.req");
      fs.writeFileSync(req, csrToPem(der));
      const before = fs.readdirSync(ca).sort();
      const db = fs.readFileSync(path.join(ca, "ca.db"));
      const r = await runCliHere(["sign", "cacert.pem", "ca.db", "ops-ca.key", "bad.req"], { cwd: ca });
      assert.equal(r.status, 1);
      assert.equal(r.stdout, "");
      assert.match(r.stderr, /^error: [^\n]+\n$/);
      assert.ok(r.stderr.includes(message), r.stderr);
      assert.deepEqual(fs.readdirSync(ca).sort(), before);
      assert.deepEqual(fs.readFileSync(path.join(ca, "ca.db")), db);
    });
  }
});

describe("request: an unusable policy is refused as add-policy refuses it", function () {
  this.timeout(120000);
  it("same message, exit 1, no output, no key written", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "request-policy-"));
    fs.writeFileSync(path.join(dir, "p.json"), JSON.stringify({ kind: "policy_add", policy: { unikernels: 1, cpuids: [], memory: 10, block: null, bridges: [] } }));
    const addPolicy = await runCliHere(["add-policy", "alice", "1", "--mem=10", "--csr"], { cwd: fs.mkdtempSync(path.join(dir, "a-")) });
    const r = await runCliHere(["request", "p.json", "--name", "alice"], { cwd: dir });
    assert.equal(r.status, 1);
    assert.equal(r.stdout, "");
    assert.equal(r.stderr, "error: Unusable policy with no CPUids\n");
    assert.equal(r.stderr, addPolicy.stderr);
    assert.deepEqual(fs.readdirSync(dir).filter((f) => !f.startsWith("a-")), ["p.json"]);
  });
});
