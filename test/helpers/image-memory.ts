// Run as a child by large-image.test: creates a request for an image of the
// given size at the given compression level, and prints its own peak memory
// (max RSS, MB) as the operating system counts it.
// Usage: node image-memory.js MB LEVEL

import crypto from "node:crypto";
import { buildRequest, createCommand } from "../../src/ca/index.js";
import { nameOfString } from "../../src/model/name.js";
import { DEFAULT_RELEASE } from "../../src/model/release.js";
import { generateKey } from "../../src/x509/index.js";

const [mb, level] = [Number(process.argv[2]), Number(process.argv[3])];
// random halves with zero runs between: compressible, but not to nothing
const image = crypto.randomBytes(mb * 1024 * 1024);
for (let at = 0; at < image.length; at += 8192) image.fill(0, at, at + 4096);
await buildRequest(createCommand({ image, compressionLevel: level, skipManifestCheck: true }), nameOfString("big"), await generateKey(), DEFAULT_RELEASE);
console.log(Math.round(process.resourceUsage().maxRSS / 1024));
