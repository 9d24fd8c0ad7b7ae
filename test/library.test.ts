// The package's own entry point ("albatross-ca", as a dependant imports it)
// offers the library without the CLI.

import assert from "node:assert/strict";
import * as lib from "albatross-ca";

describe("library entry point", () => {
  it("decodes, renders and encodes through the package name", () => {
    const der = Buffer.from("300c020105a007a205a103020114", "hex");
    const ext = lib.decodeExtension(der, "2.4");
    assert.equal(lib.ppCommand(ext.command, "2.4"), "console subscribe number 20");
    assert.deepEqual(Buffer.from(lib.encodeExtension(ext, "2.4")), der);
  });

  it("offers every layer: names, policies, Solo5, certificates, the CA, inspection, presets", () => {
    for (const f of ["nameOfString", "checkSmaller", "fitsPolicy", "readSolo5Image", "generateCa", "signRequest", "auditChain", "inspect", "listPresets", "parseBlock", "writeJson"]) {
      assert.equal(typeof (lib as Record<string, unknown>)[f], "function", f);
    }
  });
});
