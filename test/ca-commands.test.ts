// Building commands as albatross-client does, and naming their certificates
// as the TLS endpoint reads them — the library, without the CLI.

import assert from "node:assert/strict";
import zlib from "node:zlib";
import {
  addPolicyCommand,
  CaError,
  commonNameFor,
  compress,
  consoleCommand,
  createBlockCommands,
  createBlockCommandsWithProgress,
  createCommand,
  dumpBlockCommand,
  endpointAcceptsLeaf,
  getCommand,
  restartCommand,
  setBlockCommand,
  setBlockCommandWithProgress,
  statsAddCommand,
  unikernelArguments,
} from "../src/ca/index.js";
import type { Command } from "../src/model/command.js";
import { nameOfString, root } from "../src/model/name.js";
import { PolicyError } from "../src/model/policy.js";
import { parseRfc3339 } from "../src/model/time.js";
import { buildSolo5Image, Solo5Error } from "../src/solo5/index.js";

function collect(): { warn: (m: string) => void; warnings: string[] } {
  const warnings: string[] = [];
  return { warn: (m) => warnings.push(m), warnings };
}

const caError = (message: RegExp) => (e: unknown) => e instanceof CaError && message.test(e.message);

describe("unikernel arguments", () => {
  it("albatross-client's defaults: cpu 0, 32 MB, quit, no argv", () => {
    assert.deepEqual(unikernelArguments(), {
      failBehaviour: { kind: "quit" },
      startup: null,
      addName: true,
      cpuids: [0n],
      memory: 32n,
      blockDevices: [],
      bridges: [],
      argv: null,
      numcpus: 1n,
      linuxBootPartition: null,
    });
  });

  it("restart on fail: exit codes become a set; none means all except 1", () => {
    assert.deepEqual(unikernelArguments({ restartOnFail: true }).failBehaviour, { kind: "restart", exitCodes: null });
    assert.deepEqual(unikernelArguments({ restartOnFail: true, exitCodes: [300n, 2n, -1n, 2n] }).failBehaviour, {
      kind: "restart",
      exitCodes: [-1n, 2n, 300n],
    });
    const { warn, warnings } = collect();
    assert.deepEqual(unikernelArguments({ exitCodes: [2n] }, warn).failBehaviour, { kind: "quit" });
    assert.deepEqual(warnings, ["--exit-code has no effect without --restart-on-fail"]);
  });

  it("argv keeps empty strings; block and bridge names must be sets", () => {
    assert.deepEqual(unikernelArguments({ argv: ["", "a", ""] }).argv, ["", "a", ""]);
    const block = (name: string) => ({ name, device: null, sectorSize: null });
    const net = (name: string) => ({ name, bridge: null, mac: null });
    assert.throws(() => unikernelArguments({ blockDevices: [block("a"), block("a")] }), caError(/^Block devices must be a set/));
    assert.throws(() => unikernelArguments({ bridges: [net("a"), net("b"), net("a")] }), caError(/^Bridge names must be a set \("a"/));
  });
});

describe("create", () => {
  const image = buildSolo5Image({ target: "spt", devices: [{ name: "disk", type: "block" }] });
  const disk = { name: "disk", device: "vda", sectorSize: 4096n };

  it("checks the manifest (by device names) and compresses with zlib at level 9", () => {
    const c = createCommand({ image, blockDevices: [disk] });
    assert.equal(c.kind, "unikernel_create");
    if (c.kind !== "unikernel_create") return;
    assert.ok(c.config.compressed);
    assert.deepEqual(new Uint8Array(zlib.inflateSync(c.config.image)), image);
    assert.equal(createCommand({ image, blockDevices: [disk], force: true }).kind, "unikernel_force_create");
    assert.throws(() => createCommand({ image }), Solo5Error);
  });

  it("skipping the manifest check warns", () => {
    const { warn, warnings } = collect();
    createCommand({ image: new Uint8Array([1, 2, 3]), skipManifestCheck: true, compressionLevel: 0 }, warn);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, /NOT checked/);
  });

  it("compression: 0 sends the data as it is, 1-9 zlib, anything else is refused", () => {
    const data = new Uint8Array(1000).fill(7);
    assert.deepEqual(compress(data, 0), { compressed: false, data });
    for (const level of [1, 6, 9]) {
      const c = compress(data, level);
      assert.ok(c.compressed && c.data.length < data.length);
      assert.deepEqual(new Uint8Array(zlib.inflateSync(c.data)), data);
    }
    assert.throws(() => compress(data, 10), caError(/from 0 to 9/));
    assert.deepEqual(getCommand(1000), { kind: "unikernel_get", level: 1000n }); // albatross-client sends any level
  });
});

