// How `openssl genpkey` makes a key of each of our key types (the tests
// cross-check our key handling against keys openssl itself wrote).

import type { KeyType } from "../../src/x509/index.js";

export const GENPKEY: Record<KeyType, string[]> = {
  ed25519: ["-algorithm", "ED25519"],
  p256: ["-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256"],
  p384: ["-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-384"],
  p521: ["-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-521"],
  rsa2048: ["-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048"],
  rsa4096: ["-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:4096"],
};
