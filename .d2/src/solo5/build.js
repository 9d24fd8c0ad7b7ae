/**
 * Building small Solo5 images: a valid ELF64 LE x86_64 executable carrying
 * the `.note.solo5.manifest` and `.note.solo5.abi` notes exactly as the Solo5
 * toolchain lays them out, and a 3-byte program (`hlt; jmp` back to it).
 *
 * For tests and runnable examples, which need images with chosen devices and
 * targets but cannot ship or build real unikernels. The file is a proper
 * executable, not just something our reader accepts: one PT_LOAD segment at
 * the hvt/spt load address (0x100000) maps headers, code and notes, each note
 * also has its PT_NOTE program header (the tenders find notes that way) and
 * its SHT_NOTE section (solo5-elftool and Albatross find them that way), and
 * `readelf -a` reads it without complaint.
 *
 * File layout:
 *   ELF header | 3 program headers | .text | .note.solo5.manifest |
 *   .note.solo5.abi | .shstrtab | section header table
 */
import { ByteWriter, alignUp } from './bytes.js';
import { EHDR_SIZE, ELFCLASS64, ELFDATA2LSB, ELF_MAGIC, EM_X86_64, ET_EXEC, EV_CURRENT, PF_R, PF_X, PHDR_SIZE, PT_LOAD, PT_NOTE, SHDR_SIZE, SHF_ALLOC, SHF_EXECINSTR, SHT_NOTE, SHT_PROGBITS, SHT_STRTAB, } from './elf.js';
import { Solo5Error } from './error.js';
import { ABI_DESC_SIZE, ABI_SECTION, DEVICE_TYPE_CODES, ENTRY_OFFSET_TYPE, MANIFEST_SECTION, MFT_ENTRY_SIZE, MFT_HEADER_SIZE, MFT_MAX_ENTRIES, MFT_OFFSET_ENTRIES, MFT_OFFSET_VERSION, MFT_RESERVED_FIRST, MFT_VERSION, NOTE_TYPE_ABI, NOTE_TYPE_MANIFEST, SOLO5_TARGETS, isDeviceName, targetCode, } from './layout.js';
import { encodeSolo5Note } from './note.js';
/**
 * ABI versions of current Solo5 releases, as found in real images
 * (hvt and spt 2, muen 3, the tender-less virtio and xen 1).
 */
