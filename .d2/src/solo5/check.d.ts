import type { Solo5Target } from './layout.js';
import { type Solo5Device, type Solo5Image } from './manifest.js';
/** The Solo5 targets Albatross has a tender for. */
export declare const ALBATROSS_TARGETS: readonly Solo5Target[];
/**
 * Throws `Solo5Error` unless `image` (uncompressed) is a Solo5 image for hvt
 * or spt whose manifest declares exactly the block devices `blockNames` and
 * the net devices `netNames` (compared as sets; these are the names before
 * `:` in `--block` / `--net` values). Returns what was read from the image.
 */
export declare function checkImageDevices(image: Uint8Array, blockNames: readonly string[], netNames: readonly string[]): Solo5Image;
/**
 * Throws `Solo5Error` unless the manifest `devices` name exactly `blockNames`
 * as block devices and `netNames` as net devices (as sets).
 */
export declare function assertDevicesMatch(devices: readonly Solo5Device[], blockNames: readonly string[], netNames: readonly string[]): void;
