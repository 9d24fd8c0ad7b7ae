// UTCTime and GeneralizedTime as asn1-combinators 0.3.2 reads them. Every
// expectation below was produced by the real asn1-combinators (its Time
// module, OCaml Scanf and Ptime) — 0.2.6's module is the same but for the
// UTCTime year 50, which 0.3.2 reads as 1950 (`y >= 50`).

import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { AsnError } from "../src/asn1/der.js";
import { readGeneralizedTime, readUtcTime, writeGeneralizedTime, writeUtcTime } from "../src/asn1/time.js";
import { decodeExtension, encodeExtension } from "../src/codec/index.js";
import { type Time, toRfc3339 } from "../src/model/time.js";
import { type CliResult, runCli, runCliBatch, runCliHere } from "./helpers/cli.js";

const bytes = (s: string) => Buffer.from(s, "latin1");
const read = (f: (c: Uint8Array) => Time, s: string) => toRfc3339(f(bytes(s)));

// [as written, the instant (RFC 3339, fraction in milliseconds), why]
const GENERALIZED_ACCEPTED: [string, string, string][] = [
  ["20230312234215Z", "2023-03-12T23:42:15Z", "the DER form"],
  ["20230312234215", "2023-03-12T23:42:15Z", "no zone: UTC"],
  ["202303122342Z", "2023-03-12T23:42:00Z", "seconds absent"],
  ["2023031223Z", "2023-03-12T23:00:00Z", "minutes absent"],
  ["2023031223", "2023-03-12T23:00:00Z", "hour only, no zone"],
  ["2023031223421Z", "2023-03-12T23:42:01Z", "one-digit seconds"],
  ["20230312234215.123Z", "2023-03-12T23:42:15.123Z", "milliseconds"],
  ["20230312234215.12Z", "2023-03-12T23:42:15.012Z", "two fraction digits count milliseconds"],
  ["20230312234215.5Z", "2023-03-12T23:42:15.005Z", "one fraction digit counts milliseconds"],
  ["20230312234215.1234Z", "2023-03-12T23:42:15.123Z", "a fourth digit is read as an offset hour and dropped"],
  ["20230312234215.1_2Z", "2023-03-12T23:42:15.012Z", "'_' inside a number is skipped"],
  ["20230312234215.000Z", "2023-03-12T23:42:15.000Z", "how Albatross writes less than a millisecond"],
  ["20230312234215.00Z", "2023-03-12T23:42:15Z", "zero milliseconds"],
  ["20230312234215.Z", "2023-03-12T23:42:15Z", "a dot without digits"],
  ["20230312234215.", "2023-03-12T23:42:15Z", "a final dot"],
  ["20230312234215.123+0100", "2023-03-12T22:42:15.123Z", "fraction and offset"],
  ["20230312234215+0130", "2023-03-12T22:12:15Z", "positive offset"],
  ["20230312234215-0800", "2023-03-13T07:42:15Z", "negative offset"],
  ["2023031223+0100", "2023-03-12T22:00:00Z", "offset after the hour"],
  ["202303122342150100", "2023-03-12T22:42:15Z", "an unsigned offset is positive"],
  ["20230312234215+013", "2023-03-12T22:39:15Z", "one-digit offset minutes"],
  ["20230312234215-9959", "2023-03-17T03:41:15Z", "offsets beyond a day"],
  ["20230312234215+01Z", "2023-03-12T23:42:15Z", "a broken offset falls back to Z"],
  ["20230312234215+0130Z", "2023-03-12T23:42:15Z", "an offset followed by Z is Z"],
  ["20230312234215+", "2023-03-12T23:42:15Z", "a lone sign"],
  ["2_230312234215Z", "0223-03-12T23:42:15Z", "'_' in the year counts towards its four characters"],
  ["20230312234260Z", "2023-03-12T23:43:00Z", "second 60 is the next second"],
  ["00000101000000Z", "0000-01-01T00:00:00Z", "the first instant"],
  ["99991231235959.999Z", "9999-12-31T23:59:59.999Z", "the last millisecond"],
];

