// mocha runs 3 test files at once (the CLI children they wait on leave a core
// idle with 2). The longest files start first, so that none of them is still
// running alone at the end: the order of the rest does not matter.
const fs = require("node:fs");
const path = require("node:path");

const LONGEST_FIRST = [
  "pkcs11-token",
  "inspect-memory",
  "ca-safety",
  "image-progress",
  "large-image",
  "audit-own-chains",
  "wizard",
  "audit-openssl-matrix",
  "x509-key-forms",
  "ca",
  "codec-vectors",
];
const dir = path.join(__dirname, "dist", "test");
const all = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(".test.js")).sort() : [];
const weight = (f) => {
  const i = LONGEST_FIRST.indexOf(f.slice(0, -".test.js".length));
  return i < 0 ? LONGEST_FIRST.length : i;
};

module.exports = {
  spec: [...all].sort((a, b) => weight(a) - weight(b)).map((f) => path.join("dist", "test", f)),
  require: ["dist/test/helpers/temp-root.js"],
  timeout: 60000,
  parallel: true,
  jobs: 3,
  reporter: "spec",
};
