// Issuing: leaf certificates per second from a CSR through the library (CSR
// signature, policy and profile checks included), next to the raw signature
// rate of the same CA key.

import crypto from "node:crypto";
import { buildRequest, createCommand, makeAuthority, signRequest } from "../src/ca/index.js";
import { nameOfString } from "../src/model/name.js";
import { DEFAULT_RELEASE } from "../src/model/release.js";
import { csrToPem, generateCa, generateKey, type KeyType, signatureHash } from "../src/x509/index.js";
import { measureAsync } from "./measure.js";

async function leafRate(keyType: KeyType): Promise<void> {
  const ca = await generateCa("bench-ca", keyType);
  const authority = makeAuthority(ca.certificate.pem, ca.key, DEFAULT_RELEASE);
  const command = createCommand({ image: new Uint8Array(64), skipManifestCheck: true });
  const request = csrToPem((await buildRequest(command, nameOfString("bench"), await generateKey("ed25519"), DEFAULT_RELEASE)).der);
  const leafMs = await measureAsync(() => signRequest(authority, request));
  const tbs = crypto.randomBytes(400);
  const algorithm =
    keyType === "ed25519" ? { name: "Ed25519" } : keyType.startsWith("rsa") ? { name: "RSASSA-PKCS1-v1_5" } : { name: "ECDSA", hash: signatureHash(keyType) };
  const signMs = await measureAsync(() => crypto.webcrypto.subtle.sign(algorithm, ca.key.privateKey, tbs));
  const target = keyType === "ed25519" ? "   (target >= 3000/s and <= 6 signatures)" : "";
  console.log(
    `  ${keyType.padEnd(8)} leaf certificates ${Math.round(1000 / leafMs).toString().padStart(6)}/s   raw signatures ${Math.round(1000 / signMs).toString().padStart(6)}/s   a leaf costs ${(leafMs / signMs).toFixed(1)} signatures${target}`,
  );
}

export async function benchIssuing(): Promise<void> {
  console.log("\nissuing (library): leaf certificates from an Ed25519 CSR, against raw WebCrypto signatures with the same CA key");
  await leafRate("ed25519");
  await leafRate("p256");
}
