// albatross-ca as a library: everything the CLI and the wizard use, without them.

// The domain
export * from "./model/command.js";
export type { Dump } from "./model/dump.js";
export { fitsPolicy } from "./model/fits.js";
export * from "./model/name.js";
export * from "./model/policy.js";
export * from "./model/release.js";
export type * from "./model/stats.js";
export * from "./model/time.js";
export * from "./model/unikernel.js";
export type * from "./model/wire.js";

// Bytes ↔ values, Albatross's text, the JSON forms
export {
  DecodeError,
  decodeDump,
  decodeExtension,
  decodeWire,
  EncodeError,
  encodeDump,
  encodeExtension,
  encodeWire,
  fromJson,
  type Kind,
  type KindCodec,
  KINDS,
} from "./codec/index.js";
export * from "./render/albatross.js";
export * from "./render/readable.js";
export * as jsonForms from "./json/forms.js";
// JSON.stringify's text of a form, its bytes' base64 in pieces: an image's JSON written as a stream drains
export { jsonPieces, writeJson } from "./json/text.js";
// JSON text read in pieces, its bytes' base64 decoded as it comes: an image's JSON read without its text or string whole
export { JsonTextError, readJson, type ReadJsonOptions } from "./json/read.js";

// Certificates, Solo5 images, the CA, inspection
export * from "./x509/index.js";
// pkijs's engine with Ed25519, for library users who build with pkijs (the CA itself no longer does; not in
// the x509 index, which every command loads)
export { AlbatrossCryptoEngine, ED25519_OID, ensureEngine } from "./x509/engine.js";
export * from "./pkcs11/index.js";
export * from "./solo5/index.js";
export * from "./ca/index.js";
export * from "./ca/arguments.js";
export * from "./inspect/index.js";
export * from "./templates/presets.js";
