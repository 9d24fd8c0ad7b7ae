// The codec's public face: bytes ↔ domain values for the three kinds of
// Albatross data, each with its text (Albatross's printer) and JSON form, for
// the release given (a plain value: the codec holds no state).
import { AsnError } from "../asn1/der.js";
import { decodeStrict, encodedOf } from "../asn1/schema.js";
import { NameError } from "../model/name.js";
import { TimeError } from "../model/time.js";
import { JsonFormError } from "../json/schema.js";
import { RELEASES } from "../model/release.js";
import * as forms from "../json/forms.js";
import { ppCommand, ppDump, ppWire } from "../render/albatross.js";
import { otherReleasesHint, perRelease } from "./arms.js";
import { certExtension } from "./command.js";
import { dump } from "./dump.js";
import { decodeWireBytes, encodeWireBytes } from "./wire.js";
/**
 * Any failure to read Albatross data; the message is Albatross's where it
 * has one. `readBy` names the other releases that read the same bytes.
 */
export class DecodeError extends Error {
    release;
    readBy;
    name = "DecodeError";
    constructor(message, release = null, readBy = []) {
        super(message);
        this.release = release;
        this.readBy = readBy;
    }
    /** The message with " (Albatross 2.4 reads this)" when another release would read the bytes. */
    get withHint() {
        return this.release === null ? this.message : this.message + otherReleasesHint(this.release, this.readBy);
    }
}
export class EncodeError extends Error {
    name = "EncodeError";
}
/**
 * The failures bad data can cause, reported as one error class. Anything
 * else (a TypeError, a RangeError) is a bug of ours and is not disguised.
 */
const DATA_ERRORS = [AsnError, NameError, TimeError, JsonFormError];
function guarded(f, E) {
    return (a) => {
        try {
            return f(a);
        }
        catch (e) {
            if (DATA_ERRORS.some((D) => e instanceof D))
                throw new E(e.message);
            throw e;
        }
    };
}
const RAW = perRelease((r) => ({
    extension: { decode: (b) => decodeStrict(certExtension[r], b), encode: (v) => certExtension[r].encode(v) },
    wire: { decode: (b) => decodeWireBytes(b, r), encode: (v) => encodeWireBytes(v, r) },
    dump: { decode: (b) => decodeStrict(dump[r], b), encode: (v) => dump[r].encode(v) },
}));
function accepts(kind, release, bytes) {
    try {
        RAW[release][kind].decode(bytes);
        return true;
    }
    catch {
        return false;
    }
}
/** The releases that read these bytes as `kind`. */
export function acceptingReleases(kind, bytes) {
    return RELEASES.filter((r) => accepts(kind, r, bytes));
}
/** Decoding for `release`; a refusal says which other release reads the bytes. */
function decoder(kind, release) {
    const decode = guarded((b) => RAW[release][kind].decode(b), DecodeError);
    return (b) => {
        try {
            return decode(b);
        }
        catch (e) {
            if (!(e instanceof DecodeError))
                throw e;
            const others = RELEASES.filter((r) => r !== release && accepts(kind, r, b));
            throw new DecodeError(e.message, release, others);
        }
    };
}
function encoder(kind, release) {
    return guarded((v) => RAW[release][kind].encode(v), EncodeError);
}
export const decodeExtension = (b, release) => decoder("extension", release)(b);
export const encodeExtension = (v, release) => encoder("extension", release)(v);
/** The extension's encoding as its parts: an image inside is not copied (see `Encoded`). */
export const encodeExtensionParts = (v, release) => guarded((x) => encodedOf(certExtension[release], x), EncodeError)(v);
export const decodeWire = (b, release) => decoder("wire", release)(b);
export const encodeWire = (v, release) => encoder("wire", release)(v);
export const decodeDump = (b, release) => decoder("dump", release)(b);
export const encodeDump = (v, release) => encoder("dump", release)(v);
/** Each kind's codec as a release reads, writes and prints it. */
export const KINDS = perRelease((r) => ({
    extension: {
        decode: decoder("extension", r),
        encode: encoder("extension", r),
        text: (v, o) => ppCommand(v.command, r, o),
        json: forms.certExtension,
    },
    wire: { decode: decoder("wire", r), encode: encoder("wire", r), text: (v, o) => ppWire(v, r, o), json: forms.wire },
    dump: { decode: decoder("dump", r), encode: encoder("dump", r), text: (v, o) => ppDump(v, r, o), json: forms.dump },
}));
/** The JSON form of a value → the value (throws DecodeError with the field's path). */
export function fromJson(codec, x) {
    return guarded((y) => codec.json.fromJson(y, ""), DecodeError)(x);
}
//# sourceMappingURL=index.js.map