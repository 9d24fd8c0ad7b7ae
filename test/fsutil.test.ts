import { strict as assert } from "node:assert";
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { appendLineLocked, type Chunked, FileError, writeFileAtomic, writeFiles, writePrivateKey } from "../src/fsutil/index.js";

describe("fsutil", function () {
  let dir: string;

  beforeEach(function () {
    dir = mkdtempSync(join(tmpdir(), "albatross-ca-fsutil-"));
  });

  afterEach(function () {
    rmSync(dir, { recursive: true, force: true });
  });

  describe("writeFileAtomic", function () {
    it("creates and replaces a file with the given mode, leaving no temporary files", async function () {
      const file = join(dir, "cacert.pem");
      await writeFileAtomic(file, "old\n", 0o640);
      await writeFileAtomic(file, new TextEncoder().encode("new\n"), 0o644);
      assert.equal(readFileSync(file, "utf8"), "new\n");
      assert.equal(statSync(file).mode & 0o777, 0o644);
      assert.deepEqual(readdirSync(dir), ["cacert.pem"]);
    });

    it("fails cleanly in a directory that does not exist", async function () {
      await assert.rejects(writeFileAtomic(join(dir, "missing", "x.pem"), "x"), (error: Error) => {
        assert.ok(error instanceof FileError);
        assert.match(error.message, /cannot create a temporary file next to .*x\.pem/);
        return true;
      });
    });

    it("keeps the old content when the target cannot be replaced", async function () {
      const target = join(dir, "target");
      mkdirSync(target);
      writeFileSync(join(target, "inside"), "");
      await assert.rejects(writeFileAtomic(target, "x"), /cannot write .*target/);
      assert.deepEqual(readdirSync(dir), ["target"]);
    });
  });

  describe("writeFiles", function () {
    /** `bytes` in pieces of 64 KiB, one buffer reused for all (as PEM text comes), counting how often it is read. */
    function pieces(bytes: Buffer): Chunked & { reads: number } {
      return {
        reads: 0,
        *chunks() {
          this.reads++;
          const piece = Buffer.alloc(1 << 16);
          for (let at = 0; at < bytes.length; at += piece.length) yield piece.subarray(0, bytes.copy(piece, 0, at, at + piece.length));
        },
      };
    }

    it("a large text written twice (a certificate and its kept copy) is read once, the second file copied from the first", async function () {
      const bytes = Buffer.alloc(3 << 20, "MIIB");
      const text = pieces(bytes);
      mkdirSync(join(dir, "kept"));
      const created = await writeFiles([
        { path: join(dir, "a.pem"), data: text, replace: false },
        { path: join(dir, "kept", "01.pem"), data: text, replace: true },
      ]);
      assert.deepEqual(created, [join(dir, "a.pem"), join(dir, "kept", "01.pem")]);
      assert.equal(text.reads, 1);
      for (const file of ["a.pem", "kept/01.pem"]) {
        assert.ok(readFileSync(join(dir, file)).equals(bytes), file);
        assert.equal(statSync(join(dir, file)).mode & 0o777, 0o644);
      }
      assert.deepEqual(readdirSync(dir).sort(), ["a.pem", "kept"]);
      assert.deepEqual(readdirSync(join(dir, "kept")), ["01.pem"]);
    });

    it("a small text written twice is written twice (a copy's system calls would cost more)", async function () {
      const text = pieces(Buffer.alloc(2000, "MIIB"));
      await writeFiles([
        { path: join(dir, "a.pem"), data: text, replace: false },
        { path: join(dir, "b.pem"), data: text, replace: false },
      ]);
      assert.equal(text.reads, 2);
      assert.equal(readFileSync(join(dir, "b.pem"), "latin1"), "MIIB".repeat(500));
    });
  });

  describe("writePrivateKey", function () {
    it("creates the key file with mode 0400", async function () {
      const file = join(dir, "ca.key");
      await writePrivateKey(file, "-----BEGIN PRIVATE KEY-----\n");
      assert.equal(statSync(file).mode & 0o777, 0o400);
      assert.equal(readFileSync(file, "utf8"), "-----BEGIN PRIVATE KEY-----\n");
      assert.deepEqual(readdirSync(dir), ["ca.key"]);
    });

    it("never overwrites an existing file", async function () {
      const file = join(dir, "ca.key");
      writeFileSync(file, "precious");
      chmodSync(file, 0o600);
      await assert.rejects(writePrivateKey(file, "new"), (error: Error) => {
        assert.ok(error instanceof FileError);
        assert.equal(error.message, `refusing to overwrite the existing private key ${file}`);
        return true;
      });
      assert.equal(readFileSync(file, "utf8"), "precious");
      assert.deepEqual(readdirSync(dir), ["ca.key"]);
    });
  });

  describe("appendLineLocked", function () {
    it("appends lines and removes its lock file", async function () {
      const db = join(dir, "ca.db");
      await appendLineLocked(db, "0a1b foo");
      await appendLineLocked(db, "0c2d bar");
      assert.equal(readFileSync(db, "utf8"), "0a1b foo\n0c2d bar\n");
      assert.deepEqual(readdirSync(dir), ["ca.db"]);
    });

    it("serialises concurrent appends without losing or mixing lines", async function () {
      const db = join(dir, "ca.db");
      const lines = Array.from({ length: 12 }, (_, i) => `${i.toString(16).padStart(4, "0")} name${i}`);
      await Promise.all(lines.map((line) => appendLineLocked(db, line)));
      assert.deepEqual(readFileSync(db, "utf8").trimEnd().split("\n").sort(), [...lines].sort());
      assert.deepEqual(readdirSync(dir), ["ca.db"]);
    });

    it("waits for a held lock and gives up with a clear message", async function () {
      const db = join(dir, "ca.db");
      writeFileSync(`${db}.lock`, "");
      await assert.rejects(appendLineLocked(db, "01 x", { timeoutMs: 300 }), /ca\.db is locked by an unknown process \(.*ca\.db\.lock\); gave up after 0 s/);
      assert.deepEqual(readdirSync(dir).sort(), ["ca.db.lock"]);

      const pending = appendLineLocked(db, "02 y");
      setTimeout(() => rmSync(`${db}.lock`), 100);
      await pending;
      assert.equal(readFileSync(db, "utf8"), "02 y\n");
    });

    it("refuses a line with a line break", async function () {
      await assert.rejects(appendLineLocked(join(dir, "ca.db"), "01 x\n02 y"), /containing a line break/);
    });
  });
});
