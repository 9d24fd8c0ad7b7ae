import assert from 'node:assert/strict';
import zlib from 'node:zlib';
import { Solo5Error, buildSolo5Image, findSection, readElf, sectionData } from '../src/solo5/index.js';
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
const copy = (bytes) => Uint8Array.from(bytes);
const view = (bytes) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
describe('solo5/elf: reading ELF64 files', () => {
    const hello = ['test_hello.hvt', 'test_hello.spt', 'test_hello.muen', 'test_hello.virtio', 'test_hello.xen'];
    for (const name of hello) {
        itWithFixtures(`lists the sections of ${name}, including both Solo5 notes`, () => {
            const elf = readElf(fixture(name));
            assert.equal(elf.header.machine, 62); // x86_64
            assert.equal(elf.header.type, 2); // executable
            assert.equal(elf.sections[0]?.name, '');
            const manifest = findSection(elf, '.note.solo5.manifest');
            const abi = findSection(elf, '.note.solo5.abi');
            assert.ok(manifest && abi);
            assert.equal(manifest.type, 7); // SHT_NOTE
            assert.equal(sectionData(elf, manifest).length, 0x88);
            assert.equal(sectionData(elf, abi).length, 0x24);
            assert.equal(findSection(elf, '.shstrtab')?.index, elf.header.shstrndx);
            assert.equal(findSection(elf, '.no.such.section'), undefined);
        });
    }
    itWithFixtures('rejects buggyelf.hvt (section header table past the end) with a clear message', () => {
        expectSolo5Error(() => readElf(fixture('buggyelf.hvt')), /^ELF section header table \(13 entries of 64 bytes at offset 0x80c8\) extends past the end of the file \(32832 bytes\)$/);
    });
    it('says what is wrong with files that are not ELF64 little-endian', () => {
        const image = buildSolo5Image({ target: 'hvt' });
        expectSolo5Error(() => readElf(new Uint8Array()), /not an ELF file.*empty/);
        expectSolo5Error(() => readElf(new TextEncoder().encode('#!/bin/sh\n')), /^not an ELF file/);
        expectSolo5Error(() => readElf(zlib.deflateSync(image)), /zlib-compressed/);
        expectSolo5Error(() => readElf(zlib.gzipSync(image)), /gzip-compressed/);
        expectSolo5Error(() => readElf(image.subarray(0, 40)), /truncated: 40 bytes/);
        const elf32 = copy(image);
        elf32[4] = 1;
        expectSolo5Error(() => readElf(elf32), /ELF class 1 is not supported/);
        const bigEndian = copy(image);
        bigEndian[5] = 2;
        expectSolo5Error(() => readElf(bigEndian), /little-endian/);
        const version = copy(image);
        version[6] = 0;
        expectSolo5Error(() => readElf(version), /ELF version 0\/1/);
    });
    it('checks the section header table and the section name table', () => {
        const image = buildSolo5Image({ target: 'hvt' });
        const { header, sections } = readElf(image);
        const noSections = copy(image);
        view(noSections).setUint16(60, 0, true);
        view(noSections).setBigUint64(40, 0n, true);
        expectSolo5Error(() => readElf(noSections), /no section headers/);
        const shentsize = copy(image);
        view(shentsize).setUint16(58, 40, true);
        expectSolo5Error(() => readElf(shentsize), /e_shentsize is 40/);
        const hugeOffset = copy(image);
        view(hugeOffset).setBigUint64(40, 0xffffffffffffffc0n, true);
        expectSolo5Error(() => readElf(hugeOffset), /section header table .* extends past the end/);
        const phTable = copy(image);
        view(phTable).setUint16(56, 1000, true);
        expectSolo5Error(() => readElf(phTable), /program header table \(1000 entries/);
        const noNames = copy(image);
        view(noNames).setUint16(62, 0, true);
        expectSolo5Error(() => readElf(noNames), /no section name table/);
        const badIndex = copy(image);
        view(badIndex).setUint16(62, header.shnum, true);
        expectSolo5Error(() => readElf(badIndex), /e_shstrndx = 5 is out of range \(5 sections\)/);
        const notStrtab = copy(image);
        view(notStrtab).setUint16(62, 1, true);
        expectSolo5Error(() => readElf(notStrtab), /has type 1, expected SHT_STRTAB/);
        const nameOffset = copy(image);
        view(nameOffset).setUint32(header.shoff + 2 * 64, 0x7fff, true);
        expectSolo5Error(() => readElf(nameOffset), /section #2 name offset 0x7fff is outside the section name table/);
        const strtab = sections[header.shstrndx];
        assert.ok(strtab);
        const unterminated = copy(image);
        unterminated[strtab.offset + strtab.size - 1] = 0x41;
        expectSolo5Error(() => readElf(unterminated), /not NUL-terminated/);
    });
    it('bounds-checks section contents only when they are read', () => {
        const image = copy(buildSolo5Image({ target: 'hvt' }));
        const elf = readElf(image);
        const abi = findSection(elf, '.note.solo5.abi');
        assert.ok(abi);
        const at = elf.header.shoff + abi.index * 64;
        view(image).setBigUint64(at + 32, 0x100000n, true); // sh_size
        const damaged = readElf(image);
        const section = findSection(damaged, '.note.solo5.abi');
        assert.ok(section);
        expectSolo5Error(() => sectionData(damaged, section), /\.note\.solo5\.abi \(#3\) \(1048576 bytes at offset 0x[0-9a-f]+\) extends past the end of the file/);
        view(image).setUint32(at + 4, 8, true); // SHT_NOBITS
        const nobits = readElf(image);
        expectSolo5Error(() => sectionData(nobits, nobits.sections[abi.index]), /SHT_NOBITS/);
    });
    it('reads images that start inside a larger buffer', () => {
        const image = buildSolo5Image({ target: 'hvt' });
        const larger = new Uint8Array(image.length + 7);
        larger.set(image, 3);
        const elf = readElf(larger.subarray(3, 3 + image.length));
        assert.deepEqual(elf.sections.map((s) => s.name), readElf(image).sections.map((s) => s.name));
        expectSolo5Error(() => readElf('not bytes'), /must be given as bytes/);
    });
    it('throws only Solo5Error for every truncation of an image', () => {
        const image = buildSolo5Image({ target: 'spt', devices: [{ name: 'disk', type: 'block' }] });
        for (let length = 0; length < image.length; length++) {
            expectSolo5Error(() => readElf(image.subarray(0, length)));
        }
        assert.equal(readElf(image).sections.length, 5);
    });
});
//# sourceMappingURL=solo5-elf.test.js.map