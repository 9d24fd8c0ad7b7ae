import { strict as assert } from "node:assert";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { certificateToPem, isKeyType, parseCertificate, splitPem, verifyCertificateSignature, } from "../src/x509/index.js";
import { vectorsDir } from "./helpers/paths.js";
const vectors = resolve(vectorsDir("2.4"), "chains.json");
const cases = JSON.parse(readFileSync(vectors, "utf8")).cases;
const checkedWithOpenssl = new Set();
/** Serial, fingerprint and validity as openssl reads them (once per distinct certificate). */
function assertAgreesWithOpenssl(info) {
    if (checkedWithOpenssl.has(info.fingerprintSha256)) {
        return;
    }
    checkedWithOpenssl.add(info.fingerprintSha256);
    const output = execFileSync("openssl", ["x509", "-noout", "-serial", "-fingerprint", "-sha256", "-dates"], {
        input: certificateToPem(info.der),
        encoding: "utf8",
    });
    const field = (name) => output.match(new RegExp(`^${name}=(.*)$`, "m"))?.[1] ?? "";
    assert.equal(info.serialHex.replace(/^(00)+(?=.)/, ""), field("serial").toLowerCase());
    assert.equal(info.fingerprintSha256, field("sha256 Fingerprint").replaceAll(":", "").toLowerCase());
    assert.equal(info.notBefore.getTime(), Date.parse(field("notBefore")));
    assert.equal(info.notAfter.getTime(), Date.parse(field("notAfter")));
}
describe("x509 against the Albatross reference chains (vectors/chains.json)", function () {
    it("has cases", function () {
        assert.ok(cases.length > 50);
    });
    for (const vector of cases) {
        it(vector.id, async function () {
            const chain = splitPem(vector.pem);
            const infos = chain.map((der) => parseCertificate(der));
            const root = vector.ca_pem ? parseCertificate(vector.ca_pem) : null;
            if (vector.key_type) {
                assert.ok(isKeyType(vector.key_type));
                for (const info of [...infos, root]) {
                    assert.equal(info?.publicKeyType, vector.key_type);
                }
            }
            for (const info of infos) {
                if (info.albatrossExtension !== null) {
                    assert.equal(info.albatrossExtension.critical, false);
                }
            }
            for (const info of [...infos, ...(root ? [root] : [])]) {
                assertAgreesWithOpenssl(info);
            }
            if (vector.id.startsWith("chain-leaf-no-cn-")) {
                assert.equal(infos[0].subjectCn, null);
            }
            if (vector.error === "leaf certificate does not contain an albatross extension") {
                assert.equal(infos[0].albatrossExtension, null);
            }
            if (vector.chain_verified === true) {
                assert.ok(vector.ca_pem, "a verified chain names its CA");
                const issuers = [...chain.slice(1), splitPem(vector.ca_pem)[0]];
                for (const [index, der] of chain.entries()) {
                    assert.equal(await verifyCertificateSignature(der, issuers[index]), true, `certificate ${index} of the chain`);
                    assert.equal(infos[index].issuerCn, parseCertificate(issuers[index]).subjectCn);
                }
                assert.equal(await verifyCertificateSignature(vector.ca_pem, vector.ca_pem), true, "the self-signed CA");
            }
        });
    }
});
//# sourceMappingURL=x509-vectors.test.js.map