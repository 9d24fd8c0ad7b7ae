import { type ElfFile } from './elf.js';
import { type DeviceType, type Solo5Target } from './layout.js';
export type { DeviceType, Solo5Target } from './layout.js';
/** A device the unikernel expects to be given at start. */
export interface Solo5Device {
    readonly name: string;
    readonly type: DeviceType;
}
/** The `.note.solo5.abi` contents: which tender (and its ABI version) runs the image. */
export interface Solo5Abi {
    readonly target: Solo5Target;
    readonly version: number;
}
/** What Albatross needs to know about an image before running it. */
export interface Solo5Image {
    readonly abi: Solo5Abi;
    /** Manifest entries after the reserved first one, in manifest order. */
    readonly devices: readonly Solo5Device[];
}
/**
 * Reads the ABI and device manifest of an (uncompressed) Solo5 image.
 * Throws `Solo5Error` on anything malformed.
 */
export declare function readSolo5Image(image: Uint8Array): Solo5Image;
/** The `.note.solo5.abi` of a parsed ELF file. */
export declare function readAbi(elf: ElfFile): Solo5Abi;
/** The devices in `.note.solo5.manifest` of a parsed ELF file. */
export declare function readManifest(elf: ElfFile): Solo5Device[];
/** Parses the bytes of a `.note.solo5.abi` section. */
export declare function parseAbiNote(section: Uint8Array): Solo5Abi;
/** Parses the bytes of a `.note.solo5.manifest` section. */
export declare function parseManifestNote(section: Uint8Array): Solo5Device[];
