// The combinators' primitives and choices where they take short cuts
// (src/asn1/schema.ts): INTEGERs that fit in 32 bits are written with number
// arithmetic, CHOICE alternatives are found by a table of their tags. Both
// must write and read exactly what the general way does.

import assert from "node:assert/strict";
import { any, choice, decodeStrict, explicit, integer, map, octetString, utf8String } from "../src/asn1/schema.js";

/** X.690 8.3: the fewest octets of two's complement, found from the value's width (not asn1js: it writes -128 in two octets). */
function minimalInteger(v: bigint): Buffer {
  let octets = 1;
  while (v < -(1n << BigInt(8 * octets - 1)) || v >= 1n << BigInt(8 * octets - 1)) octets++;
  const twos = v < 0n ? (1n << BigInt(8 * octets)) + v : v;
  return Buffer.from([0x02, octets, ...Buffer.from(twos.toString(16).padStart(2 * octets, "0"), "hex")]);
}

describe("asn1 schema", () => {
  it("writes an INTEGER in its fewest octets on both sides of every octet boundary, and reads it back", () => {
    const values: bigint[] = [];
    for (let bits = 0n; bits <= 62n; bits++) {
      for (const d of [-2n, -1n, 0n, 1n]) values.push((1n << bits) + d, -(1n << bits) + d);
    }
    values.push((1n << 62n) - 1n, -(1n << 62n));
    for (const v of values.filter((v) => v >= -(1n << 62n) && v < 1n << 62n)) {
      const ours = integer.encode(v);
      assert.deepEqual(Buffer.from(ours), minimalInteger(v), `INTEGER ${v}`);
      assert.equal(decodeStrict(integer, ours), v);
    }
  });

  it("reads a CHOICE by the first alternative holding the tag; ANY takes every tag the alternatives before it do not", () => {
    const labelled = <T>(asn: Parameters<typeof map<T, string>>[0], label: string) => map(asn, () => label, () => undefined as T);
    const withAny = choice(
      [labelled(explicit(0, integer), "first [0]"), labelled(octetString, "octets"), labelled(explicit(0, utf8String), "second [0]"), labelled(any, "any"), labelled(utf8String, "after any")],
      () => 0,
    );
    const read = (bytes: number[]) => decodeStrict(withAny, Uint8Array.from(bytes));
    assert.equal(read([0xa0, 0x03, 0x02, 0x01, 0x05]), "first [0]");
    assert.equal(read([0x04, 0x01, 0x41]), "octets");
    assert.equal(read([0x0c, 0x01, 0x41]), "any");
    assert.equal(read([0x05, 0x00]), "any");

    const tagged = choice([labelled(octetString, "octets"), labelled(utf8String, "text")], () => 0);
    assert.equal(decodeStrict(tagged, Uint8Array.from([0x0c, 0x01, 0x41])), "text");
    assert.throws(() => decodeStrict(tagged, Uint8Array.from([0x05, 0x00])), /Type mismatch: expected: \(ANY UNIVERSAL 12\) got: \(Primitive UNIVERSAL 5\)/);
  });
});
