// The argument value formats of albatross-client, one parser each.
import assert from "node:assert/strict";
import { parseBlock, parseBridgeTap, parseCompressionLevel, parseDays, parseInteger, parseNet, parseTimestamp, } from "../src/ca/arguments.js";
import { CaError } from "../src/ca/errors.js";
import { ifGiven, repeated, single } from "../src/cli/args.js";
import { CliError } from "../src/cli/errors.js";
const fails = (f, message) => assert.throws(f, (e) => (e instanceof CaError || e instanceof CliError) && message.test(e.message));
describe("--block values", () => {
    it("name, name:device, with or without a sector size", () => {
        assert.deepEqual(parseBlock("storage"), { name: "storage", device: null, sectorSize: null });
        assert.deepEqual(parseBlock("x@512"), { name: "x", device: null, sectorSize: 512n });
        assert.deepEqual(parseBlock("storage:disk0@4096"), { name: "storage", device: "disk0", sectorSize: 4096n });
        assert.deepEqual(parseBlock("a:zzzz"), { name: "a", device: "zzzz", sectorSize: null });
        assert.deepEqual(parseBlock("blöck"), { name: "blöck", device: null, sectorSize: null });
    });
    it("sector sizes are powers of two, at least 512", () => {
        for (const s of ["1024", "2048", "65536"])
            assert.equal(parseBlock(`b@${s}`).sectorSize, BigInt(s));
        for (const s of ["1000", "256", "0", "-512", "513"]) {
            fails(() => parseBlock(`b@${s}`), /sector size must be a power of two greater than or equal 512/);
        }
        fails(() => parseBlock("b@4k"), /sector size must be an integer/);
    });
    it("refuses other shapes, naming the option and the value", () => {
        fails(() => parseBlock("a:b:c"), /^--block "a:b:c": format is 'name' or 'name:device-name'$/);
        fails(() => parseBlock("a@512@1024"), /format is 'name\[@sector-size\]' or 'name:device-name\[@sector-size\]'/);
    });
});
describe("--net values", () => {
    it("[name:]bridge[@mac], as albatross-client reads them", () => {
        assert.deepEqual(parseNet("service:br0@00:80:41:01:02:03"), { name: "service", bridge: "br0", mac: "00:80:41:01:02:03" });
        assert.deepEqual(parseNet("mgmt"), { name: "mgmt", bridge: null, mac: null });
        assert.deepEqual(parseNet("net@ff:ff:ff:ff:ff:ff"), { name: "net", bridge: null, mac: "ff:ff:ff:ff:ff:ff" });
        assert.deepEqual(parseNet("service:br0"), { name: "service", bridge: "br0", mac: null });
    });
    it("MACs: hex pairs separated by : or -, written lowercase with :", () => {
        assert.equal(parseNet("n@0A:1B:2C:3D:4E:5F").mac, "0a:1b:2c:3d:4e:5f");
        assert.equal(parseNet("n@0a-1b-2c-3d-4e-5f").mac, "0a:1b:2c:3d:4e:5f");
        for (const bad of ["00:11:22:33:44", "00:11:22:33:44:55:66", "0:11:22:33:44:55", "00:11-22:33:44:55", "zz:11:22:33:44:55", ""]) {
            fails(() => parseNet(`n@${bad}`), /invalid MAC address/);
        }
    });
    it("refuses other shapes", () => {
        fails(() => parseNet("a:b:c"), /format is 'name' or 'name:device-name'/);
        fails(() => parseNet("a@b@c"), /format is \[name:\]bridge\[@mac\]/);
    });
});
describe("other values", () => {
    it("bridge:tap", () => {
        assert.deepEqual(parseBridgeTap("service:tap0"), { bridge: "service", tap: "tap0" });
        fails(() => parseBridgeTap("service"), /broken, format is bridge:tap/);
        fails(() => parseBridgeTap("a:b:c"), /broken, format is bridge:tap/);
    });
    it("integers: decimal, in OCaml's 63-bit range", () => {
        assert.equal(parseInteger("4611686018427387903", "--mem"), 4611686018427387903n);
        assert.equal(parseInteger("-4611686018427387904", "--mem"), -4611686018427387904n);
        assert.equal(parseInteger("+7", "--cpu"), 7n);
        fails(() => parseInteger("4611686018427387904", "--mem"), /^--mem "4611686018427387904": out of range/);
        fails(() => parseInteger("1.5", "--cpu"), /^--cpu "1.5": expected an integer$/);
        fails(() => parseInteger("", "--cpu"), /expected an integer/);
    });
    it("compression levels 0 to 9, days 1 to 36525", () => {
        assert.equal(parseCompressionLevel("0"), 0);
        assert.equal(parseCompressionLevel("9"), 9);
        fails(() => parseCompressionLevel("10"), /compression level from 0 to 9/);
        fails(() => parseCompressionLevel("-1"), /compression level from 0 to 9/);
        assert.equal(parseDays("3650", "--days"), 3650);
        fails(() => parseDays("0", "--days"), /number of days/);
    });
    it("timestamps: RFC 3339, a bare date is midnight UTC", () => {
        assert.deepEqual(parseTimestamp("2023-03-12"), parseTimestamp("2023-03-12T00:00:00Z"));
        assert.deepEqual(parseTimestamp("2022-01-01T00:30:00+02:00"), parseTimestamp("2021-12-31T22:30:00Z"));
        assert.equal(parseTimestamp("2024-02-29T12:00:00.123Z").frac, "123");
        fails(() => parseTimestamp("yesterday"), /^--since "yesterday": couldn't parse timestamp/);
        fails(() => parseTimestamp("2023-02-30"), /couldn't parse timestamp/);
    });
    it("repeatable and single options as yargs hands them over", () => {
        assert.deepEqual(repeated(undefined), []);
        assert.deepEqual(repeated("a"), ["a"]);
        assert.deepEqual(repeated(["a", ""]), ["a", ""]);
        assert.equal(single("x", "--cpu"), "x");
        fails(() => single(["1", "2"], "--cpu"), /--cpu given 2 times/);
        assert.deepEqual(ifGiven("days", undefined), {});
        assert.deepEqual(ifGiven("days", 3), { days: 3 });
    });
});
//# sourceMappingURL=args.test.js.map