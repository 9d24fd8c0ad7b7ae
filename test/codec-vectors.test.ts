// Every reference vector produced by Albatross 2.4.1 and 2.7.2 themselves,
// read as that release: decoding gives Albatross's exact text, the JSON form
// encodes back to the exact bytes, and every invalid input is rejected with
// Albatross's message (through the library and the CLI, in bulk).

import assert from "node:assert/strict";
import { DecodeError, KINDS, type Kind, type KindCodec, acceptingReleases, fromJson } from "../src/codec/index.js";
import { RELEASES, type Release } from "../src/model/release.js";
import type { Wire } from "../src/model/wire.js";
import { nameToString, ppName } from "../src/model/name.js";
import { runCli, runCliHere } from "./helpers/cli.js";
import { type VectorCase, loadVectors } from "./helpers/paths.js";

const FILES: [string, Kind][] = [
  ["cert-extension.json", "extension"],
  ["wire.json", "wire"],
  ["state.json", "dump"],
];

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");
const fold = (s: string) => s.replace(/\s+/g, " ");
const sortedChars = (s: string) => [...s].sort().join("");

/** The dump tag each release writes; older dump layouts are read only. */
const WRITTEN_DUMP_TAG: Record<Release, string> = { "2.4": "a4", "2.7": "a6" };

/**
 * Inputs Albatross reads but never writes (old layouts, non-DER booleans and
 * times, dumps of older eras) re-encode to what Albatross writes for the same
 * value; everything else re-encodes to the very same bytes.
 */
function writtenByAlbatross(c: VectorCase, kind: Kind, release: Release): boolean {
  if (c.note?.startsWith("decode-only")) return false;
  if (release === "2.7" && READ_NOT_WRITTEN_27.test(c.note ?? "")) return false;
  return !(kind === "dump" && !c.der_hex.startsWith(WRITTEN_DUMP_TAG[release]));
}

/**
 * 2.7.2 reads 2.4.1's create and restart layouts and fills absent fields
 * (#cpus 1), but writes creates at tags 20/21 and every field: the notes of
 * these cases say so.
 */
const READ_NOT_WRITTEN_27 = /defaults to|still decoded by v2\.7\.2|rejected by v2\.4\.1, accepted by v2\.7\.2/;

function jsonRoundTrip<T>(codec: KindCodec<T>, v: T): T {
  return fromJson(codec, JSON.parse(JSON.stringify(codec.json.toJson(v))));
}

const RELEASE_OF_RUN: Record<Release, { args: string[]; env: Record<string, string | undefined> }> = {
  // 2.4 through the environment, 2.7 through the option (overriding the environment)
  "2.4": { args: [], env: { ALBATROSS_VERSION: "2.4" } },
  "2.7": { args: ["--albatross", "2.7.2"], env: { ALBATROSS_VERSION: "2.4" } },
};

