import { strict as assert } from "node:assert";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BUILTIN_PROFILES, BUILTIN_PROFILES_DIR, loadProfile, ONE_SHOT_LEAF_SECONDS, withValidity, } from "../src/x509/index.js";
const DAY = 86_400;
describe("x509/profiles", function () {
    let dir;
    before(function () {
        dir = mkdtempSync(join(tmpdir(), "albatross-ca-x509-profiles-"));
    });
    after(function () {
        rmSync(dir, { recursive: true, force: true });
    });
    function builtinJson(kind) {
        return JSON.parse(readFileSync(join(BUILTIN_PROFILES_DIR, `${kind}.json`), "utf8"));
    }
    function load(json) {
        const file = join(dir, "profile.json");
        writeFileSync(file, JSON.stringify(json));
        return loadProfile(file);
    }
    function refuses(json, message) {
        assert.throws(() => load(json), (error) => {
            assert.equal(error.name, "X509Error");
            assert.ok(error.message.includes(join(dir, "profile.json")), error.message);
            assert.match(error.message, message);
            return true;
        });
    }
    it("ships the four profiles of the specification", function () {
        assert.deepEqual({ ...BUILTIN_PROFILES["root-ca"], source: "" }, {
            kind: "root-ca",
            source: "",
            validitySeconds: 3650 * DAY,
            basicConstraints: { critical: true, ca: true },
            keyUsage: { critical: true, usages: ["keyCertSign", "cRLSign", "digitalSignature", "contentCommitment"] },
            extendedKeyUsage: null,
            subjectKeyIdentifier: false,
            authorityKeyIdentifier: false,
            albatross: false,
        });
        assert.deepEqual({ ...BUILTIN_PROFILES["sub-ca"], source: "" }, {
            ...BUILTIN_PROFILES["root-ca"],
            kind: "sub-ca",
            source: "",
            validitySeconds: 365 * DAY,
            subjectKeyIdentifier: true,
            authorityKeyIdentifier: true,
            albatross: true,
        });
        const endEntity = {
            basicConstraints: { critical: true, ca: false },
            keyUsage: { critical: true, usages: ["digitalSignature", "keyEncipherment"] },
            subjectKeyIdentifier: true,
            authorityKeyIdentifier: true,
        };
        assert.deepEqual({ ...BUILTIN_PROFILES.server, source: "" }, {
            ...endEntity,
            kind: "server",
            source: "",
            validitySeconds: 365 * DAY,
            extendedKeyUsage: { critical: true, purposes: ["serverAuth"] },
            albatross: false,
        });
        assert.deepEqual({ ...BUILTIN_PROFILES.leaf, source: "" }, {
            ...endEntity,
            kind: "leaf",
            source: "",
            validitySeconds: DAY,
            extendedKeyUsage: { critical: true, purposes: ["clientAuth"] },
            albatross: true,
        });
        assert.ok(BUILTIN_PROFILES.leaf.source.endsWith(join("templates", "profiles", "leaf.json")));
    });
    it("takes validity in days or seconds, and one-shot leaves live 300 seconds", function () {
        const json = builtinJson("leaf");
        assert.equal(load({ ...json, validity: { seconds: 300 } }).validitySeconds, 300);
        assert.equal(load({ ...json, validity: { days: 2 } }).validitySeconds, 2 * DAY);
        assert.equal(withValidity(BUILTIN_PROFILES.leaf, ONE_SHOT_LEAF_SECONDS).validitySeconds, 300);
        assert.throws(() => withValidity(BUILTIN_PROFILES.leaf, 0), /must be a positive integer/);
    });
    it("refuses unknown fields, naming them", function () {
        const json = builtinJson("server");
        refuses({ ...json, comment: "x" }, /field "comment" is unknown/);
        refuses({ ...json, extensions: { ...json.extensions, subjectAltName: {} } }, /field "extensions.subjectAltName" is unknown/);
        refuses({ ...json, extensions: { ...json.extensions, basicConstraints: { critical: true, ca: false, pathLength: 0 } } }, /field "extensions.basicConstraints.pathLength" is unknown/);
        refuses({ ...json, validity: { days: 1, hours: 2 } }, /field "validity.hours" is unknown/);
    });
    it("refuses malformed values", function () {
        const json = builtinJson("server");
        refuses({ ...json, kind: "intermediate" }, /field "kind" must be one of root-ca, sub-ca, leaf, server/);
        refuses({ ...json, validity: { days: 0 } }, /field "validity.days" must be a positive integer/);
        refuses({ ...json, validity: { seconds: -5 } }, /field "validity.seconds" must be a positive integer/);
        refuses({ ...json, validity: { days: 1.5 } }, /field "validity.days" must be a positive integer/);
        refuses({ ...json, validity: {} }, /field "validity" must give exactly one of "days" or "seconds"/);
        refuses({ ...json, validity: { days: 40_000 } }, /must not exceed 100 years/);
        refuses({ kind: "server", extensions: json.extensions }, /field "validity" is required/);
        refuses({ ...json, extensions: { ...json.extensions, keyUsage: { critical: true, usages: [] } } }, /non-empty list/);
        refuses({ ...json, extensions: { ...json.extensions, keyUsage: { critical: true, usages: ["digitalSignature", "digitalSignature"] } } }, /lists digitalSignature twice/);
        refuses({ ...json, extensions: { ...json.extensions, keyUsage: { critical: "yes", usages: ["digitalSignature"] } } }, /field "extensions.keyUsage.critical" must be true or false/);
        refuses({ ...json, extensions: { ...json.extensions, extendedKeyUsage: { critical: true, purposes: ["webAuth"] } } }, /has "webAuth", expected one of serverAuth, clientAuth/);
        refuses({ ...json, extensions: { ...json.extensions, basicConstraints: undefined } }, /"extensions.basicConstraints" is required/);
        refuses([], /field "\(top level\)" must be a JSON object/);
        const file = join(dir, "broken.json");
        writeFileSync(file, "{");
        assert.throws(() => loadProfile(file), /broken.json: not valid JSON/);
        assert.throws(() => loadProfile(join(dir, "missing.json")), /missing.json: cannot read profile/);
    });
    it("refuses unsafe settings", function () {
        const leaf = builtinJson("leaf");
        const server = builtinJson("server");
        const root = builtinJson("root-ca");
        const subCa = builtinJson("sub-ca");
        const withExtension = (json, name, value) => ({
            ...json,
            extensions: { ...json.extensions, [name]: value },
        });
        refuses(withExtension(leaf, "basicConstraints", { critical: true, ca: true }), /"extensions.basicConstraints.ca" must be false for a leaf profile/);
        refuses(withExtension(server, "basicConstraints", { critical: true, ca: true }), /must be false for a server profile/);
        refuses(withExtension(subCa, "basicConstraints", { critical: true, ca: false }), /must be true for a sub-ca profile/);
        refuses(withExtension(root, "basicConstraints", { critical: false, ca: true }), /"extensions.basicConstraints.critical" must be true for a CA/);
        refuses(withExtension(root, "keyUsage", { critical: true, usages: ["digitalSignature", "cRLSign"] }), /"extensions.keyUsage.usages" must include keyCertSign for a root-ca profile/);
        refuses(withExtension(leaf, "keyUsage", { critical: true, usages: ["digitalSignature", "keyCertSign"] }), /must not include keyCertSign for a leaf profile/);
        refuses(withExtension(leaf, "extendedKeyUsage", { critical: true, purposes: ["serverAuth"] }), /must include clientAuth for a leaf profile/);
        refuses(withExtension(leaf, "albatross", { critical: true }), /"extensions.albatross.critical" must be false/);
        refuses(withExtension(server, "subjectKeyIdentifier", { critical: true }), /"extensions.subjectKeyIdentifier.critical" must be false/);
        refuses(withExtension(leaf, "albatross", undefined), /"extensions.albatross" must be present in a leaf profile/);
        refuses(withExtension(server, "albatross", { critical: false }), /must be absent in a server profile/);
    });
});
//# sourceMappingURL=x509-profiles.test.js.map