export const DEFAULT_ABI_VERSIONS = {
    hvt: 2,
    spt: 2,
    virtio: 1,
    muen: 3,
    genode: 1,
    xen: 1,
};
/** Where hvt and spt load a unikernel (Solo5's linker scripts use it too). */
const LOAD_ADDRESS = 0x100000;
const PAGE_SIZE = 0x1000;
/** x86_64: `hlt` then `jmp -3`, back to the `hlt`. Never meant to run long. */
const PROGRAM = Uint8Array.of(0xf4, 0xeb, 0xfd);
/** Builds a Solo5 ELF image; throws `Solo5Error` for an invalid spec. */
export function buildSolo5Image(spec) {
    if (!SOLO5_TARGETS.includes(spec.target)) {
        throw new Solo5Error(`unknown Solo5 target ${JSON.stringify(spec.target)} (one of ${SOLO5_TARGETS.join(', ')})`);
    }
    const manifest = encodeManifestNote(spec.devices ?? []);
    const abi = encodeAbiNote({
        target: spec.target,
        version: spec.abiVersion ?? DEFAULT_ABI_VERSIONS[spec.target],
    });
    return linkImage([
        { name: '.text', type: SHT_PROGBITS, flags: SHF_ALLOC | SHF_EXECINSTR, align: 16, data: PROGRAM },
        // Notes are 4-aligned as in real images: readers such as readelf take an
        // 8-aligned note section for the 8-byte note format and misread it.
        { name: MANIFEST_SECTION, type: SHT_NOTE, flags: SHF_ALLOC, align: 4, data: manifest, note: true },
        { name: ABI_SECTION, type: SHT_NOTE, flags: SHF_ALLOC, align: 4, data: abi, note: true },
    ]);
}
/** The `.note.solo5.manifest` section bytes declaring `devices`. */
export function encodeManifestNote(devices) {
    if (devices.length > MFT_MAX_ENTRIES - 1) {
        throw new Solo5Error(`too many devices (${devices.length}): a manifest holds at most ${MFT_MAX_ENTRIES - 1} besides the reserved entry`);
    }
    const seen = new Set();
    for (const device of devices) {
        if (typeof device.name !== 'string' || !isDeviceName(device.name)) {
            throw new Solo5Error(`device name ${JSON.stringify(device.name)} is not 1..67 alphanumeric characters`);
        }
        if (!Object.hasOwn(DEVICE_TYPE_CODES, device.type)) {
            throw new Solo5Error(`device ${device.name}: unknown type ${JSON.stringify(device.type)} (block or net)`);
        }
        // Solo5 looks devices up by name alone, so names are unique across types.
        if (seen.has(device.name))
            throw new Solo5Error(`device name ${device.name} is used twice`);
        seen.add(device.name);
    }
    const entries = devices.length + 1;
    const desc = new ByteWriter(MFT_HEADER_SIZE + entries * MFT_ENTRY_SIZE);
    desc.u32(MFT_OFFSET_VERSION, MFT_VERSION);
    desc.u32(MFT_OFFSET_ENTRIES, entries);
    // Entry 0: RESERVED_FIRST, empty name; every other field stays zero.
    desc.u32(MFT_HEADER_SIZE + ENTRY_OFFSET_TYPE, MFT_RESERVED_FIRST);
    devices.forEach((device, i) => {
        const at = MFT_HEADER_SIZE + (i + 1) * MFT_ENTRY_SIZE;
        desc.set(at, new TextEncoder().encode(device.name)); // NUL terminator stays zero
        desc.u32(at + ENTRY_OFFSET_TYPE, DEVICE_TYPE_CODES[device.type]);
    });
    return encodeSolo5Note(NOTE_TYPE_MANIFEST, desc.bytes);
}
/** The `.note.solo5.abi` section bytes for `abi`. */
export function encodeAbiNote(abi) {
    if (!Number.isInteger(abi.version) || abi.version < 0 || abi.version > 0xffffffff) {
        throw new Solo5Error(`ABI version ${abi.version} is not a 32-bit unsigned integer`);
    }
    const desc = new ByteWriter(ABI_DESC_SIZE);
    desc.u32(0, targetCode(abi.target));
    desc.u32(4, abi.version);
    // reserved0, reserved1: zero
    return encodeSolo5Note(NOTE_TYPE_ABI, desc.bytes);
}
/** Lays out an executable whose loaded sections are `sections`. */
function linkImage(sections) {
    const noteCount = sections.filter((s) => s.note).length;
    const phnum = 1 + noteCount;
    // Section name table: "\0" then each name with its NUL.
    const names = ['', ...sections.map((s) => s.name), '.shstrtab'];
    const nameOffsets = [];
    let strtabSize = 0;
    for (const name of names) {
        nameOffsets.push(strtabSize);
        strtabSize += name.length + 1;
    }
    // Place everything.
    let end = EHDR_SIZE + phnum * PHDR_SIZE;
    const offsets = sections.map((s) => {
        const at = alignUp(end, s.align);
        end = at + s.data.length;
        return at;
    });
    const loadSize = end; // headers + loaded sections, from offset 0
    const strtabOffset = loadSize;
    const shoff = alignUp(strtabOffset + strtabSize, 8);
    const shnum = sections.length + 2; // SHT_NULL + ours + .shstrtab
    const out = new ByteWriter(shoff + shnum * SHDR_SIZE);
    const address = (offset) => LOAD_ADDRESS + offset;
    // ELF header
    out.set(0, ELF_MAGIC);
    out.u8(4, ELFCLASS64);
    out.u8(5, ELFDATA2LSB);
    out.u8(6, EV_CURRENT);
    out.u16(16, ET_EXEC);
    out.u16(18, EM_X86_64);
    out.u32(20, EV_CURRENT);
    out.u64(24, address(offsets[0] ?? 0)); // e_entry: the first section is the code
    out.u64(32, EHDR_SIZE); // e_phoff
    out.u64(40, shoff);
    out.u16(52, EHDR_SIZE);
    out.u16(54, PHDR_SIZE);
    out.u16(56, phnum);
    out.u16(58, SHDR_SIZE);
    out.u16(60, shnum);
    out.u16(62, shnum - 1); // e_shstrndx: .shstrtab is last
    // Program headers: one read+execute segment from offset 0, then the notes.
    const programHeader = (i, type, flags, offset, size, align) => {
        const at = EHDR_SIZE + i * PHDR_SIZE;
        out.u32(at, type);
        out.u32(at + 4, flags);
        out.u64(at + 8, offset);
        out.u64(at + 16, address(offset)); // p_vaddr
        out.u64(at + 24, address(offset)); // p_paddr
        out.u64(at + 32, size); // p_filesz
        out.u64(at + 40, size); // p_memsz
        out.u64(at + 48, align);
    };
    programHeader(0, PT_LOAD, PF_R | PF_X, 0, loadSize, PAGE_SIZE);
    let ph = 1;
    sections.forEach((s, i) => {
        if (s.note)
            programHeader(ph++, PT_NOTE, PF_R, offsets[i] ?? 0, s.data.length, 4);
    });
    // Section contents and headers (header 0 is the all-zero SHT_NULL entry).
    const sectionHeader = (i, fields) => {
        const at = shoff + i * SHDR_SIZE;
        out.u32(at, nameOffsets[i] ?? 0);
        out.u32(at + 4, fields.type);
        out.u64(at + 8, fields.flags);
        out.u64(at + 16, fields.addr);
        out.u64(at + 24, fields.offset);
        out.u64(at + 32, fields.size);
        out.u64(at + 48, fields.align);
    };
    sections.forEach((s, i) => {
        const offset = offsets[i] ?? 0;
        out.set(offset, s.data);
        sectionHeader(i + 1, { type: s.type, flags: s.flags, addr: address(offset), offset, size: s.data.length, align: s.align });
    });
    const encoder = new TextEncoder();
    names.forEach((name, i) => out.set(strtabOffset + (nameOffsets[i] ?? 0), encoder.encode(name)));
    sectionHeader(shnum - 1, { type: SHT_STRTAB, flags: 0, addr: 0, offset: strtabOffset, size: strtabSize, align: 1 });
    return out.bytes;
}
//# sourceMappingURL=build.js.map