for (const release of RELEASES) {
  for (const [file, kind] of FILES) {
    const codec = KINDS[release][kind] as KindCodec<unknown>;
    const cases = loadVectors(file, release);
    const run = RELEASE_OF_RUN[release];

    describe(`Albatross ${release} reference vectors ${file}`, () => {
      it("has cases of every sort", () => {
        assert.ok(cases.some((c) => c.valid) && cases.some((c) => !c.valid));
      });

      for (const c of cases.filter((c) => c.valid)) {
        it(`${c.id}: text, verbose text, version, JSON round trip`, () => {
          const bytes = Buffer.from(c.der_hex, "hex");
          const v = codec.decode(bytes);
          assert.equal(codec.text(v), c.text);
          assert.equal(codec.text(v, { verbose: true }), c.text_verbose);
          if (kind === "extension") assert.equal((v as { version: number }).version, c.version);
          if (kind === "wire") {
            const w = v as Wire;
            assert.equal(w.header.version, c.version);
            assert.equal(w.header.sequence.toString(), c.sequence);
            assert.equal(nameToString(w.header.name), c.name);
            assert.equal(ppName(w.header.name), c.name_pp);
            assert.equal(w.payload.kind, c.payload);
          }
          const again = codec.encode(jsonRoundTrip(codec, v));
          if (writtenByAlbatross(c, kind, release)) {
            assert.equal(hex(again), c.der_hex);
          } else {
            // the canonical form may order sets as DER does and keep milliseconds only
            const v2 = codec.decode(again);
            assert.equal(sortedChars(codec.text(v2, { verbose: true })), sortedChars(c.text_verbose!));
            assert.equal(hex(codec.encode(v2)), hex(again), "canonical form is stable");
          }
        });
      }

      for (const c of cases.filter((c) => !c.valid)) {
        it(`${c.id}: rejected${c.error!.startsWith("exception:") ? "" : " with Albatross's message"}`, () => {
          assert.throws(
            () => codec.decode(Buffer.from(c.der_hex, "hex")),
            (e: unknown) => {
              assert.ok(e instanceof DecodeError);
              if (!c.error!.startsWith("exception:")) assert.equal(fold(e.message), fold(c.error!));
              // a refusal names the other release when that one reads the bytes
              assert.deepEqual(e.readBy, acceptingReleases(kind, Buffer.from(c.der_hex, "hex")));
              return true;
            },
          );
        });
      }

      it("the CLI exits 1 with one error line on a rejected encoding", async () => {
        const c = cases.find((x) => !x.valid && x.der_hex !== "")!;
        const r = await runCliHere(["decode", ...run.args, "--kind", kind, "--hex", c.der_hex, "--format", "json"], { env: run.env });
        assert.equal(r.status, 1);
        assert.equal(r.stdout, "");
        assert.match(r.stderr, /^error: [^\n]+\n$/);
        if (!c.error!.startsWith("exception:")) assert.ok(fold(r.stderr).startsWith(fold(`error: ${c.error!}`)), r.stderr);
      });

      it("bulk decode (--jsonl) gives every case's text, error and JSON form, and encode gives the bytes back", () => {
        const r = runCli(["decode", ...run.args, "--kind", kind, "--jsonl"], {
          input: cases.map((c) => c.der_hex || "zz").join("\n") + "\n",
          env: run.env,
        });
        assert.equal(r.status, 0, r.stderr);
        const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
        assert.equal(lines.length, cases.length);
        cases.forEach((c, i) => {
          const out = lines[i];
          assert.equal(out.ok, c.valid, c.id);
          if (c.valid) {
            assert.equal(out.text, c.text, c.id);
            assert.equal(out.text_verbose, c.text_verbose, c.id);
            assert.ok(out.read_by.includes(release), c.id);
          } else if (c.der_hex !== "" && !c.error!.startsWith("exception:")) {
            const others = acceptingReleases(kind, Buffer.from(c.der_hex, "hex")).filter((x) => x !== release);
            const hint = others.length ? ` (Albatross ${others.join(", ")} reads this)` : "";
            assert.equal(fold(out.error), fold(c.error! + hint), c.id);
          }
        });
        const exact = cases.filter((c) => c.valid && writtenByAlbatross(c, kind, release));
        const enc = runCli(["encode", ...run.args, "--kind", kind, "--jsonl"], {
          input: exact.map((c) => JSON.stringify(lines[cases.indexOf(c)].value)).join("\n") + "\nnot json\n",
          env: run.env,
        });
        assert.equal(enc.status, 0, enc.stderr);
        const encoded = enc.stdout.trim().split("\n").map((l) => JSON.parse(l));
        exact.forEach((c, i) => assert.deepEqual(encoded[i], { ok: true, hex: c.der_hex }, c.id));
        assert.equal(encoded[exact.length].ok, false);
      });
    });
  }
}

describe("decode/encode CLI", () => {
  it("prints Albatross's text, verbose text and JSON, and encodes JSON back (hex, base64, der)", async () => {
    const der = "3020020105a31ba9193017a002050001010004047f454c46a0020500020100020120";
    assert.equal((await runCliHere(["decode", "--kind", "extension", "--hex", der])).stdout, "unikernel create typ solo5 compression false image 4 bytes fail behaviour quit cpu 0 32 MB memory block devices  bridge \n");
    assert.match((await runCliHere(["decode", "--kind", "extension", "--hex", der, "--verbose"])).stdout, / argv no\n$/);
    const b64 = Buffer.from(der, "hex").toString("base64");
    const json = await runCliHere(["decode", "--kind", "extension", "--base64", b64, "--format", "json"]);
    assert.equal(JSON.parse(json.stdout).command.config.image.base64, "f0VMRg==");
    assert.equal(runCli(["encode", "--kind", "extension"], { input: json.stdout }).stdout, der + "\n");
    assert.equal(runCli(["encode", "--kind", "extension", "--format", "base64", "-"], { input: json.stdout }).stdout, b64 + "\n");
    assert.equal(hex(runCli(["encode", "--kind", "extension", "--format", "der"], { input: json.stdout }).stdoutBytes), der);
    assert.equal(runCli(["decode", "--kind", "extension", "-"], { input: Buffer.from(der, "hex") }).status, 0);
  });

  it("rejects bad JSON with the path of the bad field", () => {
    const r = runCli(["encode", "--kind", "extension"], { input: '{"version":5,"command":{"kind":"unikernel_get","level":"x"}}' });
    assert.equal(r.status, 1);
    assert.equal(r.stderr, "error: command.level: expected an integer\n");
    const v = runCli(["encode", "--kind", "extension"], { input: '{"version":7,"command":{"kind":"policy_info"}}' });
    assert.equal(v.stderr, "error: version: expected version 3, 4 or 5\n");
  });

  it("refuses unknown kinds, missing files and mixed inputs with one line (and the usage line for usage mistakes)", async () => {
    for (const args of [
      ["decode", "--kind", "cert", "--hex", "00"],
      ["decode", "--kind", "extension", "/nonexistent/file"],
      ["decode", "--kind", "extension", "--hex", "00", "--base64", "AA=="],
      ["decode", "--kind", "extension", "--hex", "0g"],
    ]) {
      const r = await runCliHere(args);
      assert.equal(r.status, 1, args.join(" "));
      assert.match(r.stderr, /^error: [^\n]+\n(usage: [^\n]+\n)?$/);
    }
  });
});
