import { strict as assert } from "node:assert";
import { decodePem, encodePem, generateCa, parseCertificate, splitPem, X509Error } from "../src/x509/index.js";
describe("x509/pem", function () {
    it("wraps base64 at 64 columns and reads it back", function () {
        const der = new Uint8Array(100).map((_, i) => i);
        const pem = encodePem("CERTIFICATE", der);
        assert.ok(pem.split("\n").every((line) => line.length <= 64));
        assert.deepEqual(decodePem(pem), [{ label: "CERTIFICATE", der }]);
    });
    it("splits a chain file leaf first and ignores text around the blocks", async function () {
        const a = await generateCa("a", "ed25519");
        const b = await generateCa("b", "ed25519");
        const file = `subject=a\n${a.certificate.pem}\nsome comment\n${b.certificate.pem}`;
        const chain = splitPem(file);
        assert.deepEqual(chain.map((der) => parseCertificate(der).subjectCn), ["a", "b"]);
        assert.throws(() => parseCertificate(file), /expected exactly one PEM "CERTIFICATE" block, found 2/);
        assert.equal(parseCertificate(new TextEncoder().encode(a.certificate.pem)).subjectCn, "a");
    });
    it("says what is wrong with a PEM text", function () {
        assert.throws(() => splitPem("nothing here"), /no PEM certificate found/);
        assert.throws(() => splitPem(encodePem("PRIVATE KEY", new Uint8Array(3))), /expected only CERTIFICATE blocks, found "PRIVATE KEY"/);
        assert.throws(() => decodePem("-----BEGIN CERTIFICATE-----\nAAAA\n-----END X509 CRL-----\n"), /"BEGIN CERTIFICATE" is closed by "END X509 CRL"/);
        assert.throws(() => decodePem("-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nAAAA\n-----END RSA PRIVATE KEY-----\n"), X509Error);
        assert.throws(() => decodePem("-----BEGIN CERTIFICATE-----\nAAA\n-----END CERTIFICATE-----\n"), /valid base64/);
    });
    it("rejects bytes that are not a certificate", function () {
        assert.throws(() => parseCertificate(new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x01])), /not a valid X.509 certificate/);
        assert.throws(() => parseCertificate(new Uint8Array([0x30, 0x83])), /malformed ASN.1/);
    });
});
//# sourceMappingURL=x509-pem.test.js.map