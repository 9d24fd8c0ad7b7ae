// JSON text in pieces (src/json/text.ts): the same text as JSON.stringify of
// the forms' trees, the base64 of bytes in pieces, written as the stream drains.

import assert from "node:assert/strict";
import { Writable } from "node:stream";
import { createCommand } from "../src/ca/index.js";
import { command } from "../src/json/forms.js";
import { BASE64_PIECE, base64Field, jsonPieces, writeJson } from "../src/json/text.js";

const image = (n: number) => Buffer.from(Array.from({ length: n }, (_, i) => (i * 7 + (i >> 8)) & 0xff));
const create = (n: number) => command.toJson(createCommand({ image: image(n), compressionLevel: 0, skipManifestCheck: true }));

// around the bytes fields: text, nesting, and a string shaped like the writer's markers
const document = (sizes: readonly number[]) => ({
  first: create(sizes[0]!),
  list: [sizes.slice(1).map(create), "0123456789abcdef0123456789abcdef-0", { deeper: [null, create(1)] }],
  quoted: 'a "quoted" \\ line\n',
});

const SIZES = [0, 1, 2, 3, BASE64_PIECE - 1, BASE64_PIECE, BASE64_PIECE + 1, 2 * BASE64_PIECE + 2];

describe("JSON text in pieces", () => {
  for (const space of [undefined, 2]) {
    it(`joins to JSON.stringify's text${space === undefined ? "" : `, indented by ${space}`} (bytes of ${SIZES.join(", ")})`, () => {
      const value = document(SIZES);
      assert.equal([...jsonPieces(value, space)].join(""), JSON.stringify(value, null, space));
    });
  }

  it("the base64 of bytes comes in pieces, none whole", () => {
    const pieces = [...jsonPieces(create(5 * BASE64_PIECE + 1), 2)];
    assert.ok(pieces.length >= 7, `${pieces.length} pieces`);
    for (const p of pieces) assert.ok(p.length <= (BASE64_PIECE / 3) * 4, `a piece of ${p.length} characters`);
  });

  it("a bytes field reads as plain JSON: its length and its whole base64", () => {
    const field = base64Field(image(1000));
    assert.deepEqual(field, { length: 1000, base64: image(1000).toString("base64") });
    assert.deepEqual(JSON.parse(JSON.stringify({ field })), { field: { length: 1000, base64: image(1000).toString("base64") } });
    assert.equal(command.fromJson(JSON.parse(JSON.stringify(create(10))), "").kind, "unikernel_create");
  });

  it("a value without bytes is JSON.stringify's text in one piece", () => {
    assert.deepEqual([...jsonPieces({ a: [1, "b"], c: null }, 2)], [JSON.stringify({ a: [1, "b"], c: null }, null, 2)]);
  });

  it("writeJson writes each piece after the one before has drained", async () => {
    const value = document([4 * BASE64_PIECE, 3 * BASE64_PIECE]);
    const written: Buffer[] = [];
    let queued = 0;
    const out = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _encoding, done) {
        written.push(chunk);
        setImmediate(done);
      },
    });
    const write = out.write.bind(out);
    out.write = ((chunk: string) => {
      const ok = write(chunk);
      queued = Math.max(queued, out.writableLength);
      return ok;
    }) as typeof out.write;
    await writeJson(out, value, 2);
    assert.equal(Buffer.concat(written).toString(), JSON.stringify(value, null, 2) + "\n");
    // at most one piece beyond what the stream takes without asking to wait
    assert.ok(queued <= (BASE64_PIECE / 3) * 4 + out.writableHighWaterMark, `${queued} bytes queued at once`);
  });
});
