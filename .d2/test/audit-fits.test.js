import { strict as assert } from "node:assert";
import { fitsPolicy } from "../src/model/fits.js";
const POLICY = { unikernels: 2n, cpuids: [0n, 3n], memory: 512n, block: null, bridges: ["ext", "service"] };
const net = (name, bridge = null) => ({ name, bridge, mac: null });
function message(policy, config) {
    const { cpuid, ...rest } = config;
    try {
        fitsPolicy(policy, { ...rest, cpuids: [cpuid] }, "2.4");
        return null;
    }
    catch (e) {
        return e.message;
    }
}
describe("fitsPolicy (Vmm_core.Unikernel.fine_with_policy)", function () {
    it("accepts a config within the policy, bridges by host bridge else interface name", function () {
        assert.equal(message(POLICY, { cpuid: 3n, memory: 512n, bridges: [net("service"), net("uplink", "ext")] }), null);
    });
    it("checks the CPU id first", function () {
        assert.equal(message(POLICY, { cpuid: 1n, memory: 4096n, bridges: [net("nope")] }), "CPUid of unikernel (1) not allowed by policy (0, 3)");
    });
    it("then the memory, printed unsigned as OCaml's %u does", function () {
        assert.equal(message(POLICY, { cpuid: 0n, memory: 513n, bridges: [] }), "513 MB memory assigned to unikernel exceeds policy (512MB)");
        assert.equal(message({ ...POLICY, memory: -5n }, { cpuid: 0n, memory: 10n, bridges: [] }), "10 MB memory assigned to unikernel exceeds policy (18446744073709551611MB)");
    });
    it("then the bridges: the disallowed ones in config order, the allowed ones sorted", function () {
        assert.equal(message(POLICY, { cpuid: 0n, memory: 32n, bridges: [net("zz"), net("service"), net("a", "mgmt")] }), "Bridge(s) zz, mgmt not allowed by policy (available: ext, service)");
    });
});
//# sourceMappingURL=audit-fits.test.js.map