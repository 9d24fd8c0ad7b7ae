/**
 * The `create` check: would Albatross accept this image with these devices?
 *
 * Albatross 2.4.1 (`Vmm_unix.prepare`) does, in this order: read the ABI note
 * and refuse targets other than hvt and spt ("unsupported solo5 target ..."),
 * then read the manifest and compare, as sets, its block device names with
 * the names of the `--block` devices and its net device names with the names
 * of the `--net` devices ("specified block device(s) does not match with
 * manifest", "specified bridge(s) does not match with the manifest"). We keep
 * that order and those phrases, and also say which names differ.
 */
import { readElf } from './elf.js';
import { Solo5Error } from './error.js';
import { readAbi, readManifest } from './manifest.js';
/** The Solo5 targets Albatross has a tender for. */
export const ALBATROSS_TARGETS = ['hvt', 'spt'];
/**
 * Throws `Solo5Error` unless `image` (uncompressed) is a Solo5 image for hvt
 * or spt whose manifest declares exactly the block devices `blockNames` and
 * the net devices `netNames` (compared as sets; these are the names before
 * `:` in `--block` / `--net` values). Returns what was read from the image.
 */
export function checkImageDevices(image, blockNames, netNames) {
    const elf = readElf(image);
    const abi = readAbi(elf);
    if (!ALBATROSS_TARGETS.includes(abi.target)) {
        throw new Solo5Error(`unsupported solo5 target ${abi.target} (Albatross runs ${ALBATROSS_TARGETS.join(' and ')} images)`);
    }
    const devices = readManifest(elf);
    assertDevicesMatch(devices, blockNames, netNames);
    return { abi, devices };
}
/**
 * Throws `Solo5Error` unless the manifest `devices` name exactly `blockNames`
 * as block devices and `netNames` as net devices (as sets).
 */
export function assertDevicesMatch(devices, blockNames, netNames) {
    const namesOf = (type) => devices.filter((d) => d.type === type).map((d) => d.name);
    const problems = [];
    const block = setDifference(namesOf('block'), blockNames);
    if (block)
        problems.push(`specified block device(s) does not match with manifest (${block})`);
    const net = setDifference(namesOf('net'), netNames);
    if (net)
        problems.push(`specified bridge(s) does not match with the manifest (${net})`);
    if (problems.length > 0) {
        const present = devices.map((d) => `${d.type} ${JSON.stringify(d.name)}`).join(', ') || 'none';
        throw new Solo5Error(`${problems.join(' and ')}. Devices present in manifest: ${present}`);
    }
}
/** Describes how `given` differs from `declared` as sets; undefined if equal. */
function setDifference(declared, given) {
    const declaredSet = new Set(declared);
    const givenSet = new Set(given);
    const notDeclared = [...givenSet].filter((n) => !declaredSet.has(n)).sort();
    const notGiven = [...declaredSet].filter((n) => !givenSet.has(n)).sort();
    const parts = [];
    if (notDeclared.length > 0)
        parts.push(`not in the manifest: ${quoteAll(notDeclared)}`);
    if (notGiven.length > 0)
        parts.push(`required by the manifest but not given: ${quoteAll(notGiven)}`);
    return parts.length > 0 ? parts.join('; ') : undefined;
}
function quoteAll(names) {
    return names.map((n) => JSON.stringify(n)).join(', ');
}
//# sourceMappingURL=check.js.map