// [as written, asn1-combinators' message]
const GENERALIZED_REJECTED: [string, string][] = [
  ["", "unexpected end"],
  ["2023031", "unexpected end"],
  ["-2023031223Z", "invalid format"],
  ["20230312234215,123Z", "invalid format"],
  ["20230312234215z", "invalid format"],
  ["20230312234215 Z", "invalid format"],
  ["20230312234215.123Zjunk", "invalid format"],
  ["20231312000000Z", "out of range"],
  ["20230230000000Z", "out of range"],
  ["20230312244215Z", "out of range"],
  ["20230312236015Z", "out of range"],
  ["00000101000000+0001", "out of range"],
  ["99991231235959-0001", "out of range"],
];

const UTC_ACCEPTED: [string, string, string][] = [
  ["230312234215Z", "2023-03-12T23:42:15Z", "the DER form"],
  ["2303122342Z", "2023-03-12T23:42:00Z", "seconds absent"],
  ["23031223421Z", "2023-03-12T23:42:01Z", "one-digit seconds"],
  ["230312234215+0130", "2023-03-12T22:12:15Z", "positive offset"],
  ["2303122342-0800", "2023-03-13T07:42:00Z", "negative offset"],
  ["2303122342+2400", "2023-03-11T23:42:00Z", "a whole day of offset"],
  ["2303122342150100", "2023-03-12T22:42:15Z", "an unsigned offset is positive"],
  ["230312234215+0130Z", "2023-03-12T23:42:15Z", "an offset followed by Z is Z"],
  ["490101000000Z", "2049-01-01T00:00:00Z", "49 is 2049"],
  ["500101000000Z", "1950-01-01T00:00:00Z", "50 is 1950"],
  ["240229000000Z", "2024-02-29T00:00:00Z", "a leap day"],
  ["230312234260Z", "2023-03-12T23:43:00Z", "second 60 is the next second"],
];

const UTC_REJECTED: [string, string][] = [
  ["", "unexpected end"],
  ["230312234215", "unexpected end"],
  ["2303122342", "unexpected end"],
  ["230312234215+01", "unexpected end"],
  ["230312234215.5Z", "invalid format"],
  ["230312234215z", "invalid format"],
  ["230312234215 Z", "invalid format"],
  ["2303122342_5Z", "invalid format"],
  ["2303122342Zjunk", "invalid format"],
  ["20230312234215Z", "out of range"],
  ["231312000000Z", "out of range"],
  ["230229000000Z", "out of range"],
];

describe("GeneralizedTime as asn1-combinators reads it", () => {
  for (const [s, instant, why] of GENERALIZED_ACCEPTED) {
    it(`${JSON.stringify(s)}: ${why}`, () => assert.equal(read(readGeneralizedTime, s), instant));
  }
  for (const [s, problem] of GENERALIZED_REJECTED) {
    it(`${JSON.stringify(s)}: ${problem}`, () =>
      assert.throws(() => readGeneralizedTime(bytes(s)), new AsnError(`GeneralizedTime: ${problem}: ${JSON.stringify(s)}`)));
  }
});

describe("UTCTime as asn1-combinators reads it", () => {
  for (const [s, instant, why] of UTC_ACCEPTED) {
    it(`${JSON.stringify(s)}: ${why}`, () => assert.equal(read(readUtcTime, s), instant));
  }
  for (const [s, problem] of UTC_REJECTED) {
    it(`${JSON.stringify(s)}: ${problem}`, () =>
      assert.throws(() => readUtcTime(bytes(s)), new AsnError(`UTCTime: ${problem}: ${JSON.stringify(s)}`)));
  }
});

