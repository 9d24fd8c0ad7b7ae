// Reading a whole file into memory the caller chooses, synchronously: an
// image read into memory a certificate is later written around, or a small
// request of a batch of a thousand (a thread-pool round trip per step of each
// would be most of the time).

import fs from "node:fs";

/**
 * `file` from its start into `memory(size)` (its size when opened), as much
 * as was there; null when `memory` declines that size.
 */
export function readFileInto<B extends Buffer | null>(file: string, memory: (size: number) => B): B {
  const fd = fs.openSync(file, "r");
  try {
    const out = memory(fs.fstatSync(fd).size);
    if (out === null) return out;
    let at = 0;
    for (let n = 1; at < out.length && n > 0; at += n) n = fs.readSync(fd, out, at, out.length - at, at);
    return out.subarray(0, at) as B;
  } finally {
    fs.closeSync(fd);
  }
}
