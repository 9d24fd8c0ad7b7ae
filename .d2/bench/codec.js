// Throughput of the codec, next to a reference run in the same process:
// asn1js parsing/serialising the same bytes generically (no grammar, no
// domain values). Figures and ratios, not pass/fail.
import * as asn1js from "asn1js";
import { KINDS } from "../src/codec/index.js";
import { RELEASES } from "../src/model/release.js";
import { OLD_LAYOUT_DEFAULTS } from "../src/model/unikernel.js";
import { load, measure } from "./measure.js";
function row(label, msPerOp, bytes, values, refMs) {
    const mbs = bytes / 1e6 / (msPerOp / 1e3);
    const vps = values / (msPerOp / 1e3);
    console.log(`  ${label.padEnd(34)} ${mbs.toFixed(1).padStart(8)} MB/s ${Math.round(vps).toString().padStart(10)} values/s   reference ${(msPerOp / refMs).toFixed(2)}x`);
}
const config = (i) => ({
    typ: "solo5",
    compressed: false,
    image: new Uint8Array(64).fill(i & 0xff),
    failBehaviour: { kind: "restart", exitCodes: [0n, 2n] },
    ...OLD_LAYOUT_DEFAULTS,
    cpuids: [BigInt(i % 8)],
    memory: 64n,
    blockDevices: [{ name: "storage", device: `disk${i}`, sectorSize: 4096n }],
    bridges: [{ name: "service", bridge: "br0", mac: "00:80:41:01:02:03" }],
    argv: ["--ipv4=10.0.0.2/24", "-l", "*:info"],
});
const extensions = [
    { version: 5, command: { kind: "console_subscribe", subscribe: { kind: "count", count: 20n } } },
    { version: 5, command: { kind: "policy_add", policy: { unikernels: 4n, cpuids: [0n, 1n], memory: 1024n, block: 100n, bridges: ["service"] } } },
    { version: 5, command: { kind: "unikernel_create", config: config(1) } },
];
const dump = {
    unikernels: Array.from({ length: 10_000 }, (_, i) => ({ name: { path: [`tenant${i % 100}`], name: `u${i}` }, value: config(i) })),
    policies: Array.from({ length: 100 }, (_, i) => ({
        name: { path: [`tenant${i}`], name: null },
        value: { unikernels: 100n, cpuids: [0n, 1n, 2n, 3n], memory: 8192n, block: null, bridges: ["service"] },
    })),
};
function reference(bytes) {
    const parsed = asn1js.fromBER(bytes);
    parsed.result.toBER(false);
}
export function benchCodec() {
    for (const release of RELEASES) {
        const codec = KINDS[release];
        console.log(`\ncodec, Albatross ${release} (decode = DER → domain value; encode = domain value → DER); reference: asn1js's generic parse + serialise of the same bytes   (${load()})`);
        for (const e of extensions) {
            const bytes = codec.extension.encode(e);
            const batch = 1000;
            const refMs = measure(() => {
                for (let i = 0; i < batch; i++)
                    reference(bytes);
            });
            const decMs = measure(() => {
                for (let i = 0; i < batch; i++)
                    codec.extension.decode(bytes);
            });
            const encMs = measure(() => {
                for (let i = 0; i < batch; i++)
                    codec.extension.encode(e);
            });
            row(`extension ${e.command.kind} decode`, decMs, bytes.length * batch, batch, refMs);
            row(`extension ${e.command.kind} encode`, encMs, bytes.length * batch, batch, refMs);
        }
        const dumpBytes = codec.dump.encode(dump);
        const refMs = measure(() => reference(dumpBytes), 1000);
        row(`dump 10000 unikernels decode`, measure(() => codec.dump.decode(dumpBytes), 1000), dumpBytes.length, 10_100, refMs);
        row(`dump 10000 unikernels encode`, measure(() => codec.dump.encode(dump), 1000), dumpBytes.length, 10_100, refMs);
        console.log(`  (dump: ${(dumpBytes.length / 1e6).toFixed(2)} MB; ratio = our time / the reference's, lower is faster)`);
    }
}
//# sourceMappingURL=codec.js.map