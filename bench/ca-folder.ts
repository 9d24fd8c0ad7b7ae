// A CA folder as `generate` leaves one (cacert.pem, ca.key, an empty ca.db),
// for the benchmarks that run `sign` through the CLI.

import fs from "node:fs";
import path from "node:path";
import { generateCa, privateKeyToPem } from "../src/x509/index.js";

export async function caFolder(dir: string): Promise<void> {
  const ca = await generateCa("bench-ca", "ed25519");
  fs.writeFileSync(path.join(dir, "cacert.pem"), ca.certificate.pem);
  fs.writeFileSync(path.join(dir, "ca.key"), privateKeyToPem(ca.key));
  fs.writeFileSync(path.join(dir, "ca.db"), "");
}
