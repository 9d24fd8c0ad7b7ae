import { strict as assert } from "node:assert";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BUILTIN_PROFILES, createCsr, csrToPem, generateCa, generateKey, issueCertificate, KEY_TYPES, keyIdentifier, ONE_SHOT_LEAF_SECONDS, parseCertificate, parseCsr, privateKeyToPem, readPrivateKey, verifyCertificateSignature, withValidity, } from "../src/x509/index.js";
const POLICY_EXTENSION = Buffer.from("3009020105a404a0020500", "hex");
const COMMAND_EXTENSION = Buffer.from("300c020105a007a205a103020114", "hex");
const SIGNATURE_ALGORITHMS = {
    ed25519: "ED25519",
    p256: "ecdsa-with-SHA256",
    p384: "ecdsa-with-SHA384",
    p521: "ecdsa-with-SHA512",
    rsa2048: "sha256WithRSAEncryption",
    rsa4096: "sha256WithRSAEncryption",
};
/** What `openssl x509 -text` must show: extension header → critical, and lines that must appear. */
const EXPECTED_TEXT = {
    root: {
        extensions: { "X509v3 Key Usage": true, "X509v3 Basic Constraints": true },
        lines: ["CA:TRUE", "Digital Signature, Non Repudiation, Certificate Sign, CRL Sign"],
    },
    server: {
        extensions: {
            "X509v3 Subject Key Identifier": false,
            "X509v3 Key Usage": true,
            "X509v3 Basic Constraints": true,
            "X509v3 Authority Key Identifier": false,
            "X509v3 Extended Key Usage": true,
        },
        lines: ["CA:FALSE", "Digital Signature, Key Encipherment", "TLS Web Server Authentication"],
    },
    subCa: {
        extensions: {
            "1.3.6.1.4.1.49836.42": false,
            "X509v3 Subject Key Identifier": false,
            "X509v3 Key Usage": true,
            "X509v3 Basic Constraints": true,
            "X509v3 Authority Key Identifier": false,
        },
        lines: ["CA:TRUE", "Digital Signature, Non Repudiation, Certificate Sign, CRL Sign"],
    },
    leaf: {
        extensions: {
            "1.3.6.1.4.1.49836.42": false,
            "X509v3 Subject Key Identifier": false,
            "X509v3 Key Usage": true,
            "X509v3 Basic Constraints": true,
            "X509v3 Authority Key Identifier": false,
            "X509v3 Extended Key Usage": true,
        },
        lines: ["CA:FALSE", "Digital Signature, Key Encipherment", "TLS Web Client Authentication"],
    },
};
function openssl(args) {
    try {
        return execFileSync("openssl", args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    }
    catch (error) {
        const stderr = error.stderr ?? "";
        throw new Error(`openssl ${args.join(" ")} failed: ${stderr}`);
    }
}
/** Extension headers of `openssl x509 -text`: name → critical. */
function extensionHeaders(text) {
    const headers = {};
    const section = text.slice(text.indexOf("X509v3 extensions:"));
    for (const match of section.matchAll(/^ {12}(\S[^\n]*?):( critical)? *$/gm)) {
        headers[match[1]] = match[2] !== undefined;
    }
    return headers;
}
describe("x509 chains, checked with openssl", function () {
    let dir;
    before(function () {
        dir = mkdtempSync(join(tmpdir(), "albatross-ca-x509-chain-"));
    });
    after(function () {
        rmSync(dir, { recursive: true, force: true });
    });
    for (const keyType of KEY_TYPES) {
        describe(keyType, function () {
            // RSA-4096 generation takes seconds: one key plays every role.
            let rsa4096;
            const freshKey = async () => {
                if (keyType !== "rsa4096") {
                    return generateKey(keyType);
                }
                rsa4096 ??= await generateKey(keyType);
                return rsa4096;
            };
            const file = (name, content) => {
                const path = join(dir, `${keyType}-${name}`);
                writeFileSync(path, content);
                return path;
            };
            const text = (path) => openssl(["x509", "-in", path, "-noout", "-text", "-certopt", "no_pubkey,no_sigdump"]);
            let caKey;
            let caPem;
            let caFile;
            before(async function () {
                const ca = await generateCa("ca", keyType === "rsa4096" ? await freshKey() : keyType);
                caKey = ca.key;
                caPem = ca.certificate.pem;
                caFile = file("ca.pem", caPem);
            });
            it("writes a private key openssl accepts and reads it back", async function () {
                const key = await freshKey();
                const pem = privateKeyToPem(key);
                assert.match(pem, /^-----BEGIN PRIVATE KEY-----\n/);
                openssl(["pkey", "-in", file("key.pem", pem), "-noout", "-check"]);
                const again = await readPrivateKey(pem);
                assert.equal(again.keyType, keyType);
                assert.deepEqual(again.spki, key.spki);
            });
            it("makes a root CA with exactly the root profile's extensions", function () {
                const output = text(caFile);
                assert.deepEqual(extensionHeaders(output), EXPECTED_TEXT.root.extensions);
                for (const line of EXPECTED_TEXT.root.lines) {
                    assert.ok(output.includes(line), `missing "${line}"`);
                }
                assert.ok(output.includes(`Signature Algorithm: ${SIGNATURE_ALGORITHMS[keyType]}`));
                assert.match(output, /Issuer: CN = ca\n/);
                assert.match(output, /Subject: CN = ca\n/);
                openssl(["verify", "-CAfile", caFile, caFile]);
                const info = parseCertificate(caPem);
                assert.equal(info.publicKeyType, keyType);
                assert.equal(info.selfIssued, true);
                assert.equal(info.subjectKeyIdentifier, null);
                assert.equal(info.authorityKeyIdentifier, null);
                assert.equal(info.notAfter.getTime() - info.notBefore.getTime(), (3650 * 86_400 + 10) * 1000);
            });
            it("issues a server certificate openssl verifies for TLS servers", async function () {
                const key = await freshKey();
                const server = await issueCertificate({
                    issuer: { kind: "ca", certificate: caPem, key: caKey },
                    subjectCn: "server",
                    subjectPublicKey: key.spki,
                    profile: BUILTIN_PROFILES.server,
                });
                const serverFile = file("server.pem", server.pem);
                openssl(["verify", "-CAfile", caFile, "-purpose", "sslserver", serverFile]);
                const output = text(serverFile);
                assert.deepEqual(extensionHeaders(output), EXPECTED_TEXT.server.extensions);
                for (const line of EXPECTED_TEXT.server.lines) {
                    assert.ok(output.includes(line), `missing "${line}"`);
                }
                const info = parseCertificate(server.der);
                assert.equal(info.albatrossExtension, null);
                assert.equal(info.serialHex, server.serialHex);
                assert.equal(await verifyCertificateSignature(server.der, caPem), true);
            });
            it("issues sub-CA, sub-sub-CA and a leaf from a CSR that openssl verifies as a chain", async function () {
                const subKey = await freshKey();
                const sub = await issueCertificate({
                    issuer: { kind: "ca", certificate: caPem, key: caKey },
                    subjectCn: "sub",
                    subjectPublicKey: subKey.spki,
                    profile: BUILTIN_PROFILES["sub-ca"],
                    albatrossExtension: POLICY_EXTENSION,
                });
                const subsubKey = await freshKey();
                const subsub = await issueCertificate({
                    issuer: { kind: "ca", certificate: sub.der, key: subKey },
                    subjectCn: "subsub",
                    subjectPublicKey: subsubKey.spki,
                    profile: BUILTIN_PROFILES["sub-ca"],
                    albatrossExtension: POLICY_EXTENSION,
                });
                const leafKey = await freshKey();
                const csrPem = csrToPem(await createCsr("myunik", leafKey, COMMAND_EXTENSION));
                openssl(["req", "-verify", "-in", file("leaf.req", csrPem), "-noout"]);
                const csr = await parseCsr(csrPem);
                assert.equal(csr.subjectCn, "myunik");
                assert.equal(csr.publicKeyType, keyType);
                assert.deepEqual(csr.albatrossExtension, new Uint8Array(COMMAND_EXTENSION));
                const leaf = await issueCertificate({
                    issuer: { kind: "ca", certificate: subsub.pem, key: subsubKey },
                    subjectCn: csr.subjectCn,
                    subjectPublicKey: csr.publicKey,
                    profile: BUILTIN_PROFILES.leaf,
                    albatrossExtension: csr.albatrossExtension,
                });
                const intermediates = file("intermediates.pem", subsub.pem + sub.pem);
                const leafFile = file("leaf.pem", leaf.pem);
                openssl(["verify", "-CAfile", caFile, "-untrusted", intermediates, "-purpose", "sslclient", leafFile]);
                for (const [certificate, expected] of [
                    [sub, EXPECTED_TEXT.subCa],
                    [subsub, EXPECTED_TEXT.subCa],
                    [leaf, EXPECTED_TEXT.leaf],
                ]) {
                    const output = text(file("check.pem", certificate.pem));
                    assert.deepEqual(extensionHeaders(output), expected.extensions);
                    for (const line of expected.lines) {
                        assert.ok(output.includes(line), `missing "${line}"`);
                    }
                }
                const subInfo = parseCertificate(sub.pem);
                const subsubInfo = parseCertificate(subsub.pem);
                const leafInfo = parseCertificate(leaf.pem);
                assert.deepEqual(subInfo.albatrossExtension, { value: new Uint8Array(POLICY_EXTENSION), critical: false });
                assert.deepEqual(leafInfo.albatrossExtension, { value: new Uint8Array(COMMAND_EXTENSION), critical: false });
                assert.equal(subInfo.authorityKeyIdentifier, Buffer.from(keyIdentifier(caKey.spki)).toString("hex"));
                assert.equal(subsubInfo.authorityKeyIdentifier, subInfo.subjectKeyIdentifier);
                assert.equal(leafInfo.authorityKeyIdentifier, subsubInfo.subjectKeyIdentifier);
                assert.equal(leafInfo.issuerCn, "subsub");
                assert.equal(leafInfo.notAfter.getTime() - leafInfo.notBefore.getTime(), (86_400 + 10) * 1000);
                assert.equal(await verifyCertificateSignature(leaf.der, subsub.der), true);
                assert.equal(await verifyCertificateSignature(subsub.der, sub.der), true);
                assert.equal(await verifyCertificateSignature(sub.der, caPem), true);
                if (keyType !== "rsa4096") {
                    assert.equal(await verifyCertificateSignature(leaf.der, sub.der), false);
                }
            });
            it("issues a one-shot leaf directly with the CA key", async function () {
                const key = await freshKey();
                const leaf = await issueCertificate({
                    issuer: { kind: "ca", certificate: caPem, key: caKey },
                    subjectCn: "console",
                    subjectPublicKey: key.spki,
                    profile: withValidity(BUILTIN_PROFILES.leaf, ONE_SHOT_LEAF_SECONDS),
                    albatrossExtension: COMMAND_EXTENSION,
                });
                openssl(["verify", "-CAfile", caFile, "-purpose", "sslclient", file("oneshot.pem", leaf.pem)]);
                const info = parseCertificate(leaf.pem);
                assert.equal(info.notAfter.getTime() - info.notBefore.getTime(), (300 + 10) * 1000);
            });
            it("makes a CSR without extension that openssl verifies, with an empty attribute set", async function () {
                const key = await freshKey();
                const der = await createCsr("server", key);
                const csrFile = file("plain.req", csrToPem(der));
                openssl(["req", "-verify", "-in", csrFile, "-noout"]);
                // PKCS#10 attributes are not OPTIONAL: an empty [0] must be there.
                assert.match(openssl(["asn1parse", "-in", csrFile]), /d=2 +hl=2 l= +0 cons: cont \[ 0 \]/);
                const parsed = await parseCsr(der);
                assert.equal(parsed.albatrossExtension, null);
                assert.equal(parsed.subjectCn, "server");
            });
        });
    }
});
//# sourceMappingURL=x509-chain.test.js.map