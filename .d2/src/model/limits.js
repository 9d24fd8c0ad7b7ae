// How large an Albatross object can be. Albatross frames every message on
// its sockets with a signed 32-bit length (Vmm_lwt.read_wire), so nothing it
// reads (a command with its image, a certificate, a state dump) is longer
// than 2^31 - 1 bytes; as PEM text, base64 makes that 4/3 larger, with a line
// break every 64 characters and the BEGIN/END lines around.
export const MAX_OBJECT_BYTES = 2 ** 31 - 1;
export const MAX_PEM_BYTES = Math.ceil(MAX_OBJECT_BYTES / 3) * 4 * (65 / 64) + 200;
/** Why an input of `size` bytes cannot be an Albatross object, or null when it can. */
export function tooLargeForAlbatross(size) {
    if (size <= MAX_PEM_BYTES)
        return null;
    const gb = (n) => `${(n / 2 ** 30).toFixed(1)} GiB`;
    return `${gb(size)} is larger than any Albatross object can be (${gb(MAX_OBJECT_BYTES)}, the most its wire format frames; ${gb(MAX_PEM_BYTES)} as PEM)`;
}
//# sourceMappingURL=limits.js.map