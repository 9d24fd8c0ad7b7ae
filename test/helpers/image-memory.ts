// Run as a child by large-image.test: creates a request for an image of the
// given size at the given compression level, and prints its own peak memory
// (VmHWM, MB) as the operating system counts it; with FILE, writes the
// request there as PEM, its key beside it as FILE.key and the image as
// FILE.hvt (for the children of the signing test, of the test that requests
// it again from its JSON, and of the wizard's).
// Usage: node image-memory.js MB LEVEL [FILE]

import fs from "node:fs";
import { buildRequest, createCommand } from "../../src/ca/index.js";
import { nameOfString } from "../../src/model/name.js";
import { DEFAULT_RELEASE } from "../../src/model/release.js";
import { buildSolo5Image } from "../../src/solo5/index.js";
import { generateKey, PemText, privateKeyToPem } from "../../src/x509/index.js";

const [mb, level] = [Number(process.argv[2]), Number(process.argv[3])];
// machine code: the start of Node's own binary, repeated to size (zlib shrinks it about 2.7 times)
const image = Buffer.alloc(mb * 1024 * 1024);
const fd = fs.openSync(process.execPath, "r");
const chunk = fs.readSync(fd, image, 0, image.length, 0);
fs.closeSync(fd);
for (let at = chunk; at < image.length; at += chunk) image.copy(image, at, 0, Math.min(chunk, image.length - at));
// under a Solo5 ELF header and manifest (no devices), which the wizard checks
Buffer.from(buildSolo5Image({ target: "hvt", devices: [] })).copy(image);
const key = await generateKey();
const request = await buildRequest(createCommand({ image, compressionLevel: level, skipManifestCheck: true }), nameOfString("big"), key, DEFAULT_RELEASE);
if (process.argv[4] !== undefined) {
  fs.writeFileSync(`${process.argv[4]}.key`, privateKeyToPem(key), { mode: 0o400 });
  fs.writeFileSync(`${process.argv[4]}.hvt`, image);
  const fd = fs.openSync(process.argv[4], "w");
  for (const chunk of new PemText([{ label: "CERTIFICATE REQUEST", der: request.der }]).chunks()) fs.writeSync(fd, chunk);
  fs.closeSync(fd);
}
// VmHWM, not getrusage's maxRSS: Linux keeps maxRSS across exec, so a child of
// a large test process would report the parent's size
const hwm = /^VmHWM:\s*(\d+) kB$/m.exec(fs.readFileSync("/proc/self/status", "utf8"));
console.log(hwm === null ? Math.round(process.resourceUsage().maxRSS / 1024) : Math.round(Number(hwm[1]) / 1024));
