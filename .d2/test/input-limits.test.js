// Hostile sizes: a file larger than any Albatross object is refused before it
// is read, and bytes that are no DER value are refused with a message of
// bounded length, however many bytes there are.
import assert from "node:assert/strict";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { hexdump } from "../src/asn1/der.js";
import { inspect } from "../src/inspect/index.js";
import { MAX_PEM_BYTES, tooLargeForAlbatross } from "../src/model/limits.js";
import { runCliBatch } from "./helpers/cli.js";
describe("input limits", function () {
    this.timeout(120000);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "limits-"));
    after(() => fs.rmSync(dir, { recursive: true, force: true }));
    it("a file past the largest Albatross object (sparse, 3 GiB): inspect, audit and decode refuse it by its size", () => {
        const huge = path.join(dir, "huge.pem");
        fs.closeSync(fs.openSync(huge, "w"));
        fs.truncateSync(huge, 3 * 2 ** 30);
        const results = runCliBatch([["inspect", huge], ["audit", huge], ["decode", "--kind", "dump", huge]].map((args) => ({ args })));
        for (const r of results) {
            assert.equal(r.status, 1);
            assert.equal(r.stdout, "");
            assert.equal(r.stderr, `error: ${huge}: 3.0 GiB is larger than any Albatross object can be (2.0 GiB, the most its wire format frames; 2.7 GiB as PEM)\n`);
        }
    });
    it("the limit is the PEM form of 2^31 - 1 bytes", () => {
        assert.equal(tooLargeForAlbatross(MAX_PEM_BYTES), null);
        assert.notEqual(tooLargeForAlbatross(MAX_PEM_BYTES + 1), null);
        assert.ok(MAX_PEM_BYTES > ((2 ** 31 - 1) * 4) / 3);
    });
    it("16 MB of random bytes: refused as no known object, in a message of at most a few kilobytes", async () => {
        const bytes = new Uint8Array(crypto.randomBytes(16 * 2 ** 20));
        bytes[0] = 0x30; // a SEQUENCE whose length runs past the end: the reader reports where, with a hexdump
        bytes[1] = 0x84;
        bytes.set([0x7f, 0xff, 0xff, 0xff], 2);
        await assert.rejects(inspect(bytes), (e) => {
            assert.match(e.message, /^not a certificate, certificate chain, certificate request, key or Albatross state dump/);
            assert.ok(e.message.length < 4000, `${e.message.length} characters`);
            return true;
        });
    });
    it("a hexdump shows Albatross's format in full up to 1 KiB, then the start and the size", () => {
        assert.equal(hexdump(Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9])), "0102030405060708 09");
        const long = hexdump(new Uint8Array(4096));
        assert.ok(long.endsWith(" ... (4096 bytes)"));
        assert.equal(long.split(" ").length, 1024 / 8 + 3);
    });
});
//# sourceMappingURL=input-limits.test.js.map