// PEM written in pieces and read in pieces: the same text and the same
// verdicts as the whole-string forms (encodePem, derFromInput), whatever the
// size of the pieces.

import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { derFromInput } from "../src/x509/pem.js";
import { encodePem, PemDecoder, pemChunks, PemText, readDerFile, splitPem } from "../src/x509/index.js";

const LABEL = "CERTIFICATE REQUEST";

/** What derFromInput makes of `text` when it is small enough to be read whole: DER, or the error's message. */
function whole(text: string): string {
  try {
    return Buffer.from(derFromInput(text, LABEL)).toString("hex");
  } catch (e) {
    return `error: ${(e as Error).message}`;
  }
}

function pieces(text: string, size: number): string {
  try {
    const bytes = Buffer.from(text, "latin1");
    const decoder = new PemDecoder(LABEL, Math.ceil((bytes.length * 3) / 4));
    for (let at = 0; at < bytes.length; at += size) decoder.push(bytes.subarray(at, at + size));
    return Buffer.from(decoder.end()).toString("hex");
  } catch (e) {
    return `error: ${(e as Error).message}`;
  }
}

const block = (body: string, label = LABEL, closing = label) => `-----BEGIN ${label}-----\n${body}-----END ${closing}-----\n`;

const CASES: Record<string, string> = {
  "a block": encodePem(LABEL, crypto.randomBytes(200)),
  "CRLF, blanks and text around": `comment\r\n${block("AAEC\r\n AwQF\t\r\n")}trailer\n`,
  "one padding": block("AAE=\n"),
  "two padding": block("AA==\n"),
  "padding inside": block("AA==AAAA\n"),
  "three padding": block("A===\n"),
  "a digit short": block("AAA\n"),
  "not base64": block("AA!A\n"),
  "headers": block("Proc-Type: 4,ENCRYPTED\nAAAA\n"),
  "no END": `-----BEGIN ${LABEL}-----\nAAAA\n`,
  "no block": "nothing here",
  "END of another label": block("AAAA\n", LABEL, "CERTIFICATE"),
  "another label": block("AAAA\n", "CERTIFICATE"),
  "two blocks": block("AAAA\n") + block("AAAA\n"),
  "a block, then a certificate": block("AAAA\n") + block("AAAA\n", "CERTIFICATE"),
  "an empty block": block(""),
  "a dash in the body": block("AA-A\n"),
  ...wholeLineCases(),
};

/**
 * Bodies of many full 64-digit lines (the decoder takes such lines whole,
 * through Node's lenient decoder) with one flaw in a line among them: read
 * whole, in pieces and a byte at a time (digit by digit), the same verdict.
 */
function wholeLineCases(): Record<string, string> {
  const lines = encodePem(LABEL, crypto.randomBytes(48 * 300)).split("\n").slice(1, -2);
  const flawed = (at: number, line: (l: string) => string) => block(lines.map((l, i) => (i === at ? line(l) : l)).join("\n") + "\n");
  const cases: Record<string, string> = {
    "full lines": block(lines.join("\n") + "\n"),
    "full lines, the last one short": encodePem(LABEL, crypto.randomBytes(48 * 300 + 17)),
    "full lines with CRLF": block(lines.join("\r\n") + "\r\n"),
  };
  for (const at of [0, 150, 299]) {
    cases[`full lines, a blank inside line ${at}`] = flawed(at, (l) => `${l.slice(0, 30)} ${l.slice(30)}`);
    cases[`full lines, a no-break space inside line ${at}`] = flawed(at, (l) => `${l.slice(0, 30)}\xa0${l.slice(30)}`);
    cases[`full lines, a bad character in line ${at}`] = flawed(at, (l) => `${l.slice(0, 30)}!${l.slice(31)}`);
    cases[`full lines, a character above 127 in line ${at}`] = flawed(at, (l) => `${l.slice(0, 30)}\xe9${l.slice(31)}`);
    cases[`full lines, base64url's - in line ${at}`] = flawed(at, (l) => `${l.slice(0, 30)}-${l.slice(31)}`);
    cases[`full lines, base64url's _ in line ${at}`] = flawed(at, (l) => `${l.slice(0, 30)}_${l.slice(31)}`);
    cases[`full lines, padding in line ${at}`] = flawed(at, (l) => `${l.slice(0, 62)}==`);
    cases[`full lines, a digit short in line ${at}`] = flawed(at, (l) => `${l.slice(1)}\n`.slice(0, 63));
  }
  return cases;
}

