// readJson (src/json/read.ts): JSON text read in pieces gives what JSON.parse
// gives, wherever the pieces are cut (inside a UTF-8 character, an escape, a
// number, a long string); refuses what JSON.parse refuses, saying where; and
// decodes the base64 of bytes as it comes, into the memory asked for, which
// the bytes form then takes as it is.

import assert from "node:assert/strict";
import fc from "fast-check";
import { bytes as bytesForm, JsonFormError } from "../src/json/schema.js";
import { JsonTextError, readJson } from "../src/json/read.js";
import { heldBytes } from "../src/json/text.js";

/** `text` as UTF-8, cut at the given places (each taken modulo the length). */
function cut(text: string | Buffer, at: number[] = []): Buffer[] {
  const all = typeof text === "string" ? Buffer.from(text) : text;
  const places = [...new Set(at.map((n) => (all.length === 0 ? 0 : n % all.length)))].sort((a, b) => a - b);
  const out: Buffer[] = [];
  let from = 0;
  for (const p of places) {
    out.push(all.subarray(from, p));
    from = p;
  }
  out.push(all.subarray(from));
  return out;
}

/** What the bytes form makes of a field, or its error's message. */
function formOf(field: unknown): Uint8Array | string {
  try {
    return bytesForm.fromJson(field, "image");
  } catch (e) {
    assert.ok(e instanceof JsonFormError);
    return e.message;
  }
}

