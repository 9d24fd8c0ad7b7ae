// JSON text read in pieces, the reading side of text.ts. JSON.parse of an
// image's JSON holds the text, its string and the image's base64 string whole
// (an 85 MB JSON peaked at 377 MB before the request was written). Here
// stream-json tokenizes the text as it is read, and the base64 of bytes is
// decoded as it comes, into the memory the caller chooses (for the CLI, the
// memory a request is then written around): the tree reads as JSON.parse's
// (the bytes field's base64 is made when read, as base64Field's is), and the
// JSON forms still decide what it means (schema.ts's bytes takes the decoded
// bytes instead of decoding the string again).

import { StringDecoder } from "node:string_decoder";
import { getManyValues, isMany, none } from "stream-chain/defs.js";
import Assembler from "stream-json/core/assembler.js";
import { jsonParser, type Token } from "stream-json/core/parser.js";
import { jsonVerifier, type VerifierError } from "stream-json/core/utils/verifier.js";
import { MAX_OBJECT_BYTES } from "../model/limits.js";
import { Base64Decoding } from "./base64.js";
import { holdBase64 } from "./text.js";

/** Text that is not JSON, with where: `message` says what, at which line and column. */
export class JsonTextError extends Error {
  override name = "JsonTextError";
}

export interface ReadJsonOptions {
  /**
   * Memory for the decoded bytes of a base64 field, `size` long (the CLI's is
   * bytesToWriteAround); new memory when not given.
   */
  memory?: (size: number) => Buffer;
  /**
   * The most bytes a base64 string of this input can decode to (3/4 of the
   * input's size, when known): a "length" above it is not allocated.
   */
  maxBytes?: number;
}

/**
 * The value of the JSON text in `pieces` (bytes, UTF-8), as JSON.parse gives
 * it, but each `"base64"` string of an object decoded as it is read (see
 * holdBase64). When the object gives its "length" first (as every JSON form
 * writes it), the bytes are decoded into `memory(length)` directly; else
 * in pieces, copied into `memory` at the end. A string that is not base64 is
 * kept as the part of it that shows this (the forms refuse it as before).
 * Text that is not JSON throws JsonTextError, with the line and column.
 */
export function readJson(pieces: Iterable<Uint8Array>, options: ReadJsonOptions = {}): unknown {
  const memory = options.memory ?? ((size: number) => Buffer.allocUnsafe(size));
  const maxBytes = options.maxBytes ?? MAX_OBJECT_BYTES;
  // the verifier, a step ahead of the parser, knows where the text went wrong; the parser's own errors do not say
  // both are flushed with `none` at the end (stream-chain's protocol, which their types leave out)
  const verify = jsonVerifier() as (text: string | typeof none) => unknown;
  const parse = jsonParser({ packKeys: true, streamKeys: false, packNumbers: true, streamNumbers: false, packStrings: false, streamStrings: true }) as (
    text: string | typeof none,
  ) => ReturnType<ReturnType<typeof jsonParser>>;
  const assembler = new Assembler();
  let string: StringParts | Base64Decoding | null = null;

  const consume = (token: Token): void => {
    switch (token.name) {
      case "startString": {
        const field = assembler.key === "base64" && !Array.isArray(assembler.current) ? (assembler.current as Record<string, unknown>) : null;
        const length = field === null ? undefined : Object.hasOwn(field, "length") ? field.length : undefined;
        const known = typeof length === "number" && Number.isSafeInteger(length) && length >= 0 && length <= maxBytes ? length : null;
        string = field === null ? new StringParts() : new Base64Decoding(memory, known);
        return;
      }
      case "stringChunk":
        string!.add(token.value);
        return;
      case "endString": {
        const value = string!.end();
        string = null;
        if (typeof value === "string") {
          assembler.consume({ name: "stringValue", value });
        } else {
          holdBase64(assembler.current as object, value);
          assembler.key = null;
        }
        return;
      }
      default:
        assembler.consume(token);
    }
  };
  const step = (text: string | typeof none): void => {
    try {
      verify(text);
    } catch (e) {
      const { line, pos } = e as VerifierError;
      const what = (e as Error).message.replace(/^ERROR at \d+ \(\d+, \d+\): Verifier (cannot parse input: |has )/, "");
      throw new JsonTextError(`${what} (line ${line}, column ${pos})`);
    }
    const tokens = parse(text);
    if (isMany(tokens)) for (const token of getManyValues(tokens)) consume(token);
    else if (tokens !== none) consume(tokens as Token);
  };

  const utf8 = new StringDecoder("utf8");
  for (const piece of pieces) for (let at = 0; at < piece.length; at += PIECE) step(utf8.write(piece.subarray(at, at + PIECE)));
  step(utf8.end());
  step(none);
  return assembler.current;
}

/**
 * Bytes of text handed to the tokenizer at a time: its work per call grows
 * with what it holds (a 7 MB piece took 4 times as long as the same text in
 * 64 KiB pieces).
 */
const PIECE = 1 << 16;

/** An ordinary string, in the pieces the parser gives. */
class StringParts {
  private parts: string[] = [];
  add(s: string): void {
    this.parts.push(s);
  }
  end(): string {
    return this.parts.join("");
  }
}
