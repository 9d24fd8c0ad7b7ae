// Property tests: every value of the domain model encodes, decodes to an
// equal value, and encodes again to the same bytes — directly and via JSON.
import assert from "node:assert/strict";
import fc from "fast-check";
import { DecodeError, KINDS, fromJson } from "../src/codec/index.js";
import { nameOfString, nameToString } from "../src/model/name.js";
import { certExtension, dump, name } from "./helpers/arbitraries.js";
function roundTrips(codec, arb, runs = 300) {
    fc.assert(fc.property(arb, (v) => {
        const bytes = codec.encode(v);
        const back = codec.decode(bytes);
        assert.deepEqual(Buffer.from(codec.encode(back)), Buffer.from(bytes));
        const viaJson = fromJson(codec, JSON.parse(JSON.stringify(codec.json.toJson(back))));
        assert.deepEqual(Buffer.from(codec.encode(viaJson)), Buffer.from(bytes));
        assert.equal(codec.text(viaJson, { verbose: true }), codec.text(back, { verbose: true }));
    }), { numRuns: runs });
}
describe("codec round trips (property tests)", () => {
    it("names: of_string ∘ to_string is the identity", () => {
        fc.assert(fc.property(name, (n) => assert.deepEqual(nameOfString(nameToString(n)), { ...n })));
    });
    it("certificate extensions: encode → decode → encode", () => {
        roundTrips(KINDS["2.4"].extension, certExtension, 1000);
    });
    it("state dumps: encode → decode → encode", () => {
        roundTrips(KINDS["2.4"].dump, dump, 200);
    });
    it("wire messages of every version carry any command", () => {
        const wire = fc.record({
            header: fc.record({ version: fc.constantFrom(3, 4, 5), sequence: fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }), name: name.filter((n) => n.name !== null || n.path.length > 0) }),
            payload: certExtension.map((e) => ({ kind: "command", command: e.command })),
        });
        fc.assert(fc.property(wire, (w) => {
            const bytes = KINDS["2.4"].wire.encode(w);
            const back = KINDS["2.4"].wire.decode(bytes);
            assert.deepEqual(Buffer.from(KINDS["2.4"].wire.encode(back)), Buffer.from(bytes));
            if (w.header.version === 5)
                assert.equal(nameToString(back.header.name), nameToString(w.header.name));
        }), { numRuns: 300 });
    });
});
describe("decoding hostile bytes (property tests)", () => {
    const kinds = [KINDS["2.4"].extension, KINDS["2.4"].wire, KINDS["2.4"].dump];
    function onlyDecodeErrors(codec, bytes) {
        try {
            codec.decode(bytes);
        }
        catch (e) {
            assert.ok(e instanceof DecodeError, `${e.name}: ${e.message}`);
            assert.ok(!e.message.includes("\n") || e.message.startsWith("Unexpected EOF"));
        }
    }
    it("random bytes are decoded or refused with a DecodeError, never anything else", () => {
        fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), (b) => kinds.forEach((k) => onlyDecodeErrors(k, b))), { numRuns: 3000 });
    });
    it("valid encodings with bytes flipped, cut or inserted are decoded or refused with a DecodeError", () => {
        const sample = fc.sample(certExtension, { numRuns: 200, seed: 42 }).map((e) => KINDS["2.4"].extension.encode(e));
        const mutated = fc
            .tuple(fc.constantFrom(...sample), fc.nat(), fc.integer({ min: 0, max: 255 }), fc.constantFrom("flip", "cut", "insert"))
            .map(([b, at, v, how]) => {
            const i = at % (b.length + 1);
            if (how === "cut")
                return b.subarray(0, i);
            if (how === "insert")
                return Uint8Array.from([...b.subarray(0, i), v, ...b.subarray(i)]);
            const c = Uint8Array.from(b);
            c[Math.min(i, c.length - 1)] ^= v || 1;
            return c;
        });
        fc.assert(fc.property(mutated, (b) => kinds.forEach((k) => onlyDecodeErrors(k, b))), { numRuns: 5000 });
    });
});
//# sourceMappingURL=codec-roundtrip.test.js.map