describe("readJson: JSON text read in pieces", () => {
  it("gives what JSON.parse gives, however the text is cut", () => {
    fc.assert(
      fc.property(fc.json({ stringUnit: "binary" }), fc.array(fc.nat(), { maxLength: 8 }), fc.integer({ min: 0, max: 4 }), (json, at, space) => {
        // indented too: whitespace and line breaks between the tokens
        const text = JSON.stringify(JSON.parse(json), null, space);
        const utf8 = Buffer.from(text);
        assert.deepEqual(readJson(cut(utf8, at)), JSON.parse(utf8.toString()));
      }),
      { numRuns: 500 },
    );
  });

  it("refuses what JSON.parse refuses (a character dropped, doubled or replaced), with the line and column", () => {
    fc.assert(
      fc.property(
        fc.json(),
        fc.nat(),
        fc.constantFrom("drop", "double", "replace"),
        fc.constantFrom("}", "]", ",", ":", '"', "x", "\\", "-", " ", "\n", "0", "e"),
        fc.array(fc.nat(), { maxLength: 4 }),
        (json, where, how, c, at) => {
          const text = JSON.stringify(JSON.parse(json), null, 1);
          const i = where % text.length;
          const broken = how === "drop" ? text.slice(0, i) + text.slice(i + 1) : how === "double" ? text.slice(0, i + 1) + text.slice(i) : text.slice(0, i) + c + text.slice(i + 1);
          let parsed: unknown;
          try {
            parsed = JSON.parse(broken);
          } catch {
            assert.throws(() => readJson(cut(broken, at)), (e: unknown) => e instanceof JsonTextError && /\(line \d+, column \d+\)$/.test(e.message));
            return;
          }
          assert.deepEqual(readJson(cut(broken, at)), parsed);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("says where: the line and the column of the first character that cannot be", () => {
    const where = (text: string) => {
      try {
        readJson(cut(text));
      } catch (e) {
        assert.ok(e instanceof JsonTextError);
        return e.message;
      }
      return assert.fail("accepted");
    };
    assert.equal(where('{"kind": }'), "expected a value (line 1, column 10)");
    assert.equal(where('{\n  "a": [1,\n  2 x'), "expected ',' (line 3, column 5)");
    assert.equal(where('{"a": 1} {}'), "unexpected characters (line 1, column 10)");
    assert.match(where(""), /^expected a value \(line 1, column 1\)$/);
  });

  describe("bytes: the base64 decoded as it is read", () => {
    const field = (data: Buffer, lengthFirst: boolean) =>
      lengthFirst ? `{"length": ${data.length}, "base64": "${data.toString("base64")}"}` : `{"base64": "${data.toString("base64")}", "length": ${data.length}}`;

    it("holds the bytes in the field, whose base64 still reads as the string; the bytes form takes them as they are", () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 3000 }), fc.boolean(), fc.array(fc.nat(), { maxLength: 6 }), (data, lengthFirst, at) => {
          const text = `{"image": ${field(Buffer.from(data), lengthFirst)}, "n": 1}`;
          const tree = readJson(cut(text, at)) as { image: unknown };
          assert.deepEqual(Buffer.from(heldBytes(tree.image)!), Buffer.from(data));
          assert.equal(JSON.stringify(tree), JSON.stringify(JSON.parse(text)));
          const taken = bytesForm.fromJson(tree.image, "image");
          assert.equal(taken, heldBytes(tree.image));
          assert.deepEqual(taken, bytesForm.fromJson(JSON.parse(text).image, "image"));
        }),
        { numRuns: 300 },
      );
    });

    it("decodes an image into memory of its length, asked for once when the length comes first", () => {
      const data = Buffer.alloc(2 * 2 ** 20 + 7);
      for (let i = 0; i < data.length; i++) data[i] = (i * 7919) >>> 3;
      for (const lengthFirst of [true, false]) {
        const asked: Buffer[] = [];
        const memory = (size: number) => {
          const b = Buffer.alloc(size + 16).subarray(8, 8 + size);
          asked.push(b);
          return b;
        };
        const tree = readJson(cut(field(data, lengthFirst), [1000, 70001, 2 ** 20 + 3]), { memory }) as unknown;
        const held = heldBytes(tree)!;
        assert.equal(asked.length, 1, `${asked.length} allocations`);
        assert.equal(asked[0]!.length, data.length);
        assert.equal(held.buffer, asked[0]!.buffer);
        assert.equal(held.byteOffset, asked[0]!.byteOffset);
        assert.ok(Buffer.from(held).equals(data));
      }
    });

    it("does not allocate a length larger than the input can hold: the bytes are decoded as they come", () => {
      const asked: number[] = [];
      const tree = readJson(cut('{"length": 1000000000, "base64": "AAAA"}'), { maxBytes: 30, memory: (n) => (asked.push(n), Buffer.alloc(n)) });
      assert.deepEqual(asked, [3]);
      assert.equal(formOf(tree), "image.length: is 1000000000, but the data has 3 bytes");
    });

    it("is refused by the bytes form as JSON.parse's string is: no base64, a wrong length", () => {
      // past one decoding of 64 Ki characters
      const long = "A".repeat(2 ** 16 + 4);
      const cases = [
        "AA=A",
        "AAAA=",
        "AAA",
        "A===",
        "====",
        "AA==AAAA",
        "AA.A",
        "AAŁA",
        "A-_A",
        "AA,A",
        "AA A",
        "AA\\u0000A",
        `${long}A-AA${long}`,
        `${long}AA=A${long}`,
        `${long}AA==${long}`,
        `${long}AA==`,
        `${long}A`,
        `${long}*${long}`,
        `${long}=`,
      ];
      for (const base64 of cases) {
        for (const length of ["", `"length": 5, `, `"length": ${(long.length / 4) * 3}, `]) {
          const text = `{${length}"base64": "${base64}"}`;
          for (const at of [[], [10], [long.length + 3], [long.length + 7, long.length + 9]]) {
            assert.deepEqual(formOf(readJson(cut(text, at))), formOf(JSON.parse(text)), `${text.slice(0, 40)}, cut at ${at}`);
          }
        }
      }
      for (const data of [Buffer.alloc(0), Buffer.alloc(100_000, 1)]) {
        for (const length of [0, 1, data.length - 1, data.length + 1]) {
          const text = `{"length": ${length}, "base64": "${data.toString("base64")}"}`;
          assert.deepEqual(formOf(readJson(cut(text, [5, 70_000]))), formOf(JSON.parse(text)));
        }
      }
    });

    it("reads escapes in the base64 string, and a later base64 of the same object as JSON.parse does (the last one)", () => {
      for (const text of ['{"base64": "\\u0041AA\\/"}', '{"base64": "AAAA", "base64": 5}', '{"base64": 5, "base64": "AAAA"}', '{"base64": "AAAA", "base64": "////"}']) {
        const tree = readJson(cut(text));
        assert.equal(JSON.stringify(tree), JSON.stringify(JSON.parse(text)));
        assert.deepEqual(formOf(tree), formOf(JSON.parse(text)));
      }
    });

    it("decodes only an object's base64: a string elsewhere, or in a list, is a string", () => {
      const text = '{"a": "AAAA", "list": ["AAAA"], "o": {"b": "AAAA"}}';
      const tree = readJson(cut(text)) as Record<string, unknown>;
      assert.deepEqual(tree, JSON.parse(text));
      assert.equal(heldBytes(tree), undefined);
    });
  });
});
