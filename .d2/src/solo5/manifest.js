/**
 * Reading what a Solo5 image declares about itself: its ABI (which tender
 * runs it) and its device manifest (which block and net devices it expects).
 *
 * The checks follow solo5-elftool's `query_abi` / `query_manifest`, the code
 * Albatross runs on every `create`; the byte layout is in layout.ts. One
 * deliberate addition: device names must be what Solo5 itself writes and
 * accepts (1..67 alphanumeric characters), so a check against a manifest can
 * never succeed with a device the tender would refuse to attach.
 */
import { ByteReader, hex } from './bytes.js';
import { findSection, readElf, sectionData } from './elf.js';
import { Solo5Error } from './error.js';
import { ABI_DESC_SIZE, ABI_SECTION, ENTRY_B_SIZE, ENTRY_OFFSET_ATTACHED, ENTRY_OFFSET_B, ENTRY_OFFSET_TYPE, ENTRY_OFFSET_U, ENTRY_U_SIZE, MANIFEST_SECTION, MFT_DEV_BLOCK_BASIC, MFT_DEV_NET_BASIC, MFT_ENTRY_SIZE, MFT_HEADER_SIZE, MFT_MAX_ENTRIES, MFT_NAME_SIZE, MFT_OFFSET_ENTRIES, MFT_OFFSET_VERSION, MFT_RESERVED_FIRST, MFT_VERSION, NOTE_TYPE_ABI, NOTE_TYPE_MANIFEST, isDeviceName, targetOfCode, } from './layout.js';
import { parseSolo5Note } from './note.js';
/**
 * Reads the ABI and device manifest of an (uncompressed) Solo5 image.
 * Throws `Solo5Error` on anything malformed.
 */
