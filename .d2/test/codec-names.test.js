// Names in wire headers and state dumps as each release reads them: 2.7.2
// (Vmm_core.Name.Label.of_string since 2.5) lowercases every label and names
// the label rule when a path is invalid; 2.4.1 keeps labels as written.
import assert from "node:assert/strict";
import { DecodeError, decodeDump, decodeWire, encodeDump, encodeWire } from "../src/codec/index.js";
import { nameToString } from "../src/model/name.js";
import { loadVectors } from "./helpers/paths.js";
const vector = (release, file, id) => {
    const c = loadVectors(file, release).find((v) => v.id === id);
    assert.ok(c, `${id} in ${release}/${file}`);
    return Buffer.from(c.der_hex, "hex");
};
function decodeError(f) {
    try {
        f();
    }
    catch (e) {
        assert.ok(e instanceof DecodeError, String(e));
        return e.message;
    }
    assert.fail("decoded");
}
describe("names as each release reads them", () => {
    const wire = decodeWire(vector("2.7", "wire.json", "wire27-cmd-console-add"), "2.7");
    const renamed = (name) => encodeWire({ ...wire, header: { ...wire.header, name: { path: name.split(":").slice(0, -1), name: name.split(":").pop() || null } } }, "2.7");
    it("2.7 lowercases the wire header's labels, and writes them lowercase again", () => {
        const bytes = renamed("Tenant:Web.Server");
        assert.ok(Buffer.from(bytes).includes("Tenant:Web.Server"));
        const read = decodeWire(bytes, "2.7");
        assert.equal(nameToString(read.header.name), "tenant:web.server");
        assert.ok(Buffer.from(encodeWire(read, "2.7")).includes("tenant:web.server"));
    });
    it("2.4 keeps the labels as written", () => {
        const bytes = Buffer.from(encodeWire(decodeWire(vector("2.4", "wire.json", wireCaseId24()), "2.4"), "2.4"));
        const upper = Buffer.from(bytes.toString("latin1").replace(/:foo/, ":FOO"), "latin1");
        assert.equal(nameToString(decodeWire(upper, "2.4").header.name), ":FOO");
    });
    it("2.7 names the label rule when a path is invalid; a name is just invalid", () => {
        assert.match(decodeError(() => decodeWire(renamed("a_b:"), "2.7")), /invalid path: invalid label \(only \[a-zA-Z0-9-\.\] allowed, 1 to 63 chars\)/);
        assert.match(decodeError(() => decodeWire(renamed("a_b:web"), "2.7")), /invalid name/);
    });
    it("2.7 dumps: labels lowercased, and two names equal but for case are one name twice", () => {
        const dump = decodeDump(vector("2.7", "state.json", "state27-one"), "2.7");
        const [entry] = dump.unikernels;
        const upper = { ...dump, unikernels: [{ ...entry, name: { path: [], name: "FOO" } }] };
        assert.equal(nameToString(decodeDump(encodeDump(upper, "2.7"), "2.7").unikernels[0].name), ":foo");
        const both = { ...dump, unikernels: [entry, { ...entry, name: { path: [], name: "Foo" } }] };
        assert.match(decodeError(() => decodeDump(encodeDump(both, "2.7"), "2.7")), /duplicate name in dump: :foo/);
    });
});
/** A 2.4.1 wire vector whose header names ":foo". */
function wireCaseId24() {
    const c = loadVectors("wire.json", "2.4").find((v) => v.valid && v.der_hex.includes(Buffer.from(":foo").toString("hex")) && v.text?.startsWith("host"));
    assert.ok(c);
    return c.id;
}
//# sourceMappingURL=codec-names.test.js.map