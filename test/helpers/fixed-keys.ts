// RSA-4096 keys made once with openssl (test/keys). Generating several per
// chain made the every-key-type cases the suite's longest; the CLI reuses a
// key file it finds, as it does an operator's. Generation itself is tested
// where it is the point (requests for every key type, the library's keys).

import fs from "node:fs";
import path from "node:path";
import type { KeyType } from "../../src/x509/index.js";
import { repoRoot } from "./paths.js";

const FIXED = ["ca", "server", "tenant", "web"] as const;

/** Put `<name>.key` (mode 0400) in `dir` for each of `names`, when the key type is RSA-4096. */
export function placeKeys(dir: string, keyType: KeyType, names: readonly (typeof FIXED)[number][]): void {
  if (keyType !== "rsa4096") return;
  for (const name of names) {
    const file = path.join(dir, `${name}.key`);
    fs.copyFileSync(path.join(repoRoot, "test", "keys", `rsa4096-${name}.pem`), file);
    fs.chmodSync(file, 0o400);
  }
}