export function readSolo5Image(image) {
    const elf = readElf(image);
    // Albatross asks for the ABI target first, then for the manifest.
    return { abi: readAbi(elf), devices: readManifest(elf) };
}
/** The `.note.solo5.abi` of a parsed ELF file. */
export function readAbi(elf) {
    return parseAbiNote(solo5Section(elf, ABI_SECTION));
}
/** The devices in `.note.solo5.manifest` of a parsed ELF file. */
export function readManifest(elf) {
    return parseManifestNote(solo5Section(elf, MANIFEST_SECTION));
}
function solo5Section(elf, name) {
    const section = findSection(elf, name);
    if (section === undefined) {
        throw new Solo5Error(`section ${name} not found (is this a Solo5 unikernel image?)`);
    }
    return sectionData(elf, section);
}
/** Parses the bytes of a `.note.solo5.abi` section. */
export function parseAbiNote(section) {
    const desc = parseSolo5Note(section, ABI_SECTION, NOTE_TYPE_ABI, 'ABI1');
    if (desc.length !== ABI_DESC_SIZE) {
        throw new Solo5Error(`${ABI_SECTION}: descriptor is ${desc.length} bytes, expected ${ABI_DESC_SIZE}`);
    }
    const abi = new ByteReader(desc, `${ABI_SECTION} descriptor`);
    const code = abi.u32(0, 'abi_target');
    const version = abi.u32(4, 'abi_version');
    const target = targetOfCode(code);
    if (target === undefined) {
        throw new Solo5Error(`${ABI_SECTION}: unknown ABI target ${code}`);
    }
    if (abi.u32(8, 'reserved0') !== 0 || abi.u32(12, 'reserved1') !== 0) {
        throw new Solo5Error(`${ABI_SECTION}: reserved fields are not zero`);
    }
    return { target, version };
}
/** Parses the bytes of a `.note.solo5.manifest` section. */
export function parseManifestNote(section) {
    const desc = parseSolo5Note(section, MANIFEST_SECTION, NOTE_TYPE_MANIFEST, 'MFT1');
    const minimum = MFT_HEADER_SIZE + MFT_ENTRY_SIZE;
    if (desc.length < minimum) {
        throw new Solo5Error(`${MANIFEST_SECTION}: manifest too small (${desc.length} bytes, at least ${minimum} expected)`);
    }
    const mft = new ByteReader(desc, `${MANIFEST_SECTION} descriptor`);
    const version = mft.u32(MFT_OFFSET_VERSION, 'version');
    if (version !== MFT_VERSION) {
        throw new Solo5Error(`${MANIFEST_SECTION}: unsupported manifest version ${version} (expected ${MFT_VERSION})`);
    }
    const entries = mft.u32(MFT_OFFSET_ENTRIES, 'entries');
    if (entries === 0) {
        throw new Solo5Error(`${MANIFEST_SECTION}: zero manifest entries`);
    }
    if (entries > MFT_MAX_ENTRIES) {
        throw new Solo5Error(`${MANIFEST_SECTION}: too many manifest entries (${entries}, at most ${MFT_MAX_ENTRIES})`);
    }
    const expected = MFT_HEADER_SIZE + entries * MFT_ENTRY_SIZE;
    if (desc.length !== expected) {
        throw new Solo5Error(`${MANIFEST_SECTION}: unexpected note size (${entries} entries need a ${expected}-byte descriptor, found ${desc.length})`);
    }
    const devices = [];
    for (let i = 0; i < entries; i++) {
        const entry = parseEntry(mft.slice(MFT_HEADER_SIZE + i * MFT_ENTRY_SIZE, MFT_ENTRY_SIZE, `entry ${i}`), i);
        if (entry !== undefined)
            devices.push(entry);
    }
    return devices;
}
/** Entry `index` of the manifest: a device, or undefined for RESERVED_FIRST. */
function parseEntry(bytes, index) {
    const fail = (what) => new Solo5Error(`${MANIFEST_SECTION}: entry ${index}: ${what}`);
    const entry = new ByteReader(bytes, `${MANIFEST_SECTION} entry ${index}`);
    const rawName = entry.slice(0, MFT_NAME_SIZE, 'name');
    const nameEnd = rawName.indexOf(0);
    if (nameEnd < 0)
        throw fail('device name is not NUL-terminated');
    const name = String.fromCharCode(...rawName.subarray(0, nameEnd));
    // `u`, `b` and `attached` are filled in by the tender at run time; an image
    // must carry them zeroed.
    if (!isZero(entry.slice(ENTRY_OFFSET_U, ENTRY_U_SIZE, 'u')))
        throw fail('non-zero device properties (u)');
    if (!isZero(entry.slice(ENTRY_OFFSET_B, ENTRY_B_SIZE, 'b')))
        throw fail('non-zero backing descriptor (b)');
    if (entry.u8(ENTRY_OFFSET_ATTACHED, 'attached') !== 0)
        throw fail('device marked as attached');
    const type = entry.u32(ENTRY_OFFSET_TYPE, 'type');
    // Entry 0 is a placeholder so that no device has index 0.
    if (index === 0) {
        if (type !== MFT_RESERVED_FIRST)
            throw fail(`expected RESERVED_FIRST, found type ${hex(type)}`);
        if (!isZero(rawName))
            throw fail('RESERVED_FIRST entry has a non-empty name');
        return undefined;
    }
    switch (type) {
        case MFT_RESERVED_FIRST:
            throw fail('RESERVED_FIRST is allowed only as entry 0');
        case MFT_DEV_BLOCK_BASIC:
        case MFT_DEV_NET_BASIC:
            if (!isDeviceName(name)) {
                throw fail(`device name ${JSON.stringify(name)} is not 1..67 alphanumeric characters`);
            }
            return { name, type: type === MFT_DEV_BLOCK_BASIC ? 'block' : 'net' };
        default:
            throw fail(`unknown manifest entry type ${hex(type)}`);
    }
}
function isZero(bytes) {
    return bytes.every((b) => b === 0);
}
//# sourceMappingURL=manifest.js.map