import assert from "node:assert/strict";
import { formatPkcs11Uri, isPkcs11Uri, parsePkcs11Uri } from "../src/pkcs11/index.js";
describe("PKCS#11 URIs (RFC 7512)", () => {
    it("reads the path and query attributes a CA key needs", () => {
        const uri = parsePkcs11Uri("pkcs11:token=albatross;object=ops-ca;type=private;id=%01%a2;serial=42;slot-id=7?pin-source=file:/etc/pin&module-path=/usr/lib/softhsm/libsofthsm2.so");
        assert.deepEqual(uri, {
            token: "albatross",
            object: "ops-ca",
            type: "private",
            id: new Uint8Array([0x01, 0xa2]),
            serial: "42",
            slotId: 7,
            pinSource: "file:/etc/pin",
            modulePath: "/usr/lib/softhsm/libsofthsm2.so",
        });
    });
    it("decodes percent escapes, including UTF-8 text, and takes the scheme in any case", () => {
        const uri = parsePkcs11Uri("PKCS11:token=My%20Token;object=caf%C3%A9%3Bkey?pin-value=12%2634");
        assert.deepEqual(uri, { token: "My Token", object: "café;key", pinValue: "12&34" });
        assert.equal(isPkcs11Uri("PKCS11:object=x"), true);
        assert.equal(isPkcs11Uri("ca.key"), false);
        assert.deepEqual(parsePkcs11Uri("pkcs11:"), {});
    });
    it("the RFC's examples parse", () => {
        assert.deepEqual(parsePkcs11Uri("pkcs11:object=my-pubkey;type=public"), { object: "my-pubkey", type: "public" });
        assert.deepEqual(parsePkcs11Uri("pkcs11:token=Software%20PKCS%2311%20softtoken;manufacturer=Snake%20Oil,%20Inc.?pin-value=the-pin"), {
            token: "Software PKCS#11 softtoken",
            manufacturer: "Snake Oil, Inc.",
            pinValue: "the-pin",
        });
        assert.deepEqual(parsePkcs11Uri("pkcs11:id=%69%95%3E%5C%F4%BD%EC%91"), {
            id: new Uint8Array([0x69, 0x95, 0x3e, 0x5c, 0xf4, 0xbd, 0xec, 0x91]),
        });
    });
    const refused = [
        ["ca.key", /not a PKCS#11 URI/],
        ["pkcs11:token=a;token=b", /token given twice/],
        ["pkcs11:object=x;type=secret", /type must be one of public, private, cert, secret-key, data/],
        ["pkcs11:object=%zz", /object has a malformed escape "%zz"/],
        ["pkcs11:object=%4", /malformed escape/],
        ["pkcs11:object=%ff", /object is not UTF-8 text/],
        ["pkcs11:slot-id=abc", /slot-id must be a decimal number/],
        ["pkcs11:objekt=x", /unsupported path attribute "objekt"/],
        ["pkcs11:object=x?module-name=softhsm2", /unsupported query attribute "module-name"/],
        ["pkcs11:object=x?pin-source=/a&pin-value=1", /pin-source or pin-value, not both/],
        ["pkcs11:object", /expected name=value in the path/],
        ["pkcs11:object=x?token=y", /unsupported query attribute "token"/],
    ];
    for (const [text, message] of refused) {
        it(`refuses ${text}`, () => assert.throws(() => parsePkcs11Uri(text), message));
    }
    it("formats an object's URI without its PIN, escaping what needs it, and reads it back", () => {
        const uri = { token: "My Token", object: "ops-ca", id: new Uint8Array([0xab, 0x01]), type: "private", pinValue: "1234" };
        const text = formatPkcs11Uri(uri);
        assert.equal(text, "pkcs11:token=My%20Token;object=ops-ca;id=%ab%01;type=private");
        const { pinValue: _pin, ...path } = uri;
        assert.deepEqual(parsePkcs11Uri(text), path);
    });
});
//# sourceMappingURL=pkcs11-uri.test.js.map