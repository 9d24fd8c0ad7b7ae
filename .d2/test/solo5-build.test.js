import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_ABI_VERSIONS, Solo5Error, buildSolo5Image, encodeAbiNote, encodeManifestNote, findSection, readElf, readSolo5Image, sectionData, } from '../src/solo5/index.js';
import { itWithFixtures, solo5Fixture as fixture } from './helpers/paths.js';
/** Runs `fn`, which must fail with a one-line Solo5Error matching `pattern`. */
function expectSolo5Error(fn, pattern) {
    try {
        fn();
    }
    catch (e) {
        assert.ok(e instanceof Solo5Error, `expected a Solo5Error, got ${String(e)}`);
        assert.ok(e.message.length > 0 && !e.message.includes('\n'), `not a one-line message: ${e.message}`);
        if (pattern)
            assert.match(e.message, pattern);
        return e;
    }
    assert.fail('expected a Solo5Error, nothing was thrown');
}
const sectionBytes = (image, name) => {
    const elf = readElf(image);
    const section = findSection(elf, name);
    assert.ok(section, `${name} missing`);
    return Buffer.from(sectionData(elf, section));
};
const devices = [
    { name: 'storage', type: 'block' },
    { name: 'service', type: 'net' },
];
describe('solo5/build: building Solo5 images', () => {
    for (const target of ['hvt', 'spt', 'muen', 'virtio', 'xen']) {
        itWithFixtures(`writes the same note bytes as the real test_hello.${target}`, () => {
            const real = fixture(`test_hello.${target}`);
            const built = buildSolo5Image({ target });
            for (const name of ['.note.solo5.manifest', '.note.solo5.abi']) {
                assert.deepEqual(sectionBytes(built, name), sectionBytes(real, name), name);
            }
        });
    }
    it('lays out a small executable: header, program headers, code, notes, names, section table', () => {
        const image = buildSolo5Image({ target: 'hvt', devices });
        const elf = readElf(image);
        assert.deepEqual(elf.sections.map((s) => [s.name, s.type]), [['', 0], ['.text', 1], ['.note.solo5.manifest', 7], ['.note.solo5.abi', 7], ['.shstrtab', 3]]);
        assert.equal(elf.header.type, 2);
        assert.equal(elf.header.machine, 62);
        assert.equal(elf.header.phnum, 3);
        assert.equal(elf.header.entry, 0x100000 + findSection(elf, '.text').offset);
        assert.equal(elf.header.shoff + 5 * 64, image.length);
        assert.ok(image.length < 2048, `${image.length} bytes`);
    });
    it('defaults the ABI version per target and takes an explicit one', () => {
        assert.deepEqual(DEFAULT_ABI_VERSIONS, { hvt: 2, spt: 2, virtio: 1, muen: 3, genode: 1, xen: 1 });
        assert.deepEqual(readSolo5Image(buildSolo5Image({ target: 'genode' })).abi, { target: 'genode', version: 1 });
        assert.deepEqual(readSolo5Image(buildSolo5Image({ target: 'hvt', abiVersion: 0xffffffff })).abi, {
            target: 'hvt',
            version: 0xffffffff,
        });
    });
    it('encodes notes on their own', () => {
        const manifest = encodeManifestNote(devices);
        assert.equal(manifest.length, 20 + 12 + 3 * 104);
        assert.deepEqual([...manifest.subarray(0, 20)], [6, 0, 0, 0, 0x44, 1, 0, 0, 0x4d, 0x46, 0x54, 0x31, 0x53, 0x6f, 0x6c, 0x6f, 0x35, 0, 0, 0]);
        assert.deepEqual([...encodeAbiNote({ target: 'spt', version: 2 })], [6, 0, 0, 0, 16, 0, 0, 0, 0x41, 0x42, 0x49, 0x31, 0x53, 0x6f, 0x6c, 0x6f, 0x35, 0, 0, 0, 2, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    });
    it('refuses specs Solo5 could not express', () => {
        const tooMany = Array.from({ length: 64 }, (_, i) => ({ name: `dev${i}`, type: 'net' }));
        expectSolo5Error(() => buildSolo5Image({ target: 'hvt', devices: tooMany }), /too many devices \(64\): a manifest holds at most 63/);
        buildSolo5Image({ target: 'hvt', devices: tooMany.slice(1) });
        for (const name of ['', 'has-dash', 'x'.repeat(68), 'émile', 'a b']) {
            expectSolo5Error(() => buildSolo5Image({ target: 'hvt', devices: [{ name, type: 'block' }] }), /is not 1\.\.67 alphanumeric characters/);
        }
        expectSolo5Error(() => buildSolo5Image({ target: 'hvt', devices: [{ name: 'data', type: 'block' }, { name: 'data', type: 'net' }] }), /device name data is used twice/);
        const untyped = { target: 'hvt', devices: [{ name: 'x', type: 'pci' }] };
        expectSolo5Error(() => buildSolo5Image(untyped), /device x: unknown type "pci"/);
        const badTarget = { target: 'kvm' };
        expectSolo5Error(() => buildSolo5Image(badTarget), /unknown Solo5 target "kvm"/);
        for (const abiVersion of [-1, 1.5, 2 ** 32]) {
            expectSolo5Error(() => buildSolo5Image({ target: 'hvt', abiVersion }), /is not a 32-bit unsigned integer/);
        }
    });
    describe('agrees with readelf (binutils), when installed', () => {
        const readelf = (args, file) => spawnSync('readelf', [...args, file], { encoding: 'utf8' });
        let dir = '';
        before(function () {
            if (spawnSync('readelf', ['--version']).status !== 0)
                this.skip();
            dir = fs.mkdtempSync(path.join(os.tmpdir(), 'solo5-build-'));
        });
        after(() => {
            if (dir)
                fs.rmSync(dir, { recursive: true, force: true });
        });
        it('reads the whole file without warnings', () => {
            const file = path.join(dir, 'unikernel.hvt');
            fs.writeFileSync(file, buildSolo5Image({ target: 'hvt', devices }));
            const all = readelf(['-a', '-W'], file);
            assert.equal(all.status, 0);
            assert.equal(all.stderr, '');
            assert.match(all.stdout, /Type:\s+EXEC/);
            assert.match(all.stdout, /LOAD\s+0x000000 0x0000000000100000/);
        });
        it('shows both notes with our descriptors', () => {
            const image = buildSolo5Image({ target: 'spt', abiVersion: 2, devices });
            const file = path.join(dir, 'unikernel.spt');
            fs.writeFileSync(file, image);
            const notes = readelf(['-n', '-W'], file);
            assert.equal(notes.status, 0);
            assert.equal(notes.stderr, '');
            const shown = [...notes.stdout.matchAll(/Displaying notes found in: (\S+)\s+Owner.*\n\s+(\S+)\s+(0x[0-9a-f]+)\s+Unknown note type: \((0x[0-9a-f]+)\)\s+description data: ([0-9a-f ]+)/g)];
            assert.deepEqual(shown.map((m) => [m[1], m[2], m[4]]), [
                ['.note.solo5.manifest', 'Solo5', '0x3154464d'],
                ['.note.solo5.abi', 'Solo5', '0x31494241'],
            ]);
            for (const m of shown) {
                const desc = sectionBytes(image, m[1]).subarray(20);
                assert.equal(Number(m[3]), desc.length);
                assert.equal(m[5].trim(), [...desc].map((b) => b.toString(16).padStart(2, '0')).join(' '));
            }
        });
    });
});
//# sourceMappingURL=solo5-build.test.js.map