describe("times as asn1-combinators writes them", () => {
  const at = (seconds: bigint, frac: string): Time => ({ seconds, frac });
  it("GeneralizedTime: milliseconds, truncated, whenever there is a fraction", () => {
    assert.equal(writeGeneralizedTime(at(1678664535n, "")), "20230312234215Z");
    assert.equal(writeGeneralizedTime(at(1678664535n, "5")), "20230312234215.500Z");
    assert.equal(writeGeneralizedTime(at(1678664535n, "0256")), "20230312234215.025Z");
    assert.equal(writeGeneralizedTime(at(1678664535n, "0001")), "20230312234215.000Z");
  });
  it("UTCTime: two-digit year, whole seconds", () => {
    assert.equal(writeUtcTime(at(1678664535n, "123")), "230312234215Z");
    assert.equal(writeUtcTime(at(-631152000n, "")), "500101000000Z");
  });
  it("every accepted form re-encodes to the instant asn1-combinators keeps", () => {
    for (const [s, instant] of GENERALIZED_ACCEPTED) {
      const t = readGeneralizedTime(bytes(s));
      assert.equal(toRfc3339(readGeneralizedTime(bytes(writeGeneralizedTime(t)))), instant, s);
    }
  });
});

// console subscribe since T: [2] { [0] GeneralizedTime } (or [1] { [0] UTCTime })
function subscribeSince(tag: 0x17 | 0x18, s: string): string {
  const tlv = (t: number, body: Buffer) => Buffer.concat([Buffer.of(t, body.length), body]);
  const time = tlv(tag, bytes(s));
  const since = tlv(0xa0, tlv(tag === 0x18 ? 0xa2 : 0xa1, tlv(0xa0, time)));
  return tlv(0x30, Buffer.concat([Buffer.from("020105", "hex"), since])).toString("hex");
}

describe("times in Albatross data, through the CLI", () => {
  it("the text shows whole seconds as Albatross does; the JSON form keeps the milliseconds", async () => {
    const hex = subscribeSince(0x18, "20230312234215.25+0100");
    const text = await runCliHere(["decode", "--kind", "extension", "--hex", hex]);
    assert.equal(text.status, 0, text.stderr);
    assert.equal(text.stdout, "console subscribe since 2023-03-12T22:42:15-00:00\n");
    const json = await runCliHere(["decode", "--kind", "extension", "--hex", hex, "--format", "json"]);
    assert.equal(JSON.parse(json.stdout).command.subscribe.since, "2023-03-12T22:42:15.025Z");
    const again = runCli(["encode", "--kind", "extension"], { input: json.stdout });
    assert.equal(again.stdout, subscribeSince(0x18, "20230312224215.025Z") + "\n");
  });

  it("the library keeps the same instant", () => {
    const v = decodeExtension(Buffer.from(subscribeSince(0x17, "2303122342-0800"), "hex"), "2.4");
    assert.deepEqual(v.command, { kind: "old_console_subscribe", subscribe: { kind: "since", since: { seconds: 1678693320n, frac: "" } } });
    assert.equal(Buffer.from(encodeExtension(v, "2.4")).toString("hex"), subscribeSince(0x17, "230313074200Z"));
  });

  // one input per message and type (the readers are checked on every form above)
  const firstOfEach = <T extends [string, string]>(cases: T[]) => cases.filter(([, p], i) => cases.findIndex((c) => c[1] === p) === i);
  const rejected: [0x17 | 0x18, string, string][] = [
    ...firstOfEach(GENERALIZED_REJECTED).map(([s, p]): [0x18, string, string] => [0x18, s, `GeneralizedTime: ${p}`]),
    ...firstOfEach(UTC_REJECTED).map(([s, p]): [0x17, string, string] => [0x17, s, `UTCTime: ${p}`]),
  ];
  // every refusal from one process (runCliBatch), each in its own folder
  const dirs = rejected.map(() => fs.mkdtempSync(path.join(os.tmpdir(), "time-")));
  let answers: CliResult[] = [];
  before(() => {
    answers = runCliBatch(rejected.map(([tag, s], i) => ({ args: ["decode", "--kind", "extension", "--hex", subscribeSince(tag, s)], cwd: dirs[i]! })));
  });
  for (const [i, [, s, problem]] of rejected.entries()) {
    it(`decode refuses ${JSON.stringify(s)} (${problem}): exit 1, one error line, nothing written`, () => {
      const dir = dirs[i]!;
      const r = answers[i]!;
      assert.equal(r.status, 1);
      assert.equal(r.stdout, "");
      assert.equal(r.stderr, `error: ${problem}: ${JSON.stringify(s)}\n`);
      assert.deepEqual(fs.readdirSync(dir), []);
    });
  }
});
