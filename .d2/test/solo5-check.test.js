import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Solo5Error, assertDevicesMatch, buildSolo5Image, checkImageDevices, findSection, readElf, readSolo5Image, } from '../src/solo5/index.js';
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
const devices = [
    { name: 'storage', type: 'block' },
    { name: 'service', type: 'net' },
    { name: 'management', type: 'net' },
];
describe('solo5/check: the create check of Albatross', () => {
    for (const [name, target] of [['test_hello.hvt', 'hvt'], ['test_hello.spt', 'spt']]) {
        itWithFixtures(`accepts ${name} without devices and refuses it with --block or --net`, () => {
            assert.deepEqual(checkImageDevices(fixture(name), [], []), { abi: { target, version: 2 }, devices: [] });
            expectSolo5Error(() => checkImageDevices(fixture(name), [], ['service']), /^specified bridge\(s\) does not match with the manifest \(not in the manifest: "service"\)\. Devices present in manifest: none$/);
            expectSolo5Error(() => checkImageDevices(fixture(name), ['data'], []), /^specified block device\(s\) does not match with manifest \(not in the manifest: "data"\)\. Devices present in manifest: none$/);
        });
    }
    for (const target of ['muen', 'virtio', 'xen']) {
        itWithFixtures(`refuses test_hello.${target}, naming its target`, () => {
            expectSolo5Error(() => checkImageDevices(fixture(`test_hello.${target}`), [], []), new RegExp(`^unsupported solo5 target ${target} \\(Albatross runs hvt and spt images\\)$`));
        });
    }
    itWithFixtures('refuses buggyelf.hvt with a clear message', () => {
        expectSolo5Error(() => checkImageDevices(fixture('buggyelf.hvt'), [], []), /^ELF section header table .* extends past the end of the file/);
    });
    it('refuses built images for targets without an Albatross tender', () => {
        expectSolo5Error(() => checkImageDevices(buildSolo5Image({ target: 'genode' }), [], []), /unsupported solo5 target genode/);
    });
    it('accepts built images whose devices match as sets', () => {
        for (const target of ['hvt', 'spt']) {
            const image = buildSolo5Image({ target, devices });
            const info = checkImageDevices(image, ['storage'], ['service', 'management']);
            assert.deepEqual(info, { abi: { target, version: 2 }, devices });
            // order and repetition do not matter
            checkImageDevices(image, ['storage', 'storage'], ['management', 'service', 'management']);
        }
    });
    it('says which block devices are missing or extra', () => {
        const image = buildSolo5Image({ target: 'hvt', devices });
        expectSolo5Error(() => checkImageDevices(image, [], ['service', 'management']), /^specified block device\(s\) does not match with manifest \(required by the manifest but not given: "storage"\)\. Devices present in manifest: block "storage", net "service", net "management"$/);
        expectSolo5Error(() => checkImageDevices(image, ['storage', 'scratch', 'backup'], ['service', 'management']), /\(not in the manifest: "backup", "scratch"\)/);
    });
    it('says which net devices are missing or extra, and reports both kinds together', () => {
        const image = buildSolo5Image({ target: 'spt', devices });
        expectSolo5Error(() => checkImageDevices(image, ['storage'], ['service', 'public']), /^specified bridge\(s\) does not match with the manifest \(not in the manifest: "public"; required by the manifest but not given: "management"\)\./);
        expectSolo5Error(() => checkImageDevices(image, ['service'], ['storage']), /^specified block device\(s\) does not match with manifest \(not in the manifest: "service"; required by the manifest but not given: "storage"\) and specified bridge\(s\) does not match with the manifest \(not in the manifest: "storage"; required by the manifest but not given: "management", "service"\)\./);
    });
    it('does not confuse a block device with a net device of the same name', () => {
        const image = buildSolo5Image({ target: 'hvt', devices: [{ name: 'data', type: 'block' }] });
        expectSolo5Error(() => checkImageDevices(image, [], ['data']), /block device.*required by the manifest but not given: "data"/);
    });
    it('checks the target before the manifest, as Albatross does', () => {
        const image = Uint8Array.from(buildSolo5Image({ target: 'xen', devices }));
        const manifest = findSection(readElf(image), '.note.solo5.manifest');
        image[manifest.offset + 20 + 4] = 9; // manifest version 9
        expectSolo5Error(() => readSolo5Image(image), /unsupported manifest version 9/);
        expectSolo5Error(() => checkImageDevices(image, [], []), /unsupported solo5 target xen/);
    });
    it('agrees with a set comparison for random device sets', () => {
        const name = fc.constantFrom('a', 'b', 'c', 'disk', 'net0');
        fc.assert(fc.property(fc.uniqueArray(fc.record({ name, type: fc.constantFrom('block', 'net') }), { selector: (d) => d.name }), fc.array(name), fc.array(name), (declared, blockNames, netNames) => {
            const same = (type, given) => {
                const a = new Set(declared.filter((d) => d.type === type).map((d) => d.name));
                const b = new Set(given);
                return a.size === b.size && [...a].every((n) => b.has(n));
            };
            const expected = same('block', blockNames) && same('net', netNames);
            let accepted = true;
            try {
                assertDevicesMatch(declared, blockNames, netNames);
            }
            catch (e) {
                assert.ok(e instanceof Solo5Error);
                accepted = false;
            }
            assert.equal(accepted, expected);
        }), { numRuns: 500 });
    });
});
//# sourceMappingURL=solo5-check.test.js.map