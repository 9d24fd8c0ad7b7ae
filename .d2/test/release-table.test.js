// The release table against the reference vectors: every alternative one
// release reads and the other does not is listed here, and each release's
// vectors show it — a valid case where the release reads it, a rejected case
// where it does not. A grammar difference without vectors, or vectors the
// table does not explain, fail here.
import assert from "node:assert/strict";
import { children, readTlv } from "../src/asn1/der.js";
import { acceptingReleases } from "../src/codec/index.js";
import { WIRE_VERSIONS } from "../src/codec/base.js";
import { BLOCK_ARMS, CONSOLE_ARMS, POLICY_ARMS, STATS_ARMS, UNIKERNEL_ARMS } from "../src/codec/command.js";
import { DUMP_ARMS } from "../src/codec/dump.js";
import { DATA_ARMS, SUCCESS_ARMS } from "../src/codec/wire.js";
import { RELEASES } from "../src/model/release.js";
import { loadVectors } from "./helpers/paths.js";
const tagsRead = (arms, release) => new Set(arms.filter((a) => a.reads.includes(release)).flatMap((a) => a.asn.tags.map((t) => t.num)));
const TABLES = {
    "console command": { "2.4": CONSOLE_ARMS, "2.7": CONSOLE_ARMS },
    "stats command": { "2.4": STATS_ARMS, "2.7": STATS_ARMS },
    "unikernel command": UNIKERNEL_ARMS,
    "policy command": { "2.4": POLICY_ARMS, "2.7": POLICY_ARMS },
    "block command": { "2.4": BLOCK_ARMS, "2.7": BLOCK_ARMS },
    "success reply": SUCCESS_ARMS,
    "data message": { "2.4": DATA_ARMS, "2.7": DATA_ARMS },
    dump: DUMP_ARMS,
};
const FAMILY = { 0: "console command", 1: "stats command", 3: "unikernel command", 4: "policy command", 5: "block command" };
const only = (t) => children(t.buf, t.start, t.end);
/** The place and tag of the alternative a vector's bytes take, if they get that far. */
function alternativeOf(kind, hex) {
    try {
        const b = Buffer.from(hex, "hex");
        const outer = readTlv(b, 0, b.length);
        if (kind === "dump")
            return { place: "dump", tag: outer.num };
        const [first, second] = only(outer);
        if (kind === "extension") {
            const inner = only(second)[0];
            return { place: FAMILY[second.num], tag: inner.num };
        }
        void first;
        const payload = only(second)[0];
        if (second.num === 0) {
            const family = payload;
            return { place: FAMILY[family.num], tag: only(family)[0].num };
        }
        return second.num === 1 ? { place: "success reply", tag: payload.num } : second.num === 3 ? { place: "data message", tag: payload.num } : null;
    }
    catch {
        return null;
    }
}
/** The kind of a vector, from its id's prefix. */
const KIND_OF = { ext: "extension", ext27: "extension", wire: "wire", wire27: "wire", state: "dump", state27: "dump" };
const FILES = [
    ["cert-extension.json", "extension"],
    ["wire.json", "wire"],
    ["state.json", "dump"],
];
const vectors = Object.fromEntries(RELEASES.map((r) => [r, FILES.flatMap(([file, kind]) => loadVectors(file, r).map((c) => ({ c, at: alternativeOf(kind, c.der_hex) })))]));
/** Tags a release reads at a place where the other release reads differently. */
function differences() {
    const out = [];
    for (const [place, table] of Object.entries(TABLES)) {
        const read = Object.fromEntries(RELEASES.map((r) => [r, tagsRead(table[r], r)]));
        const all = new Set(RELEASES.flatMap((r) => [...read[r]]));
        for (const tag of [...all].sort((a, b) => a - b)) {
            const readers = RELEASES.filter((r) => read[r].has(tag));
            if (readers.length < RELEASES.length)
                out.push({ place, tag, readers });
        }
    }
    return out;
}
describe("the release table against both releases' vectors", () => {
    const diffs = differences();
    it("has differences at every place the grammar changed", () => {
        const places = new Set(diffs.map((d) => d.place));
        for (const p of ["console command", "unikernel command", "block command", "success reply", "data message", "dump"])
            assert.ok(places.has(p), p);
        assert.ok(!places.has("stats command") && !places.has("policy command"));
    });
    for (const d of diffs) {
        it(`${d.place} [${d.tag}]: read by Albatross ${d.readers.join(", ")} only`, function () {
            const at = (r) => vectors[r].filter((v) => v.at?.place === d.place && v.at.tag === d.tag);
            if (RELEASES.every((r) => at(r).length === 0))
                this.skip(); // a difference no vector shows (listed as pending)
            for (const r of RELEASES) {
                if (d.readers.includes(r)) {
                    // read: a valid vector, or one the alternative itself refuses (not a tag mismatch)
                    assert.ok(at(r).some((v) => v.c.valid || !v.c.error.startsWith("Type mismatch")), `no ${r} vector read at ${d.place} [${d.tag}]`);
                    // and the other releases refuse every valid one
                    for (const v of at(r).filter((x) => x.c.valid)) {
                        assert.deepEqual(acceptingReleases(KIND_OF[v.c.id.split("-")[0]], Buffer.from(v.c.der_hex, "hex")).filter((x) => !d.readers.includes(x)), [], v.c.id);
                    }
                }
                else {
                    assert.ok(at(r).every((v) => !v.c.valid), `${r} reads a vector at ${d.place} [${d.tag}]`);
                }
            }
        });
    }
    it("wire versions: 3 and 4 read by 2.4 only, as the vectors show", () => {
        for (const r of RELEASES) {
            for (const v of [3, 4, 5]) {
                const cases = vectors[r].filter(({ c }) => c.der_hex.startsWith(`3`) && c.version === v);
                if (WIRE_VERSIONS[r].includes(v))
                    assert.ok(cases.some(({ c }) => c.valid), `${r} v${v}`);
                else
                    assert.ok(vectors[r].some(({ c }) => !c.valid && c.error === `unknown version number 0x${v}`), `${r} v${v}`);
            }
        }
    });
});
//# sourceMappingURL=release-table.test.js.map