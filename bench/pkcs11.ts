// A CA key in a PKCS#11 token (SoftHSM2): signatures and leaf certificates
// per second, next to a key file of the same type signing in this process.
// Skipped, with the reason, when SoftHSM2 is not installed.

import { DEFAULT_RELEASE } from "../src/model/release.js";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

import { buildRequest, createCommand, makeAuthority, signRequest } from "../src/ca/index.js";
import { nameOfString } from "../src/model/name.js";
import { generateTokenKey } from "../src/pkcs11/index.js";
import { csrToPem, generateCa, generateKey, type KeyType, signatureHash, type SigningKey } from "../src/x509/index.js";
import { ensureEngine } from "../src/x509/engine.js";
import { newToken, softhsm, USER_PIN } from "../test/helpers/softhsm.js";
import { measureAsync } from "./measure.js";

/** Signatures through pkijs's engine, as issuing makes them: the token's for a token key, ours for a file key. */
async function signer(key: SigningKey): Promise<(data: Uint8Array) => Promise<ArrayBuffer>> {
  const engine = key.engine ?? ensureEngine();
  const parameters = await engine.getSignatureParameters(key.privateKey, signatureHash(key.keyType));
  return (data) => engine.signWithPrivateKey(data, key.privateKey, parameters.parameters);
}

async function rates(key: SigningKey, certificatePem: string, request: string): Promise<{ sign: number; leaf: number }> {
  const sign = await signer(key);
  const tbs = crypto.randomBytes(400);
  const signMs = await measureAsync(() => sign(tbs));
  const authority = makeAuthority(certificatePem, key, DEFAULT_RELEASE);
  const leafMs = await measureAsync(() => signRequest(authority, request));
  return { sign: 1000 / signMs, leaf: 1000 / leafMs };
}

const perSecond = (n: number) => `${Math.round(n).toString().padStart(6)}/s`;

export async function benchPkcs11(): Promise<void> {
  console.log("\nCA key in a PKCS#11 token (SoftHSM2) against a key file of the same type: signatures and leaf certificates per second");
  if (!softhsm.found) {
    console.log(`skipped: ${softhsm.reason}`);
    return;
  }
  const token = newToken();
  const saved = process.env["SOFTHSM2_CONF"];
  process.env["SOFTHSM2_CONF"] = token.env["SOFTHSM2_CONF"];
  try {
    const command = createCommand({ image: new Uint8Array(64), skipManifestCheck: true });
    const request = csrToPem((await buildRequest(command, nameOfString("bench"), await generateKey("ed25519"), DEFAULT_RELEASE)).der);
    const keyTypes: KeyType[] = ["ed25519", "p256", "p384", "rsa2048"];
    for (const keyType of keyTypes) {
      const inToken = await generateTokenKey(`pkcs11:token=${token.label};object=bench-${keyType}?pin-value=${USER_PIN}`, keyType, {
        module: token.module,
      });
      try {
        const tokenCa = await generateCa("bench-ca", inToken);
        const t = await rates(inToken, tokenCa.certificate.pem, request);
        const fileCa = await generateCa("bench-ca", keyType);
        const f = await rates(fileCa.key, fileCa.certificate.pem, request);
        console.log(
          `${keyType.padEnd(8)} token: signatures ${perSecond(t.sign)} leaves ${perSecond(t.leaf)}   file: signatures ${perSecond(f.sign)} leaves ${perSecond(f.leaf)}   token/file ${(t.sign / f.sign).toFixed(2)}x signatures, ${(t.leaf / f.leaf).toFixed(2)}x leaves`,
        );
      } finally {
        inToken.close();
      }
    }
  } finally {
    if (saved === undefined) delete process.env["SOFTHSM2_CONF"];
    else process.env["SOFTHSM2_CONF"] = saved;
    fs.rmSync(path.dirname(token.dir), { recursive: true, force: true });
  }
}
