/**
 * Minimal ELF64 little-endian reader: just enough to find a section by name.
 *
 * Solo5 images are ELF64 LE executables (x86_64 or aarch64). Albatross reads
 * their `.note.solo5.*` sections through solo5-elftool, which locates them by
 * section name via the section header string table, so that is what we
 * parse: the file header, the section header table and `.shstrtab`. Program
 * headers are only bounds-checked. Offsets and sizes come from the file and
 * are never trusted: every access is checked (see `ByteReader`).
 *
 * Layout reference: the System V gABI, "ELF Header" and "Sections".
 */
import { ByteReader, ascii, hex, inBounds } from './bytes.js';
import { Solo5Error } from './error.js';
// e_ident
export const ELF_MAGIC = Uint8Array.of(0x7f, 0x45, 0x4c, 0x46); // "\x7fELF"
export const ELFCLASS64 = 2;
export const ELFDATA2LSB = 1;
export const EV_CURRENT = 1;
// e_type, e_machine (the machines Solo5 supports with a little-endian ELF64)
export const ET_EXEC = 2;
export const EM_X86_64 = 62;
export const EM_AARCH64 = 183;
// Sizes of the fixed ELF64 structures.
export const EHDR_SIZE = 64;
export const PHDR_SIZE = 56;
export const SHDR_SIZE = 64;
// sh_type, sh_flags
export const SHT_NULL = 0;
export const SHT_PROGBITS = 1;
export const SHT_STRTAB = 3;
export const SHT_NOTE = 7;
export const SHT_NOBITS = 8;
export const SHF_ALLOC = 0x2;
export const SHF_EXECINSTR = 0x4;
// p_type, p_flags
export const PT_LOAD = 1;
export const PT_NOTE = 4;
export const PF_X = 0x1;
export const PF_R = 0x4;
// Special section indexes: values from SHN_LORESERVE up are not indexes, and
// SHN_XINDEX means "the real value is stored in section header 0".
const SHN_UNDEF = 0;
const SHN_LORESERVE = 0xff00;
/**
 * Parses the ELF header and section table of `bytes`.
 * Throws `Solo5Error` unless it is a well-formed ELF64 little-endian file
 * whose section header table and section name table lie inside the file.
 */
