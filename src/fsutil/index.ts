export { writeFileAtomic, writePrivateKey } from "./atomic-write.js";
export { FileError } from "./errors.js";
export { appendLineLocked } from "./locked-append.js";
