// A policy within a policy: when the inner one allows more, the message says
// which policy allows what, in a sentence (Albatross's own words here can read
// "allows 0 MB block storage, which is fewer than 0 MB").
import assert from "node:assert/strict";
import { PolicyError, checkSmaller } from "../src/model/policy.js";
const above = { unikernels: 1n, cpuids: [0n], memory: 1024n, block: null, bridges: ["service"] };
const refusal = (sub, sup = {}) => {
    try {
        checkSmaller({ ...above, ...sup }, { ...above, ...sub });
    }
    catch (e) {
        assert.ok(e instanceof PolicyError);
        return e.message;
    }
    return null;
};
describe("checkSmaller: which policy allows what", () => {
    it("accepts a policy that allows no more than the one above", () => {
        assert.equal(refusal({ unikernels: 1n, memory: 512n, cpuids: [], bridges: [] }), null);
        assert.equal(refusal({ block: null }, { block: 0n }), null);
        assert.equal(refusal({ block: 10n }, { block: 10n }), null);
    });
    const cases = [
        ["block storage below none above (0 MB)", { block: 0n }, {}, "this policy allows 0 MB of block storage, but the policy above allows no block storage"],
        ["more block storage", { block: 200n }, { block: 100n }, "this policy allows 200 MB of block storage, more than the 100 MB of the policy above"],
        ["more unikernels", { unikernels: 2n }, {}, "this policy allows 2 unikernels, more than the 1 of the policy above"],
        ["one unikernel above none", { unikernels: 1n }, { unikernels: 0n }, "this policy allows 1 unikernel, more than the 0 of the policy above"],
        ["more memory", { memory: 2048n }, {}, "this policy allows 2048 MB of memory, more than the 1024 MB of the policy above"],
        ["CPUs above none", { cpuids: [1n, 2n] }, { cpuids: [] }, "this policy allows CPUs 1, 2, which the policy above does not (it allows no CPUs)"],
        ["a bridge not above", { bridges: ["ext", "service"] }, {}, "this policy allows bridge ext, which the policy above does not (it allows bridge service)"],
    ];
    for (const [what, sub, sup, message] of cases) {
        it(what, () => assert.equal(refusal(sub, sup), message));
    }
});
//# sourceMappingURL=policy.test.js.map