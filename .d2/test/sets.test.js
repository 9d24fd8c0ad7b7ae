// Set order as OCaml's String.compare: by UTF-8 bytes.
import assert from "node:assert/strict";
import fc from "fast-check";
import { compareValues, sortedUnique } from "../src/model/sets.js";
describe("set order", () => {
    it("strings compare as their UTF-8 bytes do", () => {
        fc.assert(fc.property(fc.string({ unit: "binary" }), fc.string({ unit: "binary" }), (a, b) => {
            assert.equal(Math.sign(compareValues(a, b)), Math.sign(Buffer.compare(Buffer.from(a), Buffer.from(b))));
        }), { numRuns: 5000 });
        assert.ok(compareValues("\uffff", "🐫") < 0, "U+FFFF sorts before U+1F42B");
    });
    it("sorts and drops duplicates", () => {
        assert.deepEqual(sortedUnique([5n, 1n, 5n, 0n]), [0n, 1n, 5n]);
        assert.deepEqual(sortedUnique(["z", "a", "z", "br\u00fccke", "b"]), ["a", "b", "br\u00fccke", "z"]);
    });
});
//# sourceMappingURL=sets.test.js.map