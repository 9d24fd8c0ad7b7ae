/**
 * ELF notes owned by Solo5: both directions of the note framing.
 *
 *   u32 namesz = 6        ("Solo5" plus its NUL)
 *   u32 descsz
 *   u32 type              (MFT1 or ABI1)
 *   "Solo5\0" + 2 bytes   (name padded to a 4-byte boundary)
 *   descsz bytes of descriptor
 *
 * Each `.note.solo5.*` section holds exactly one such note and nothing else;
 * solo5-elftool rejects trailing bytes ("extra data") and so do we.
 */
import { ByteReader, ByteWriter, alignUp, ascii, hex } from './bytes.js';
import { Solo5Error } from './error.js';
export const SOLO5_NOTE_NAME = 'Solo5';
const NAMESZ = SOLO5_NOTE_NAME.length + 1;
const HEADER_SIZE = 12;
/** Where the descriptor starts: header, then the name padded to 4 bytes. */
export const NOTE_DESC_OFFSET = HEADER_SIZE + alignUp(NAMESZ, 4);
/**
 * The descriptor of the single Solo5 note of type `type` that fills
 * `section` (the bytes of the section called `sectionName`).
 */
export function parseSolo5Note(section, sectionName, type, typeName) {
    const note = new ByteReader(section, `section ${sectionName}`);
    const namesz = note.u32(0, 'note header');
    const descsz = note.u32(4, 'note header');
    const actualType = note.u32(8, 'note header');
    if (namesz !== NAMESZ) {
        throw new Solo5Error(`${sectionName}: note name size is ${namesz}, expected ${NAMESZ} (owner "${SOLO5_NOTE_NAME}")`);
    }
    if (actualType !== type) {
        throw new Solo5Error(`${sectionName}: note type is ${hex(actualType)}, expected ${hex(type)} (${typeName})`);
    }
    const owner = ascii(note.slice(HEADER_SIZE, NAMESZ, 'note owner name'));
    if (owner !== `${SOLO5_NOTE_NAME}\0`) {
        const shown = owner.endsWith('\0') ? owner.slice(0, -1) : owner;
        throw new Solo5Error(`${sectionName}: note owner is ${JSON.stringify(shown)}, expected "${SOLO5_NOTE_NAME}"`);
    }
    const desc = note.slice(NOTE_DESC_OFFSET, descsz, `note descriptor of ${descsz} bytes`);
    const extra = section.length - NOTE_DESC_OFFSET - descsz;
    if (extra !== 0) {
        throw new Solo5Error(`${sectionName}: ${extra} bytes of extra data after the note`);
    }
    return desc;
}
/** The bytes of a Solo5 note of type `type` around descriptor `desc`. */
export function encodeSolo5Note(type, desc) {
    const out = new ByteWriter(NOTE_DESC_OFFSET + desc.length);
    out.u32(0, NAMESZ);
    out.u32(4, desc.length);
    out.u32(8, type);
    out.set(HEADER_SIZE, new TextEncoder().encode(SOLO5_NOTE_NAME)); // NUL and padding stay zero
    out.set(NOTE_DESC_OFFSET, desc);
    return out.bytes;
}
//# sourceMappingURL=note.js.map