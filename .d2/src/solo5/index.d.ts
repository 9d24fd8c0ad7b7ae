/**
 * Solo5 unikernel images: read their ABI and device manifest, check them the
 * way Albatross does on `create`, and build small valid images for tests and
 * examples. Every failure is a `Solo5Error` with a one-line message.
 */
export { Solo5Error } from './error.js';
export { type ElfFile, type ElfHeader, type ElfSection, findSection, readElf, sectionData } from './elf.js';
export { type DeviceType, type Solo5Abi, type Solo5Device, type Solo5Image, type Solo5Target, parseAbiNote, parseManifestNote, readAbi, readManifest, readSolo5Image, } from './manifest.js';
export { ABI_SECTION, MANIFEST_SECTION, SOLO5_TARGETS, isDeviceName } from './layout.js';
export { ALBATROSS_TARGETS, assertDevicesMatch, checkImageDevices } from './check.js';
export { DEFAULT_ABI_VERSIONS, type Solo5ImageSpec, buildSolo5Image, encodeAbiNote, encodeManifestNote, } from './build.js';
