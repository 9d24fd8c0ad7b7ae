// The payload of a command as the operator had it (src/model/payload.ts):
// inflated when it was sent compressed, except when it was compressed here
// from bytes still in memory, which are then what it is (not inflated again:
// the wizard's preview held a 64 MB image twice over).

import assert from "node:assert/strict";
import { compress, compressInPieces } from "../src/ca/commands.js";
import { type Payload, uncompressed } from "../src/model/payload.js";

describe("payload: the bytes as the operator had them", () => {
  const image = new Uint8Array(Buffer.from("an image, an image, an image of machine code ".repeat(50_000)));

  it("is the very bytes a payload was compressed from here, at once or in pieces", async () => {
    for (const { compressed, data } of [compress(image, 9), await compressInPieces(image, 6, () => undefined)]) {
      assert.equal(compressed, true);
      assert.ok(data.length < image.length / 10);
      assert.equal(uncompressed({ kind: "image", data, compressed }), image);
    }
  });

  it("is inflated from compressed bytes that came from elsewhere (a request read back): equal, not the same", () => {
    const read: Payload = { kind: "block data", data: new Uint8Array(compress(image, 9).data), compressed: true };
    const inflated = uncompressed(read);
    assert.notEqual(inflated, image);
    assert.deepEqual(Buffer.from(inflated), Buffer.from(image));
  });

  it("is the bytes themselves when they were sent as they are", () => {
    const { compressed, data } = compress(image, 0);
    assert.equal(uncompressed({ kind: "image", data, compressed }), image);
  });
});
