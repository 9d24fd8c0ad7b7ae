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
export const MANIFEST_SECTION = '.note.solo5.manifest';
export const ABI_SECTION = '.note.solo5.abi';
/** Note types in the "Solo5" note namespace (ASCII read little-endian). */
export const NOTE_TYPE_MANIFEST = 0x3154464d; // "MFT1"
export const NOTE_TYPE_ABI = 0x31494241; // "ABI1"
// struct mft
export const MFT_VERSION = 1;
export const MFT_MAX_ENTRIES = 64;
/** Alignment padding (4) + version (4) + entries (4), before the entries. */
export const MFT_HEADER_SIZE = 12;
export const MFT_OFFSET_VERSION = 4;
export const MFT_OFFSET_ENTRIES = 8;
// struct mft_entry
export const MFT_ENTRY_SIZE = 104;
export const MFT_NAME_SIZE = 68;
export const MFT_NAME_MAX = 67;
export const ENTRY_OFFSET_TYPE = 68;
export const ENTRY_OFFSET_U = 72;
export const ENTRY_U_SIZE = 16;
export const ENTRY_OFFSET_B = 88;
export const ENTRY_B_SIZE = 8;
export const ENTRY_OFFSET_ATTACHED = 96;
// mft_type_t
export const MFT_DEV_BLOCK_BASIC = 1;
export const MFT_DEV_NET_BASIC = 2;
/** Entry 0 of every manifest: a placeholder with an empty name. */
export const MFT_RESERVED_FIRST = 0x40000000;
/** Device kinds as we name them, with their mft_type_t code. */
export const DEVICE_TYPE_CODES = { block: MFT_DEV_BLOCK_BASIC, net: MFT_DEV_NET_BASIC };
// struct abi1_info
export const ABI_DESC_SIZE = 16;
/**
 * ABI targets (enum abi_target in elf_abi.h); the code is the index + 1.
 * Albatross runs only hvt and spt.
 */
export const SOLO5_TARGETS = ['hvt', 'spt', 'virtio', 'muen', 'genode', 'xen'];
export function targetCode(target) {
    return SOLO5_TARGETS.indexOf(target) + 1;
}
export function targetOfCode(code) {
    return SOLO5_TARGETS[code - 1];
}
/**
 * Device names: the Solo5 tenders only accept `--net:NAME=` / `--block:NAME=`
 * with NAME matching [A-Za-z0-9]{1,67}, and solo5-elftool refuses to write
 * others into a manifest, so any other name marks a broken manifest.
 */
export function isDeviceName(name) {
    return /^[A-Za-z0-9]{1,67}$/.test(name);
}
//# sourceMappingURL=layout.js.map