import { strict as assert } from "node:assert";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createCsr, csrToPem, keyTypeOfSpki, parseCsr, readPrivateKey, signatureHash, X509Error, } from "../src/x509/index.js";
function openssl(args) {
    try {
        return execFileSync("openssl", args, { stdio: ["ignore", "pipe", "pipe"] });
    }
    catch (error) {
        throw new Error(`openssl ${args.join(" ")} failed: ${error.stderr?.toString() ?? ""}`);
    }
}
describe("x509/keys and CSRs with keys made by openssl", function () {
    let dir;
    const path = (name) => join(dir, name);
    before(function () {
        dir = mkdtempSync(join(tmpdir(), "albatross-ca-x509-keys-"));
    });
    after(function () {
        rmSync(dir, { recursive: true, force: true });
    });
    const formats = [
        {
            name: "PKCS#1 RSA",
            keyType: "rsa2048",
            header: "-----BEGIN RSA PRIVATE KEY-----",
            generate: (file) => ["genrsa", "-traditional", "-out", file, "2048"],
        },
        {
            name: "SEC1 P-256",
            keyType: "p256",
            header: "-----BEGIN EC PRIVATE KEY-----",
            generate: (file) => ["ecparam", "-name", "prime256v1", "-genkey", "-noout", "-out", file],
        },
        {
            name: "SEC1 P-384",
            keyType: "p384",
            header: "-----BEGIN EC PRIVATE KEY-----",
            generate: (file) => ["ecparam", "-name", "secp384r1", "-genkey", "-noout", "-out", file],
        },
        {
            name: "SEC1 P-521",
            keyType: "p521",
            header: "-----BEGIN EC PRIVATE KEY-----",
            generate: (file) => ["ecparam", "-name", "secp521r1", "-genkey", "-noout", "-out", file],
        },
        {
            name: "PKCS#8 Ed25519",
            keyType: "ed25519",
            header: "-----BEGIN PRIVATE KEY-----",
            generate: (file) => ["genpkey", "-algorithm", "ed25519", "-out", file],
        },
    ];
    for (const format of formats) {
        it(`reads a ${format.name} key, derives its public key, and signs a CSR openssl verifies`, async function () {
            const keyFile = path(`${format.keyType}.key`);
            openssl(format.generate(keyFile));
            const pem = readFileSync(keyFile, "utf8");
            assert.ok(pem.startsWith(format.header), pem.slice(0, 40));
            const key = await readPrivateKey(pem);
            assert.equal(key.keyType, format.keyType);
            assert.deepEqual(Buffer.from(key.spki), openssl(["pkey", "-in", keyFile, "-pubout", "-outform", "DER"]));
            assert.equal(keyTypeOfSpki(key.spki), format.keyType);
            const csrFile = path(`${format.keyType}.req`);
            writeFileSync(csrFile, csrToPem(await createCsr("foo", key)));
            openssl(["req", "-verify", "-noout", "-in", csrFile]);
        });
    }
    it("uses each curve's own hash and SHA-256 for RSA", function () {
        assert.equal(signatureHash("p256"), "SHA-256");
        assert.equal(signatureHash("p384"), "SHA-384");
        assert.equal(signatureHash("p521"), "SHA-512");
        assert.equal(signatureHash("rsa2048"), "SHA-256");
        assert.equal(signatureHash("rsa4096"), "SHA-256");
    });
    it("parses a CSR made by openssl, with the Albatross extension", async function () {
        for (const algorithm of ["ed25519", "EC"]) {
            const keyFile = path(`req-${algorithm}.key`);
            const csrFile = path(`req-${algorithm}.req`);
            const options = algorithm === "EC" ? ["-pkeyopt", "ec_paramgen_curve:P-384"] : [];
            openssl(["genpkey", "-algorithm", algorithm, ...options, "-out", keyFile]);
            openssl([
                "req", "-new", "-key", keyFile, "-subj", "/CN=foo.bar", "-out", csrFile,
                "-addext", "1.3.6.1.4.1.49836.42=DER:300c020105a007a205a103020114",
            ]);
            const parsed = await parseCsr(readFileSync(csrFile));
            assert.equal(parsed.subjectCn, "foo.bar");
            assert.equal(parsed.publicKeyType, algorithm === "EC" ? "p384" : "ed25519");
            assert.equal(Buffer.from(parsed.albatrossExtension).toString("hex"), "300c020105a007a205a103020114");
        }
    });
    it("refuses a CSR whose signature does not verify", async function () {
        const key = await readPrivateKey(readFileSync(path("ed25519.key")));
        const der = await createCsr("foo", key);
        const tampered = new Uint8Array(der);
        tampered[tampered.length - 1] ^= 0x80;
        await assert.rejects(parseCsr(tampered), /the certificate request signature does not verify/);
        await assert.rejects(parseCsr(csrToPem(der).replace("CERTIFICATE REQUEST", "CERTIFICATE")), /BEGIN CERTIFICATE/);
    });
    it("refuses keys that are none of our types, naming what they are", async function () {
        const refusals = [
            [["genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:1024"], /unsupported RSA key size 1024/],
            [["genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:secp256k1"], /unsupported EC curve secp256k1/],
            [["genpkey", "-algorithm", "X25519"], /unsupported key algorithm x25519/],
        ];
        for (const [args, message] of refusals) {
            const keyFile = path("other.key");
            openssl([...args, "-out", keyFile]);
            await assert.rejects(readPrivateKey(readFileSync(keyFile)), message);
            const spki = openssl(["pkey", "-in", keyFile, "-pubout", "-outform", "DER"]);
            assert.equal(keyTypeOfSpki(spki), null);
        }
    });
    it("refuses encrypted keys without passphrase (EncryptedKeyError) and garbage with an X509Error", async function () {
        const keyFile = path("encrypted.key");
        openssl(["genpkey", "-algorithm", "ed25519", "-aes256", "-pass", "pass:secret", "-out", keyFile]);
        await assert.rejects(readPrivateKey(readFileSync(keyFile)), /the private key is encrypted/);
        const legacyFile = path("encrypted-legacy.key");
        openssl(["genrsa", "-traditional", "-aes128", "-passout", "pass:secret", "-out", legacyFile, "2048"]);
        await assert.rejects(readPrivateKey(readFileSync(legacyFile)), /the private key is encrypted/);
        await assert.rejects(readPrivateKey("not a key"), X509Error);
        await assert.rejects(readPrivateKey("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"), /cannot read private key/);
    });
});
//# sourceMappingURL=x509-keys.test.js.map