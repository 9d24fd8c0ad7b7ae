// Signature and hash algorithms by OID, once: signature checks (node:crypto's
// digest), a request's outer check (the parameters allowed) and the audit
// (ocaml-x509's scheme and hash) read the same table. The weak ones are in it
// too: they are read, and refused by name where they must be (strength.ts,
// the audit's allowed hashes).

export type Hash = "MD5" | "SHA1" | "SHA224" | "SHA256" | "SHA384" | "SHA512";
export type KeyFamily = "ed25519" | "ec" | "rsa";

export interface SignatureAlgorithm {
  readonly name: string;
  /** node:crypto's asymmetricKeyType of the keys that make it */
  readonly family: KeyFamily;
  /** the hash of the message; Ed25519 hashes the message itself (with SHA-512) */
  readonly hash: Hash;
  /** what the AlgorithmIdentifier's parameters may be (RFC 5758, 4055, 8410) */
  readonly parameters: "absent" | "null or absent";
}

const ecdsa = (hash: Hash): SignatureAlgorithm => ({ name: `ecdsa-with-${hash}`, family: "ec", hash, parameters: "absent" });
const rsa = (hash: Hash): SignatureAlgorithm => ({
  name: `${hash.toLowerCase()}WithRSAEncryption`,
  family: "rsa",
  hash,
  parameters: "null or absent",
});

const SIGNATURE_ALGORITHMS: Readonly<Record<string, SignatureAlgorithm>> = {
  "1.3.101.112": { name: "Ed25519", family: "ed25519", hash: "SHA512", parameters: "absent" },
  "1.2.840.10045.4.1": ecdsa("SHA1"),
  "1.2.840.10045.4.3.1": ecdsa("SHA224"),
  "1.2.840.10045.4.3.2": ecdsa("SHA256"),
  "1.2.840.10045.4.3.3": ecdsa("SHA384"),
  "1.2.840.10045.4.3.4": ecdsa("SHA512"),
  "1.2.840.113549.1.1.4": rsa("MD5"),
  "1.2.840.113549.1.1.5": rsa("SHA1"),
  "1.2.840.113549.1.1.14": rsa("SHA224"),
  "1.2.840.113549.1.1.11": rsa("SHA256"),
  "1.2.840.113549.1.1.12": rsa("SHA384"),
  "1.2.840.113549.1.1.13": rsa("SHA512"),
};

/** RSASSA-PSS: its hash is in its parameters (RFC 4055), SHA-1 when they do not say. */
export const RSA_PSS_OID = "1.2.840.113549.1.1.10";
export const SHA1_OID = "1.3.14.3.2.26";

const HASH_ALGORITHMS: Readonly<Record<string, Hash>> = {
  [SHA1_OID]: "SHA1",
  "2.16.840.1.101.3.4.2.4": "SHA224",
  "2.16.840.1.101.3.4.2.1": "SHA256",
  "2.16.840.1.101.3.4.2.2": "SHA384",
  "2.16.840.1.101.3.4.2.3": "SHA512",
};

export const signatureAlgorithmOf = (oid: string): SignatureAlgorithm | undefined =>
  Object.hasOwn(SIGNATURE_ALGORITHMS, oid) ? SIGNATURE_ALGORITHMS[oid] : undefined;

export const hashOf = (oid: string): Hash | undefined => (Object.hasOwn(HASH_ALGORITHMS, oid) ? HASH_ALGORITHMS[oid] : undefined);

/** node:crypto's name of a hash. */
export const digestName = (hash: Hash): string => hash.toLowerCase();