export function readElf(bytes) {
    if (!(bytes instanceof Uint8Array)) {
        throw new Solo5Error(`an image must be given as bytes (Uint8Array or Buffer), not ${typeof bytes}`);
    }
    const file = new ByteReader(bytes, 'ELF file');
    const header = readHeader(file);
    const raw = readSectionHeaders(file, header);
    const names = sectionNameTable(file, header, raw);
    const sections = raw.map((s) => ({
        index: s.index,
        name: sectionName(names, s.nameOffset, s.index),
        type: s.type,
        flags: s.flags,
        offset: s.offset,
        size: s.size,
    }));
    return { bytes, header, sections };
}
/** The first section called `name`, if any (as solo5-elftool looks it up). */
export function findSection(elf, name) {
    return elf.sections.find((s) => s.name === name);
}
/** The bytes of `section` in the file (a view, not a copy). */
export function sectionData(elf, section) {
    if (section.type === SHT_NOBITS) {
        throw new Solo5Error(`ELF section ${describe(section)} has no contents in the file (SHT_NOBITS)`);
    }
    if (!inBounds(elf.bytes.length, section.offset, section.size)) {
        throw new Solo5Error(`ELF section ${describe(section)} (${section.size} bytes at offset ${hex(section.offset)}) ` +
            `extends past the end of the file (${elf.bytes.length} bytes)`);
    }
    return elf.bytes.subarray(section.offset, section.offset + section.size);
}
function describe(section) {
    return section.name === '' ? `#${section.index}` : `${section.name} (#${section.index})`;
}
function readHeader(file) {
    const bytes = file.bytes;
    if (bytes.length < ELF_MAGIC.length || ELF_MAGIC.some((b, i) => bytes[i] !== b)) {
        throw new Solo5Error(`not an ELF file (no \\x7fELF magic at offset 0)${compressionHint(bytes)}`);
    }
    if (bytes.length < EHDR_SIZE) {
        throw new Solo5Error(`ELF file is truncated: ${bytes.length} bytes, the ELF64 header alone is ${EHDR_SIZE}`);
    }
    const elfClass = file.u8(4, 'EI_CLASS');
    if (elfClass !== ELFCLASS64) {
        throw new Solo5Error(`ELF class ${elfClass} is not supported: Solo5 images are ELF64 (class ${ELFCLASS64})`);
    }
    const data = file.u8(5, 'EI_DATA');
    if (data !== ELFDATA2LSB) {
        throw new Solo5Error(`ELF data encoding ${data} is not supported: Solo5 images are little-endian (${ELFDATA2LSB})`);
    }
    const identVersion = file.u8(6, 'EI_VERSION');
    const version = file.u32(20, 'e_version');
    if (identVersion !== EV_CURRENT || version !== EV_CURRENT) {
        throw new Solo5Error(`ELF version ${identVersion}/${version} is not supported (expected ${EV_CURRENT})`);
    }
    const ehsize = file.u16(52, 'e_ehsize');
    if (ehsize !== EHDR_SIZE) {
        throw new Solo5Error(`ELF header size e_ehsize is ${ehsize}, expected ${EHDR_SIZE} for ELF64`);
    }
    const header = {
        type: file.u16(16, 'e_type'),
        machine: file.u16(18, 'e_machine'),
        entry: file.u64(24, 'e_entry'),
        phoff: file.u64(32, 'e_phoff'),
        phnum: file.u16(56, 'e_phnum'),
        shoff: file.u64(40, 'e_shoff'),
        shnum: file.u16(60, 'e_shnum'),
        shstrndx: file.u16(62, 'e_shstrndx'),
    };
    checkProgramHeaderTable(file, header);
    return header;
}
/** Solo5 tenders reject an image whose program headers are cut short; so do we. */
function checkProgramHeaderTable(file, header) {
    if (header.phnum === 0)
        return;
    const phentsize = file.u16(54, 'e_phentsize');
    if (phentsize !== PHDR_SIZE) {
        throw new Solo5Error(`ELF program header size e_phentsize is ${phentsize}, expected ${PHDR_SIZE}`);
    }
    const size = header.phnum * PHDR_SIZE;
    if (!inBounds(file.length, header.phoff, size)) {
        throw new Solo5Error(`ELF program header table (${header.phnum} entries at offset ${hex(header.phoff)}) ` +
            `extends past the end of the file (${file.length} bytes)`);
    }
}
function readSectionHeaders(file, header) {
    if (header.shnum === 0) {
        // e_shnum = 0 with e_shoff set would be the "extended numbering" escape
        // for more than 0xff00 sections; no Solo5 image needs that.
        throw new Solo5Error(header.shoff === 0
            ? 'ELF file has no section headers (a Solo5 image needs its .note.solo5.* sections)'
            : 'ELF file uses extended section numbering (e_shnum = 0), which is not supported');
    }
    const shentsize = file.u16(58, 'e_shentsize');
    if (shentsize !== SHDR_SIZE) {
        throw new Solo5Error(`ELF section header size e_shentsize is ${shentsize}, expected ${SHDR_SIZE}`);
    }
    const tableSize = header.shnum * SHDR_SIZE;
    if (!inBounds(file.length, header.shoff, tableSize)) {
        throw new Solo5Error(`ELF section header table (${header.shnum} entries of ${SHDR_SIZE} bytes at offset ` +
            `${hex(header.shoff)}) extends past the end of the file (${file.length} bytes)`);
    }
    const sections = [];
    for (let index = 0; index < header.shnum; index++) {
        const at = header.shoff + index * SHDR_SIZE;
        const field = (name) => `section header #${index} ${name}`;
        sections.push({
            index,
            nameOffset: file.u32(at, field('sh_name')),
            type: file.u32(at + 4, field('sh_type')),
            flags: file.u64(at + 8, field('sh_flags')),
            offset: file.u64(at + 24, field('sh_offset')),
            size: file.u64(at + 32, field('sh_size')),
        });
    }
    return sections;
}
/** The bytes of `.shstrtab`, the table holding every section's name. */
function sectionNameTable(file, header, sections) {
    const index = header.shstrndx;
    if (index === SHN_UNDEF) {
        throw new Solo5Error('ELF file has no section name table (e_shstrndx = 0), so no section can be found by name');
    }
    if (index >= SHN_LORESERVE) {
        throw new Solo5Error(`ELF section name table index e_shstrndx = ${hex(index)} is not supported`);
    }
    const table = sections[index];
    if (table === undefined) {
        throw new Solo5Error(`ELF section name table index e_shstrndx = ${index} is out of range (${header.shnum} sections)`);
    }
    if (table.type !== SHT_STRTAB) {
        throw new Solo5Error(`ELF section name table (section #${index}) has type ${table.type}, expected SHT_STRTAB (${SHT_STRTAB})`);
    }
    if (!inBounds(file.length, table.offset, table.size)) {
        throw new Solo5Error(`ELF section name table (${table.size} bytes at offset ${hex(table.offset)}) ` +
            `extends past the end of the file (${file.length} bytes)`);
    }
    return new ByteReader(file.bytes.subarray(table.offset, table.offset + table.size), 'ELF section name table');
}
function sectionName(names, offset, index) {
    if (offset >= names.length) {
        // Also catches an empty table: even SHT_NULL's name (offset 0) needs its NUL.
        throw new Solo5Error(`ELF section #${index} name offset ${hex(offset)} is outside the section name table (${names.length} bytes)`);
    }
    const end = names.bytes.indexOf(0, offset);
    if (end < 0) {
        throw new Solo5Error(`ELF section #${index} name is not NUL-terminated inside the section name table`);
    }
    return ascii(names.bytes.subarray(offset, end));
}
/** A hint for the common mistake of passing the compressed image. */
function compressionHint(bytes) {
    const [b0, b1] = [bytes[0], bytes[1]];
    if (b0 === undefined || b1 === undefined)
        return bytes.length === 0 ? ' (the file is empty)' : '';
    if (b0 === 0x1f && b1 === 0x8b)
        return ' (it looks gzip-compressed: decompress it first)';
    // zlib (RFC 1950): CMF 0x78 = deflate with a 32K window, and CMF·256+FLG ≡ 0 (mod 31)
    if (b0 === 0x78 && ((b0 << 8) | b1) % 31 === 0)
        return ' (it looks zlib-compressed: decompress it first)';
    return '';
}
//# sourceMappingURL=elf.js.map