import { strict as assert } from "node:assert";
import { execFileSync } from "node:child_process";
import { createHash, createPublicKey } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BUILTIN_PROFILES, generateCa, generateKey, issueCertificate, parseCertificate, verifyCertificateSignature, X509Error, } from "../src/x509/index.js";
const COMMAND_EXTENSION = Buffer.from("300c020105a007a205a103020114", "hex");
function openssl(args) {
    try {
        return execFileSync("openssl", args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    }
    catch (error) {
        throw new Error(`openssl ${args.join(" ")} failed: ${error.stderr ?? ""}`);
    }
}
/** RFC 5280 method 1 computed without our ASN.1 code: the BIT STRING contents come from Node's own export. */
function expectedKeyId(spki) {
    const key = createPublicKey({ key: Buffer.from(spki), format: "der", type: "spki" });
    let bits;
    if (key.asymmetricKeyType === "rsa") {
        bits = key.export({ format: "der", type: "pkcs1" });
    }
    else {
        const jwk = key.export({ format: "jwk" });
        const x = Buffer.from(jwk.x, "base64url");
        bits = jwk.kty === "OKP" ? x : Buffer.concat([Buffer.from([4]), x, Buffer.from(jwk.y, "base64url")]);
    }
    return createHash("sha1").update(bits).digest("hex");
}
describe("x509/issue: certificate contents", function () {
    let dir;
    let ca;
    let subject;
    before(async function () {
        dir = mkdtempSync(join(tmpdir(), "albatross-ca-x509-issue-"));
        ca = await generateCa("test-ca", "p256");
        subject = await generateKey("ed25519");
    });
    after(function () {
        rmSync(dir, { recursive: true, force: true });
    });
    const asCa = () => ({ kind: "ca", certificate: ca.certificate.pem, key: ca.key });
    it("sets notBefore 10 s before now and notAfter at now + validity, in whole seconds", async function () {
        const now = new Date("2031-03-04T05:06:07.890Z");
        const issued = await issueCertificate({
            issuer: asCa(),
            subjectCn: "srv",
            subjectPublicKey: subject.spki,
            profile: BUILTIN_PROFILES.server,
            now,
        });
        const info = parseCertificate(issued.der);
        assert.equal(info.notBefore.toISOString(), "2031-03-04T05:05:57.000Z");
        assert.equal(info.notAfter.toISOString(), "2032-03-03T05:06:07.000Z");
        const asn1 = openssl(["asn1parse", "-in", join(dir, write("times.pem", issued.pem))]);
        assert.match(asn1, /UTCTIME +:310304050557Z/);
        assert.match(asn1, /UTCTIME +:320303050607Z/);
    });
    it("writes years from 2050 as GeneralizedTime without fraction, and openssl verifies the chain then", async function () {
        const now = new Date("2049-06-01T12:34:56.789Z");
        const oldCa = await generateCa("ca-2049", "ed25519", undefined, now);
        const issued = await issueCertificate({
            issuer: { kind: "ca", certificate: oldCa.certificate.der, key: oldCa.key },
            subjectCn: "srv",
            subjectPublicKey: subject.spki,
            profile: BUILTIN_PROFILES.server,
            now,
        });
        const caFile = write("ca-2049.pem", oldCa.certificate.pem);
        const certificateFile = write("srv-2049.pem", issued.pem);
        const asn1 = openssl(["asn1parse", "-in", join(dir, certificateFile)]);
        assert.match(asn1, /UTCTIME +:490601123446Z/);
        assert.match(asn1, /GENERALIZEDTIME +:20500601123456Z/);
        assert.match(openssl(["asn1parse", "-in", join(dir, caFile)]), /GENERALIZEDTIME +:20590530123456Z/);
        const atTime = String(Date.parse("2049-07-01T00:00:00Z") / 1000);
        openssl(["verify", "-attime", atTime, "-CAfile", join(dir, caFile), join(dir, certificateFile)]);
        assert.equal(parseCertificate(issued.pem).notAfter.toISOString(), "2050-06-01T12:34:56.000Z");
    });
    it("draws 16-byte positive minimal serials", async function () {
        const serials = new Set();
        for (let i = 0; i < 20; i++) {
            const issued = await issueCertificate({
                issuer: asCa(),
                subjectCn: "srv",
                subjectPublicKey: subject.spki,
                profile: BUILTIN_PROFILES.server,
            });
            assert.match(issued.serialHex, /^(0[1-9a-f]|[1-7][0-9a-f])[0-9a-f]{30}$/);
            serials.add(issued.serialHex);
        }
        assert.equal(serials.size, 20);
    });
    it("computes SKI by RFC 5280 method 1 and takes AKI from the issuer", async function () {
        const subCaKey = await generateKey("rsa2048");
        const subCa = await issueCertificate({
            issuer: asCa(),
            subjectCn: "sub",
            subjectPublicKey: subCaKey.spki,
            profile: BUILTIN_PROFILES["sub-ca"],
            albatrossExtension: Buffer.from("3009020105a404a0020500", "hex"),
        });
        const leaf = await issueCertificate({
            issuer: { kind: "ca", certificate: subCa.der, key: subCaKey },
            subjectCn: "leaf",
            subjectPublicKey: subject.spki,
            profile: BUILTIN_PROFILES.leaf,
            albatrossExtension: COMMAND_EXTENSION,
        });
        const subInfo = parseCertificate(subCa.der);
        const leafInfo = parseCertificate(leaf.der);
        assert.equal(subInfo.subjectKeyIdentifier, expectedKeyId(subCaKey.spki));
        assert.equal(subInfo.authorityKeyIdentifier, expectedKeyId(ca.key.spki), "root has no SKI: computed from its key");
        assert.equal(leafInfo.subjectKeyIdentifier, expectedKeyId(subject.spki));
        assert.equal(leafInfo.authorityKeyIdentifier, subInfo.subjectKeyIdentifier);
        assert.deepEqual(leafInfo.keyUsage, { critical: true, usages: ["digitalSignature", "keyEncipherment"] });
        assert.deepEqual(leafInfo.basicConstraints, { critical: true, ca: false, pathLength: null });
        assert.deepEqual(leafInfo.extendedKeyUsage, { critical: true, purposes: ["clientAuth"] });
        assert.deepEqual(subInfo.keyUsage?.usages, ["digitalSignature", "contentCommitment", "keyCertSign", "cRLSign"]);
        assert.equal(subInfo.publicKeyType, "rsa2048");
        assert.equal(leafInfo.subjectCn, "leaf");
        assert.equal(leafInfo.issuerCn, "sub");
        assert.equal(leafInfo.selfIssued, false);
        assert.equal(leafInfo.fingerprintSha256, createHash("sha256").update(leaf.der).digest("hex"));
        const opensslFingerprint = openssl(["x509", "-noout", "-fingerprint", "-sha256", "-in", join(dir, write("leaf.pem", leaf.pem))]);
        assert.equal(opensslFingerprint.trim().split("=")[1].replaceAll(":", "").toLowerCase(), leafInfo.fingerprintSha256);
    });
    it("refuses a leaf or sub-CA without the Albatross extension, and a server or root with one", async function () {
        const base = { issuer: asCa(), subjectCn: "x", subjectPublicKey: subject.spki };
        await assert.rejects(issueCertificate({ ...base, profile: BUILTIN_PROFILES.leaf }), /leaf profile .* requires an Albatross extension/);
        await assert.rejects(issueCertificate({ ...base, profile: BUILTIN_PROFILES["sub-ca"] }), X509Error);
        await assert.rejects(issueCertificate({ ...base, profile: BUILTIN_PROFILES.server, albatrossExtension: COMMAND_EXTENSION }), /server profile .* does not carry the Albatross extension/);
        await assert.rejects(issueCertificate({
            issuer: { kind: "self-signed", key: ca.key },
            subjectCn: "root",
            subjectPublicKey: ca.key.spki,
            profile: BUILTIN_PROFILES["root-ca"],
            albatrossExtension: COMMAND_EXTENSION,
        }), /root-ca profile .* does not carry the Albatross extension/);
    });
    it("refuses an extension value that is not one complete ASN.1 value", async function () {
        const base = { issuer: asCa(), subjectCn: "x", subjectPublicKey: subject.spki, profile: BUILTIN_PROFILES.leaf };
        await assert.rejects(issueCertificate({ ...base, albatrossExtension: Buffer.from("3009020105", "hex") }), /Albatross extension value/);
        await assert.rejects(issueCertificate({ ...base, albatrossExtension: Buffer.from("050000", "hex") }), /trailing bytes/);
    });
    it("refuses a CA key that does not match the CA certificate", async function () {
        await assert.rejects(issueCertificate({
            issuer: { kind: "ca", certificate: ca.certificate.pem, key: subject },
            subjectCn: "x",
            subjectPublicKey: subject.spki,
            profile: BUILTIN_PROFILES.server,
        }), /public key of CA certificate "test-ca" does not match the CA private key/);
    });
    it("refuses to sign with a certificate that is not a CA", async function () {
        const serverKey = await generateKey("ed25519");
        const server = await issueCertificate({
            issuer: asCa(),
            subjectCn: "srv",
            subjectPublicKey: serverKey.spki,
            profile: BUILTIN_PROFILES.server,
        });
        await assert.rejects(issueCertificate({
            issuer: { kind: "ca", certificate: server.der, key: serverKey },
            subjectCn: "x",
            subjectPublicKey: subject.spki,
            profile: BUILTIN_PROFILES.server,
        }), /certificate "srv" is not a CA/);
    });
    it("refuses a self-signed certificate for a foreign public key", async function () {
        await assert.rejects(issueCertificate({
            issuer: { kind: "self-signed", key: ca.key },
            subjectCn: "x",
            subjectPublicKey: subject.spki,
            profile: BUILTIN_PROFILES["root-ca"],
        }), /self-signed certificate must certify the public key of its own signing key/);
    });
    it("gives generateCa's validity in days and reuses a given key", async function () {
        const now = new Date("2030-01-01T00:00:00Z");
        const again = await generateCa("again", ca.key, 7, now);
        const info = parseCertificate(again.certificate.pem);
        assert.equal(info.notAfter.toISOString(), "2030-01-08T00:00:00.000Z");
        assert.deepEqual(info.publicKey, ca.key.spki);
        assert.equal(info.selfIssued, true);
        assert.equal(await verifyCertificateSignature(again.certificate.der, again.certificate.der), true);
    });
    it("detects a tampered signature and rejects trailing bytes", async function () {
        const der = new Uint8Array(ca.certificate.der);
        der[der.length - 5] ^= 0x01;
        assert.equal(await verifyCertificateSignature(der, ca.certificate.der), false);
        const padded = new Uint8Array([...ca.certificate.der, 0]);
        assert.throws(() => parseCertificate(padded), /1 trailing bytes after the ASN.1 value/);
    });
    function write(name, content) {
        writeFileSync(join(dir, name), content);
        return name;
    }
});
//# sourceMappingURL=x509-issue.test.js.map