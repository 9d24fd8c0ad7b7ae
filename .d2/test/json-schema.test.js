// JSON forms read only the fields written in the document: a key that every
// object inherits from Object.prototype is an unknown field like any other.
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { DecodeError, KINDS, fromJson } from "../src/codec/index.js";
import { runCli } from "./helpers/cli.js";
const INHERITED = ["__proto__", "constructor", "toString", "valueOf", "hasOwnProperty", "isPrototypeOf", "__defineGetter__"];
// JSON.parse makes "__proto__" an ordinary own key, as a file read from disk would
const parsed = (key, where) => {
    const image = `{"length":1,"base64":"AA=="${where === "image" ? `,"${key}":1` : ""}}`;
    const command = `{"kind":"unikernel_create","config":{"typ":"solo5","compressed":false,"image":${image},"failBehaviour":{"kind":"quit"},` +
        `"cpuids":[0],"memory":32,"blockDevices":[],"bridges":[],"argv":null}${where === "command" ? `,"${key}":1` : ""}}`;
    return JSON.parse(`{"version":5,"command":${command}${where === "top" ? `,"${key}":1` : ""}}`);
};
describe("JSON forms and the names of Object.prototype", () => {
    it("the document itself is read: the cases below differ from it by one key", () => {
        const base = JSON.parse(JSON.stringify(parsed("x", "top"), (k, v) => (k === "x" ? undefined : v)));
        assert.equal(fromJson(KINDS["2.4"].extension, base).command.kind, "unikernel_create");
    });
    for (const key of INHERITED) {
        for (const where of ["top", "command", "image"]) {
            it(`"${key}" in the ${where} object is an unknown field`, () => {
                assert.throws(() => fromJson(KINDS["2.4"].extension, parsed(key, where)), (e) => {
                    assert.ok(e instanceof DecodeError);
                    assert.match(e.message, new RegExp(`unknown field "${key}"$`));
                    return true;
                });
            });
        }
    }
    it("a field named like an inherited property is not read from the prototype", () => {
        // "kind" absent: the union must not find one on Object.prototype either
        assert.throws(() => fromJson(KINDS["2.4"].extension, { version: 5, command: Object.create({ kind: "console_add" }) }), /kind: expected one of/);
    });
    for (const key of ["__proto__", "constructor"]) {
        it(`encode refuses "${key}": exit 1, one error line, no output, no file`, () => {
            const dir = fs.mkdtempSync(path.join(os.tmpdir(), "json-proto-"));
            const input = `{"version":5,"command":{"kind":"console_add","${key}":{"kind":"x"}}}`;
            const r = runCli(["encode", "--kind", "extension", "--format", "der"], { input, cwd: dir });
            assert.equal(r.status, 1);
            assert.equal(r.stdout, "");
            assert.equal(r.stderr, `error: command: unknown field "${key}"\n`);
            assert.deepEqual(fs.readdirSync(dir), []);
        });
    }
});
//# sourceMappingURL=json-schema.test.js.map