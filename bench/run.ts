// `npm run bench`: figures and ratios against reference runs in the same
// process (or, for peak memory, in sibling processes). Never pass/fail.

import { benchCodec } from "./codec.js";
import { benchIssuing } from "./issuing.js";
import { benchPkcs11 } from "./pkcs11.js";

benchCodec();
await benchIssuing();
await benchPkcs11();
