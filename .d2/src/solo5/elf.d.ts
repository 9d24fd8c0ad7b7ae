export declare const ELF_MAGIC: Uint8Array<ArrayBuffer>;
export declare const ELFCLASS64 = 2;
export declare const ELFDATA2LSB = 1;
export declare const EV_CURRENT = 1;
export declare const ET_EXEC = 2;
export declare const EM_X86_64 = 62;
export declare const EM_AARCH64 = 183;
export declare const EHDR_SIZE = 64;
export declare const PHDR_SIZE = 56;
export declare const SHDR_SIZE = 64;
export declare const SHT_NULL = 0;
export declare const SHT_PROGBITS = 1;
export declare const SHT_STRTAB = 3;
export declare const SHT_NOTE = 7;
export declare const SHT_NOBITS = 8;
export declare const SHF_ALLOC = 2;
export declare const SHF_EXECINSTR = 4;
export declare const PT_LOAD = 1;
export declare const PT_NOTE = 4;
export declare const PF_X = 1;
export declare const PF_R = 4;
/** The fields of the ELF file header we use. */
export interface ElfHeader {
    /** e_type: 2 = executable */
    readonly type: number;
    /** e_machine: 62 = x86_64, 183 = aarch64 */
    readonly machine: number;
    readonly entry: number;
    readonly phoff: number;
    readonly phnum: number;
    readonly shoff: number;
    readonly shnum: number;
    readonly shstrndx: number;
}
/** One section header, with its name resolved through `.shstrtab`. */
export interface ElfSection {
    readonly index: number;
    readonly name: string;
    /** sh_type: 7 = SHT_NOTE, 8 = SHT_NOBITS (no bytes in the file), ... */
    readonly type: number;
    readonly flags: number;
    /** Position and length of the section's bytes in the file (unchecked). */
    readonly offset: number;
    readonly size: number;
}
export interface ElfFile {
    readonly bytes: Uint8Array;
    readonly header: ElfHeader;
    readonly sections: readonly ElfSection[];
}
/**
 * Parses the ELF header and section table of `bytes`.
 * Throws `Solo5Error` unless it is a well-formed ELF64 little-endian file
 * whose section header table and section name table lie inside the file.
 */
export declare function readElf(bytes: Uint8Array): ElfFile;
/** The first section called `name`, if any (as solo5-elftool looks it up). */
export declare function findSection(elf: ElfFile, name: string): ElfSection | undefined;
/** The bytes of `section` in the file (a view, not a copy). */
export declare function sectionData(elf: ElfFile, section: ElfSection): Uint8Array;
