import { type Solo5Target } from './layout.js';
import type { Solo5Abi, Solo5Device } from './manifest.js';
/** What to put into a built image. */
export interface Solo5ImageSpec {
    readonly target: Solo5Target;
    /** Defaults to the target's current ABI version (`DEFAULT_ABI_VERSIONS`). */
    readonly abiVersion?: number;
    /** Devices in manifest order (the reserved first entry is added). */
    readonly devices?: readonly Solo5Device[];
}
/**
 * ABI versions of current Solo5 releases, as found in real images
 * (hvt and spt 2, muen 3, the tender-less virtio and xen 1).
 */
export declare const DEFAULT_ABI_VERSIONS: Readonly<Record<Solo5Target, number>>;
/** Builds a Solo5 ELF image; throws `Solo5Error` for an invalid spec. */
export declare function buildSolo5Image(spec: Solo5ImageSpec): Uint8Array;
/** The `.note.solo5.manifest` section bytes declaring `devices`. */
export declare function encodeManifestNote(devices: readonly Solo5Device[]): Uint8Array;
/** The `.note.solo5.abi` section bytes for `abi`. */
export declare function encodeAbiNote(abi: Solo5Abi): Uint8Array;
