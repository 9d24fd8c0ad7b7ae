// Run as a child by large-image.test: creates a request for an image of the
// given size at the given compression level, and prints its own peak memory
// (max RSS, MB) as the operating system counts it.
// Usage: node image-memory.js MB LEVEL

import fs from "node:fs";
import { buildRequest, createCommand } from "../../src/ca/index.js";
import { nameOfString } from "../../src/model/name.js";
import { DEFAULT_RELEASE } from "../../src/model/release.js";
import { generateKey } from "../../src/x509/index.js";

const [mb, level] = [Number(process.argv[2]), Number(process.argv[3])];
// machine code: the start of Node's own binary, repeated to size (zlib shrinks it about 2.7 times)
const image = Buffer.alloc(mb * 1024 * 1024);
const fd = fs.openSync(process.execPath, "r");
const chunk = fs.readSync(fd, image, 0, image.length, 0);
fs.closeSync(fd);
for (let at = chunk; at < image.length; at += chunk) image.copy(image, at, 0, Math.min(chunk, image.length - at));
await buildRequest(createCommand({ image, compressionLevel: level, skipManifestCheck: true }), nameOfString("big"), await generateKey(), DEFAULT_RELEASE);
console.log(Math.round(process.resourceUsage().maxRSS / 1024));
