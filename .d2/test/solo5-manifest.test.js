import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Solo5Error, buildSolo5Image, findSection, parseAbiNote, parseManifestNote, readElf, readSolo5Image, } from '../src/solo5/index.js';
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
/** Accepts a result or a Solo5Error; anything else thrown fails the test. */
function solo5ErrorOrValue(fn) {
    try {
        fn();
    }
    catch (e) {
        if (!(e instanceof Solo5Error))
            throw e;
        assert.ok(!e.message.includes('\n'), `not a one-line message: ${e.message}`);
    }
}
const devices = [
    { name: 'storage', type: 'block' },
    { name: 'service', type: 'net' },
    { name: 'management', type: 'net' },
    { name: 'tmp0', type: 'block' },
];
/** A built image and a way to edit its note descriptors in place. */
function editable(spec = { target: 'hvt', devices }) {
    const image = Uint8Array.from(buildSolo5Image(spec));
    const elf = readElf(image);
    const where = (name) => {
        const section = findSection(elf, name);
        assert.ok(section);
        return section.offset;
    };
    const manifest = where('.note.solo5.manifest');
    const abi = where('.note.solo5.abi');
    const data = new DataView(image.buffer);
    return {
        image,
        elf,
        /** Offset of the manifest descriptor (after the 20-byte note header). */
        mft: manifest + 20,
        /** Offset of manifest entry `i`. */
        entry: (i) => manifest + 20 + 12 + i * 104,
        manifestNote: manifest,
        abiNote: abi,
        abiDesc: abi + 20,
        u32: (at, value) => data.setUint32(at, value, true),
    };
}
describe('solo5/manifest: reading the ABI and device manifest', () => {
    const expected = [
        ['test_hello.hvt', 'hvt', 2],
        ['test_hello.spt', 'spt', 2],
        ['test_hello.muen', 'muen', 3],
        ['test_hello.virtio', 'virtio', 1],
        ['test_hello.xen', 'xen', 1],
    ];
    for (const [name, target, version] of expected) {
        itWithFixtures(`reads ${name} as ${target} ABI version ${version} with no devices`, () => {
            assert.deepEqual(readSolo5Image(fixture(name)), { abi: { target, version }, devices: [] });
        });
    }
    itWithFixtures('rejects buggyelf.hvt with a Solo5Error', () => {
        expectSolo5Error(() => readSolo5Image(fixture('buggyelf.hvt')), /section header table/);
    });
    it('round-trips devices of built images, in manifest order', () => {
        for (const target of ['hvt', 'spt', 'virtio', 'muen', 'genode', 'xen']) {
            const image = buildSolo5Image({ target, abiVersion: 7, devices });
            assert.deepEqual(readSolo5Image(image), { abi: { target, version: 7 }, devices });
        }
        const most = Array.from({ length: 63 }, (_, i) => ({
            name: `d${i}`.padEnd(i === 62 ? 67 : 2, 'x'),
            type: i % 2 ? 'net' : 'block',
        }));
        assert.deepEqual(readSolo5Image(buildSolo5Image({ target: 'spt', devices: most })).devices, most);
    });
    it('round-trips random device lists', () => {
        const name = fc.stringMatching(/^[A-Za-z0-9]{1,67}$/);
        const deviceList = fc.uniqueArray(fc.record({ name, type: fc.constantFrom('block', 'net') }), {
            selector: (d) => d.name,
            maxLength: 63,
        });
        fc.assert(fc.property(deviceList, fc.constantFrom('hvt', 'spt'), (generated, target) => {
            const list = generated.map((d) => ({ ...d })); // fast-check records have a null prototype
            assert.deepEqual(readSolo5Image(buildSolo5Image({ target, devices: list })).devices, list);
        }), { numRuns: 200 });
    });
    it('names the missing sections', () => {
        const noManifest = editable();
        const names = noManifest.elf.sections[noManifest.elf.header.shstrndx];
        const text = new TextDecoder().decode(noManifest.image.subarray(names.offset, names.offset + names.size));
        noManifest.image[names.offset + text.indexOf('.note.solo5.manifest') + 1] = 0x4d; // ".Note..."
        expectSolo5Error(() => readSolo5Image(noManifest.image), /^section \.note\.solo5\.manifest not found/);
        const noAbi = editable();
        noAbi.image[names.offset + text.indexOf('.note.solo5.abi') + 13] = 0x41; // ".note.solo5.aBi"
        expectSolo5Error(() => readSolo5Image(noAbi.image), /^section \.note\.solo5\.abi not found/);
    });
    describe('rejects malformed note framing', () => {
        it('note name size, type and owner', () => {
            const a = editable();
            a.u32(a.manifestNote, 5);
            expectSolo5Error(() => readSolo5Image(a.image), /\.note\.solo5\.manifest: note name size is 5, expected 6/);
            const b = editable();
            b.u32(b.manifestNote + 8, 0x3254464d);
            expectSolo5Error(() => readSolo5Image(b.image), /note type is 0x3254464d, expected 0x3154464d \(MFT1\)/);
            const c = editable();
            c.image[c.abiNote + 16] = 0x36; // "Solo6"
            expectSolo5Error(() => readSolo5Image(c.image), /\.note\.solo5\.abi: note owner is "Solo6", expected "Solo5"$/);
        });
        it('descriptor size against the section size', () => {
            const bigger = editable();
            bigger.u32(bigger.manifestNote + 4, 4 + 8 + 6 * 104);
            expectSolo5Error(() => readSolo5Image(bigger.image), /section \.note\.solo5\.manifest is truncated: note descriptor/);
            const smaller = editable();
            smaller.u32(smaller.manifestNote + 4, 4 + 8 + 4 * 104);
            expectSolo5Error(() => readSolo5Image(smaller.image), /\.note\.solo5\.manifest: 104 bytes of extra data after the note/);
        });
    });
    describe('rejects malformed manifests (as solo5-elftool does)', () => {
        const cases = [
            ['a version other than 1', (e) => e.u32(e.mft + 4, 2), /unsupported manifest version 2 \(expected 1\)/],
            ['zero entries', (e) => e.u32(e.mft + 8, 0), /zero manifest entries/],
            ['more than 64 entries', (e) => e.u32(e.mft + 8, 65), /too many manifest entries \(65, at most 64\)/],
            ['an entry count not matching the size', (e) => e.u32(e.mft + 8, 4), /unexpected note size \(4 entries need a 428-byte descriptor, found 532\)/],
            ['a first entry that is not RESERVED_FIRST', (e) => e.u32(e.entry(0) + 68, 1), /entry 0: expected RESERVED_FIRST, found type 0x1$/],
            ['a named RESERVED_FIRST', (e) => { e.image[e.entry(0)] = 0x61; }, /entry 0: RESERVED_FIRST entry has a non-empty name/],
            ['RESERVED_FIRST later on', (e) => { e.u32(e.entry(2) + 68, 0x40000000); e.image.fill(0, e.entry(2), e.entry(2) + 68); }, /entry 2: RESERVED_FIRST is allowed only as entry 0/],
            ['an unknown entry type', (e) => e.u32(e.entry(1) + 68, 3), /entry 1: unknown manifest entry type 0x3/],
            ['an unterminated name', (e) => e.image.fill(0x61, e.entry(1), e.entry(1) + 68), /entry 1: device name is not NUL-terminated/],
            ['a name with other characters', (e) => { e.image[e.entry(3) + 2] = 0x2d; }, /entry 3: device name "ma-agement" is not 1\.\.67 alphanumeric characters/],
            ['an empty device name', (e) => { e.image[e.entry(3)] = 0; }, /entry 3: device name "" is not/],
            ['non-zero properties', (e) => { e.image[e.entry(1) + 80] = 1; }, /entry 1: non-zero device properties \(u\)/],
            ['a non-zero backing descriptor', (e) => { e.image[e.entry(4) + 95] = 1; }, /entry 4: non-zero backing descriptor \(b\)/],
            ['an attached device', (e) => { e.image[e.entry(2) + 96] = 1; }, /entry 2: device marked as attached/],
        ];
        for (const [what, damage, pattern] of cases) {
            it(what, () => {
                const e = editable();
                damage(e);
                expectSolo5Error(() => readSolo5Image(e.image), pattern);
            });
        }
        it('ignores the tail padding of entries (as solo5-elftool does)', () => {
            const e = editable();
            e.image.fill(0xff, e.entry(1) + 97, e.entry(1) + 104);
            assert.deepEqual(readSolo5Image(e.image).devices, devices);
        });
        it('an entry 0 that looks like a valid device', () => {
            const e = editable();
            e.u32(e.entry(0) + 68, 2);
            e.image[e.entry(0)] = 0x61;
            expectSolo5Error(() => readSolo5Image(e.image), /entry 0: expected RESERVED_FIRST, found type 0x2/);
        });
    });
    describe('rejects malformed ABI notes', () => {
        it('unknown targets and non-zero reserved fields', () => {
            const target = editable();
            target.u32(target.abiDesc, 9);
            expectSolo5Error(() => readSolo5Image(target.image), /\.note\.solo5\.abi: unknown ABI target 9/);
            const zero = editable();
            zero.u32(zero.abiDesc, 0);
            expectSolo5Error(() => readSolo5Image(zero.image), /unknown ABI target 0/);
            const reserved = editable();
            reserved.u32(reserved.abiDesc + 12, 1);
            expectSolo5Error(() => readSolo5Image(reserved.image), /reserved fields are not zero/);
        });
        it('a descriptor that is not 16 bytes', () => {
            const note = Uint8Array.from(readSectionBytes(buildSolo5Image({ target: 'hvt' }), '.note.solo5.abi').subarray(0, 32));
            new DataView(note.buffer).setUint32(4, 12, true);
            expectSolo5Error(() => parseAbiNote(note), /descriptor is 12 bytes, expected 16/);
        });
    });
    it('parses note sections on their own', () => {
        const image = buildSolo5Image({ target: 'spt', abiVersion: 2, devices });
        assert.deepEqual(parseManifestNote(readSectionBytes(image, '.note.solo5.manifest')), devices);
        assert.deepEqual(parseAbiNote(readSectionBytes(image, '.note.solo5.abi')), { target: 'spt', version: 2 });
        expectSolo5Error(() => parseManifestNote(new Uint8Array(11)), /section \.note\.solo5\.manifest is truncated: note header/);
    });
    describe('never throws anything but Solo5Error on damaged input', () => {
        const small = buildSolo5Image({ target: 'hvt', devices: [{ name: 'a', type: 'block' }, { name: 'b', type: 'net' }] });
        it('every prefix of a small built image', () => {
            for (let length = 0; length < small.length; length++) {
                expectSolo5Error(() => readSolo5Image(small.subarray(0, length)));
            }
            assert.equal(readSolo5Image(small).devices.length, 2);
        });
        it('every prefix of each note section', () => {
            for (const name of ['.note.solo5.manifest', '.note.solo5.abi']) {
                const note = readSectionBytes(small, name);
                for (let length = 0; length < note.length; length++) {
                    const parse = name === '.note.solo5.abi' ? parseAbiNote : parseManifestNote;
                    expectSolo5Error(() => parse(note.subarray(0, length)));
                }
            }
        });
        const flips = (length) => fc.array(fc.record({ at: fc.nat({ max: length - 1 }), value: fc.integer({ min: 0, max: 255 }) }), {
            minLength: 1,
            maxLength: 8,
        });
        const damaged = (image, changes) => {
            const copy = Uint8Array.from(image);
            for (const { at, value } of changes)
                copy[at] = value;
            return copy;
        };
        it('random byte changes anywhere in a built image', () => {
            fc.assert(fc.property(flips(small.length), (changes) => {
                solo5ErrorOrValue(() => readSolo5Image(damaged(small, changes)));
            }), { numRuns: 3000 });
        });
        itWithFixtures('random byte changes in the headers and notes of a real image', () => {
            const hello = fixture('test_hello.hvt');
            const elf = readElf(hello);
            const regions = [
                [0, 64 + 10 * 56], // ELF header, program headers
                [elf.header.shoff, hello.length], // section headers
                [findSection(elf, '.note.solo5.manifest').offset, findSection(elf, '.shstrtab').offset], // notes .. names
            ];
            fc.assert(fc.property(fc.constantFrom(...regions).chain(([from, to]) => fc.array(fc.record({ at: fc.integer({ min: from, max: to - 1 }), value: fc.integer({ min: 0, max: 255 }) }), {
                minLength: 1,
                maxLength: 4,
            })), (changes) => {
                solo5ErrorOrValue(() => readSolo5Image(damaged(hello, changes)));
            }), { numRuns: 3000 });
        });
        it('random bytes', () => {
            fc.assert(fc.property(fc.uint8Array({ maxLength: 512 }), (bytes) => {
                expectSolo5Error(() => readSolo5Image(bytes));
            }), { numRuns: 500 });
        });
    });
});
function readSectionBytes(image, name) {
    const elf = readElf(image);
    const section = findSection(elf, name);
    assert.ok(section);
    return image.subarray(section.offset, section.offset + section.size);
}
//# sourceMappingURL=solo5-manifest.test.js.map