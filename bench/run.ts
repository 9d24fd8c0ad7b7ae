// `npm run bench`: figures and ratios against reference runs in the same
// process (or, for peak memory and start-up, in sibling processes). Never
// pass/fail. `npm run bench -- --image-mb=256` runs the images at the size of
// the target (default 64 MB, to keep the whole run to a few minutes).

import { benchCodec } from "./codec.js";
import { benchHostile } from "./hostile.js";
import { benchImages } from "./images.js";
import { benchIssuing } from "./issuing.js";
import { benchPkcs11 } from "./pkcs11.js";
import { benchStartup } from "./startup.js";

const imageMb = Number(process.argv.find((a) => a.startsWith("--image-mb="))?.slice("--image-mb=".length) ?? 64);

await benchStartup();
benchCodec();
await benchIssuing();
await benchPkcs11();
await benchImages(imageMb);
await benchHostile(imageMb);
