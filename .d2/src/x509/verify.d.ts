import { type KeyObject } from "node:crypto";
import { type Tlv } from "../asn1/der.js";
/**
 * Whether `signature` over `message` was made by `key` with the
 * AlgorithmIdentifier `algorithm`. A key of another family than the algorithm's
 * did not make it (false); an algorithm we do not know throws.
 */
export declare function verifySignature(algorithm: Tlv, key: KeyObject, message: Uint8Array, signature: Uint8Array): boolean;