describe("other commands", () => {
  it("console: a time wins over a count; the count defaults to 20", () => {
    const since = parseRfc3339("2024-01-01T00:00:00Z");
    assert.deepEqual(consoleCommand(), { kind: "console_subscribe", subscribe: { kind: "count", count: 20n } });
    assert.deepEqual(consoleCommand({ since, count: 5n }), {
      kind: "console_subscribe",
      subscribe: { kind: "since", since },
    });
  });

  it("get and dump-block default to level 9; restart without arguments", () => {
    assert.deepEqual(getCommand(), { kind: "unikernel_get", level: 9n });
    assert.deepEqual(dumpBlockCommand(2), { kind: "block_dump", level: 2n });
    assert.deepEqual(restartCommand(null), { kind: "unikernel_restart", arguments: null });
    assert.deepEqual(statsAddCommand({ pid: 1n }), { kind: "stats_add", vmmdev: "", pid: 1n, taps: [] });
  });

  it("add-policy: 512 MB by default, sets with warnings, unusable policies refused", () => {
    const { warn, warnings } = collect();
    const c = addPolicyCommand({ unikernels: 2n, cpuids: [1n, 0n, 1n], bridges: ["b", "a", "b"] }, "2.4", warn);
    assert.deepEqual(c, {
      kind: "policy_add",
      policy: { unikernels: 2n, cpuids: [0n, 1n], memory: 512n, block: null, bridges: ["a", "b"] },
    });
    assert.deepEqual(warnings, ["Bridges is not a set", "CPUids is not a set"]);
    const quiet = collect();
    addPolicyCommand({ unikernels: 1n, cpuids: [0n] }, "2.4", quiet.warn);
    assert.deepEqual(quiet.warnings, ["policy without any network access"]);
    assert.throws(() => addPolicyCommand({ unikernels: 1n, cpuids: [0n], block: -1n }, "2.4"), (e: unknown) => e instanceof PolicyError);
  });

  it("block data must fit the size (MB, as OCaml computes bytes)", () => {
    assert.deepEqual(createBlockCommands({ size: 0n }, "2.4")[0]!, { kind: "old_block_add", size: 0n, compressed: false, data: null });
    const mb = new Uint8Array(1 << 20);
    assert.equal(createBlockCommands({ size: 1n, data: mb, compressionLevel: 0 }, "2.4")[0]!.kind, "old_block_add");
    assert.throws(() => createBlockCommands({ size: 1n, data: new Uint8Array((1 << 20) + 1) }, "2.4"), caError(/^data exceeds size/));
    assert.throws(() => createBlockCommands({ size: 0n, data: new Uint8Array(0) }, "2.4")[0]!, caError(/cannot hold data/));
    assert.throws(() => createBlockCommands({ size: 1n << 43n, data: mb }, "2.4")[0]!, caError(/^overflow while computing bytes$/));
    const set = setBlockCommand(mb, "2.4");
    assert.ok(set.kind === "old_block_set" && set.compressed);
  });

  it("block data compressed in pieces: the same commands, the bytes told where the data goes into the request (2.4), nothing told where it follows it (2.7)", async () => {
    const data = new Uint8Array(3 << 20).fill(7);
    for (const release of ["2.4", "2.7"] as const) {
      for (const level of [0, 6]) {
        const told: number[] = [];
        const tell = (done: number, total: number) => {
          assert.equal(total, data.length);
          told.push(done);
        };
        const block = { size: 4n, data, compressionLevel: level };
        assert.deepEqual(await createBlockCommandsWithProgress(block, release, tell), createBlockCommands(block, release));
        assert.deepEqual(await setBlockCommandWithProgress(data, release, tell, level), setBlockCommand(data, release, level));
        assert.deepEqual(told, release === "2.4" && level > 0 ? [1, 2, 3, 1, 2, 3].map((mb) => mb << 20) : [], `${release} at level ${level}`);
      }
      await assert.rejects(createBlockCommandsWithProgress({ size: 1n, data }, release, () => undefined), caError(/^data exceeds size/));
      await assert.rejects(setBlockCommandWithProgress(data, release, () => undefined, 10), caError(/^compression level must be/));
    }
  });
});

describe("common names", () => {
  const cn = (c: Command, name: string) => commonNameFor(c, nameOfString(name));
  const info: Command = { kind: "unikernel_info" };

  it("the unikernel name at the root path, '.' for none", () => {
    assert.equal(cn(info, "web"), "web");
    assert.equal(commonNameFor(info, root), ".");
    assert.equal(cn({ kind: "stats_subscribe" }, ":"), ".");
    assert.throws(() => cn(info, "sub:web"), caError(/^non-empty path: sub:web/));
    assert.throws(() => cn({ kind: "unikernel_destroy" }, ":"), caError(/^unikernel destroy needs a name$/));
    assert.throws(() => cn({ kind: "block_remove" }, "x:"), caError(/^non-empty path/));
  });

  it("policy commands: the path, one label", () => {
    const policy = addPolicyCommand({ unikernels: 1n, cpuids: [0n], bridges: ["x"] }, "2.4");
    assert.equal(commonNameFor(policy, { path: ["alice"], name: null }), "alice");
    assert.equal(commonNameFor({ kind: "policy_info" }, root), ".");
    assert.throws(() => commonNameFor(policy, root), caError(/^policy add needs a path/));
    assert.throws(() => commonNameFor({ kind: "policy_remove" }, { path: ["a", "b"], name: null }), caError(/2 labels/));
  });

  it("what the endpoint executes from a leaf certificate", () => {
    const accepted: Command[] = [info, { kind: "stats_subscribe" }, { kind: "policy_info" }, { kind: "block_info" }, getCommand()];
    const refused: Command[] = [{ kind: "stats_remove" }, { kind: "policy_remove" }, { kind: "console_add", maxUnikernels: null }, statsAddCommand({ pid: 1n })];
    assert.ok(accepted.every((c) => endpointAcceptsLeaf(c, "2.4")));
    assert.ok(!refused.some((c) => endpointAcceptsLeaf(c, "2.4")));
  });
});