describe("PEM in pieces", function () {
  for (const [name, text] of Object.entries(CASES)) {
    it(`${name}: read in pieces as read whole`, function () {
      const expected = whole(text);
      for (const size of [1, 3, 64, 1 << 20]) assert.equal(pieces(text, size), expected, `pieces of ${size}`);
    });
  }

  it("a text larger than a piece: the same DER as base64 read whole", function () {
    const der = crypto.randomBytes(3 * 65536 + 7);
    const text = encodePem(LABEL, der);
    assert.ok(Buffer.from(derFromInput(text, LABEL)).equals(der));
    assert.ok(Buffer.from(derFromInput(Buffer.from(text, "latin1"), LABEL)).equals(der));
  });

  it("written in pieces: the text encodePem makes, and openssl reads", function () {
    for (const n of [0, 1, 47, 48, 49, 48 * 1024, 48 * 1024 + 5, 2 * 48 * 1024 + 100, 1 << 20]) {
      const der = crypto.randomBytes(n);
      const text = Buffer.concat(Array.from(pemChunks("CERTIFICATE", der), (c) => Buffer.from(c))).toString("latin1");
      assert.equal(text, encodePem("CERTIFICATE", der), `${n} bytes`);
      if (n > 0) assert.equal(Buffer.from(text.split("\n").slice(1, -2).join(""), "base64").toString("hex"), der.toString("hex"));
    }
    const der = crypto.randomBytes(100_000);
    const chain = new PemText([{ label: "CERTIFICATE", der }, "-----BEGIN X-----\nAAAA\n-----END X-----\n"]);
    assert.equal(Buffer.concat(Array.from(chain.chunks(), (c) => Buffer.from(c))).toString("latin1"), chain.toString());
    const r = spawnSync("openssl", ["base64", "-d"], { input: encodePem("CERTIFICATE", der).split("\n").slice(1, -2).join("\n") + "\n" });
    assert.ok(r.stdout.equals(der));
  });

  it("the first block of a chain (endOfFirst): what splitPem reads first, refused as splitPem refuses", function () {
    const cert = (n: number) => encodePem("CERTIFICATE", crypto.randomBytes(n));
    const chains: Record<string, string> = {
      "a certificate": cert(300),
      "a chain of three, text between": `${cert(5000)}between\n${cert(400)}${cert(400)}trailer\n`,
      "a key after the certificate": cert(300) + encodePem("PRIVATE KEY", crypto.randomBytes(48)),
      "a key first": encodePem("PRIVATE KEY", crypto.randomBytes(48)) + cert(300),
      "bad base64 in the second block": cert(300) + block("AA!A\n", "CERTIFICATE"),
    };
    const first = (text: string) => {
      try {
        return Buffer.from(splitPem(text)[0]!).toString("hex");
      } catch (e) {
        return `error: ${(e as Error).message}`;
      }
    };
    for (const [name, text] of Object.entries(chains)) {
      for (const size of [1, 64, 1 << 20]) {
        const bytes = Buffer.from(text, "latin1");
        const decoder = new PemDecoder("CERTIFICATE", Math.ceil((bytes.length * 3) / 4));
        let got: string;
        try {
          for (let at = 0; at < bytes.length; at += size) decoder.push(bytes.subarray(at, at + size));
          got = Buffer.from(decoder.endOfFirst()).toString("hex");
        } catch (e) {
          got = `error: ${(e as Error).message}`;
        }
        assert.equal(got, first(text), `${name}, pieces of ${size}`);
      }
    }
  });

  it("a file: PEM decoded as read, DER as it is, errors as derFromInput says them", async function () {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pem-stream-"));
    try {
      const der = crypto.randomBytes(3 << 20);
      fs.writeFileSync(path.join(dir, "a.req"), `leading words\n${encodePem(LABEL, der)}`);
      fs.writeFileSync(path.join(dir, "a.der"), der);
      fs.writeFileSync(path.join(dir, "b.req"), CASES["two blocks"]!);
      assert.ok(Buffer.from(await readDerFile(path.join(dir, "a.req"), LABEL)).equals(der));
      assert.ok(Buffer.from(await readDerFile(path.join(dir, "a.der"), LABEL)).equals(der));
      await assert.rejects(readDerFile(path.join(dir, "b.req"), LABEL), { message: whole(CASES["two blocks"]!).slice("error: ".length) });
      // DER whose content holds PEM text (an image may) is DER; PEM after more than 4 KiB of text (openssl -text) is PEM
      const content = Buffer.concat([Buffer.from(encodePem(LABEL, Buffer.alloc(48))), crypto.randomBytes(5000)]);
      const oneValue = Buffer.concat([Buffer.from([0x30, 0x82, content.length >> 8, content.length & 0xff]), content]);
      fs.writeFileSync(path.join(dir, "pem-inside.der"), oneValue);
      fs.writeFileSync(path.join(dir, "after-text.req"), `${"openssl req -text output\n".repeat(300)}${encodePem(LABEL, der)}`);
      for (const [file, expected] of [["pem-inside.der", oneValue], ["after-text.req", der]] as const) {
        assert.ok(Buffer.from(await readDerFile(path.join(dir, file), LABEL)).equals(expected), file);
        assert.ok(Buffer.from(derFromInput(fs.readFileSync(path.join(dir, file)), LABEL)).equals(expected), file);
      }
      // a certificate file: its chain may follow it
      fs.writeFileSync(path.join(dir, "c.pem"), encodePem("CERTIFICATE", der) + encodePem("CERTIFICATE", crypto.randomBytes(300)));
      assert.ok(Buffer.from(await readDerFile(path.join(dir, "c.pem"), "CERTIFICATE", undefined, false, true)).equals(der));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
