// Keys, public half only. A private key is reduced to its public key as soon
// as it is read; nothing derived from the private part is kept or shown.

import { createHash, createPrivateKey, createPublicKey, type KeyObject } from "node:crypto";
import { keyTypeOfSpki } from "../x509/keys.js";

export interface PublicKeyFacts {
  /** One of our key types (ed25519, p256, ...), else what the key is ("rsa 3072 bits", "ec secp256k1"). */
  readonly keyType: string;
  /** Whether Albatross tooling can use it (one of the six key types). */
  readonly supported: boolean;
  /** SubjectPublicKeyInfo DER */
  readonly spki: Uint8Array;
  /** lowercase hex SHA-256 of the SubjectPublicKeyInfo DER */
  readonly sha256: string;
}

function otherKeyType(k: KeyObject): string {
  const d = k.asymmetricKeyDetails ?? {};
  if (d.modulusLength !== undefined) return `${k.asymmetricKeyType} ${d.modulusLength} bits`;
  if (d.namedCurve !== undefined) return `${k.asymmetricKeyType} ${d.namedCurve}`;
  return k.asymmetricKeyType ?? "unknown";
}

export function describePublicKey(spki: Uint8Array): PublicKeyFacts {
  const ours = keyTypeOfSpki(spki);
  let keyType: string = ours ?? "unknown";
  if (ours === null) {
    try {
      keyType = otherKeyType(createPublicKey({ key: Buffer.from(spki), format: "der", type: "spki" }));
    } catch {
      // an algorithm Node cannot read: "unknown"
    }
  }
  return { keyType, supported: ours !== null, spki, sha256: createHash("sha256").update(spki).digest("hex") };
}

/** The bytes as a Buffer, not copied (Buffer.from of a Uint8Array copies: an input of hundreds of MB, once per form tried). */
const view = (der: Uint8Array) => Buffer.from(der.buffer, der.byteOffset, der.byteLength);

/** The SubjectPublicKeyInfo of a private key in DER (PKCS#8, PKCS#1 or SEC1); null if it is none. */
export function publicHalfOfPrivateKey(der: Uint8Array): Uint8Array | null {
  for (const type of ["pkcs8", "pkcs1", "sec1"] as const) {
    try {
      const key = createPrivateKey({ key: view(der), format: "der", type });
      return new Uint8Array(createPublicKey(key).export({ format: "der", type: "spki" }));
    } catch {
      // not this encoding
    }
  }
  return null;
}

/** The SubjectPublicKeyInfo DER if `der` is one (normalised by Node), else null. */
export function readPublicKey(der: Uint8Array): Uint8Array | null {
  try {
    const key = createPublicKey({ key: view(der), format: "der", type: "spki" });
    return new Uint8Array(key.export({ format: "der", type: "spki" }));
  } catch {
    return null;
  }
}
