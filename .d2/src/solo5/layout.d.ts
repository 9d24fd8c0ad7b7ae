/**
 * The binary layout of the two Solo5 ELF notes, shared by the reader
 * (manifest.ts) and the builder (build.ts) so the two cannot drift apart.
 *
 * Solo5 (include/solo5/mft_abi.h, elf_abi.h) declares, in C:
 *
 *   struct mft_entry {                  // 104 bytes on 64-bit targets
 *       char name[MFT_NAME_SIZE];       //   0: 68 bytes, NUL-terminated
 *       mft_type_t type;                //  68: u32
 *       union { block_basic; net_basic; } u;   //  72: 16 bytes, zero in the file
 *       union { int hostfd; void *data; } b;   //  88:  8 bytes, zero in the file
 *       bool attached;                  //  96: zero in the file
 *   };                                  //  97: 7 bytes of tail padding
 *   struct mft { uint32_t version; uint32_t entries; struct mft_entry e[]; };
 *
 *   struct mft1_note { Elf64_Nhdr h; char n_name[8]; struct mft m; };
 *
 * The note header plus the padded name "Solo5\0\0\0" is 20 bytes; `struct
 * mft` holds u64s, so the compiler puts it at offset 24 and the 4 bytes in
 * between become part of the descriptor. Hence descsz = 4 + 8 + 104·entries
 * (116 for the reserved entry alone, as in every real image we have).
 *
 *   struct abi1_info { uint32_t abi_target; uint32_t abi_version;
 *                      uint32_t reserved0; uint32_t reserved1; };  // 16 bytes
 *
 * solo5-elftool (used by Albatross) checks every field listed here; so do we.
 */
/** Section names, as solo5-elftool looks them up. */
export declare const MANIFEST_SECTION = ".note.solo5.manifest";
export declare const ABI_SECTION = ".note.solo5.abi";
/** Note types in the "Solo5" note namespace (ASCII read little-endian). */
export declare const NOTE_TYPE_MANIFEST = 827606605;
export declare const NOTE_TYPE_ABI = 826884673;
export declare const MFT_VERSION = 1;
export declare const MFT_MAX_ENTRIES = 64;
/** Alignment padding (4) + version (4) + entries (4), before the entries. */
export declare const MFT_HEADER_SIZE = 12;
export declare const MFT_OFFSET_VERSION = 4;
export declare const MFT_OFFSET_ENTRIES = 8;
export declare const MFT_ENTRY_SIZE = 104;
export declare const MFT_NAME_SIZE = 68;
export declare const MFT_NAME_MAX = 67;
export declare const ENTRY_OFFSET_TYPE = 68;
export declare const ENTRY_OFFSET_U = 72;
export declare const ENTRY_U_SIZE = 16;
export declare const ENTRY_OFFSET_B = 88;
export declare const ENTRY_B_SIZE = 8;
export declare const ENTRY_OFFSET_ATTACHED = 96;
export declare const MFT_DEV_BLOCK_BASIC = 1;
export declare const MFT_DEV_NET_BASIC = 2;
/** Entry 0 of every manifest: a placeholder with an empty name. */
export declare const MFT_RESERVED_FIRST = 1073741824;
/** Device kinds as we name them, with their mft_type_t code. */
export declare const DEVICE_TYPE_CODES: {
    readonly block: 1;
    readonly net: 2;
};
export type DeviceType = keyof typeof DEVICE_TYPE_CODES;
export declare const ABI_DESC_SIZE = 16;
/**
 * ABI targets (enum abi_target in elf_abi.h); the code is the index + 1.
 * Albatross runs only hvt and spt.
 */
export declare const SOLO5_TARGETS: readonly ["hvt", "spt", "virtio", "muen", "genode", "xen"];
export type Solo5Target = (typeof SOLO5_TARGETS)[number];
export declare function targetCode(target: Solo5Target): number;
export declare function targetOfCode(code: number): Solo5Target | undefined;
/**
 * Device names: the Solo5 tenders only accept `--net:NAME=` / `--block:NAME=`
 * with NAME matching [A-Za-z0-9]{1,67}, and solo5-elftool refuses to write
 * others into a manifest, so any other name marks a broken manifest.
 */
export declare function isDeviceName(name: string): boolean;
