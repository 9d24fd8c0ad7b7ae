// Bytes as the X.509 layer compares and shows them.

export function toHex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("hex");
}

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);
}

/** The dotted form of an OBJECT IDENTIFIER's content octets, for messages and tables. */
export function dottedOid(c: Uint8Array): string {
  const arcs: number[] = [];
  let arc = 0;
  for (const b of c) {
    arc = arc * 128 + (b & 0x7f);
    if ((b & 0x80) === 0) {
      if (arcs.length === 0) arcs.push(Math.min(2, Math.floor(arc / 40)), arc - Math.min(2, Math.floor(arc / 40)) * 40);
      else arcs.push(arc);
      arc = 0;
    }
  }
  return arcs.join(".");
}
