export { type Chunked, type FileWrite, removeStaleTemporaries, writeFileAtomic, writeFiles, writeNewFile, writePrivateKey } from "./atomic-write.js";
export { FileError } from "./errors.js";
export { appendLine, appendLineLocked, appendLines, DEFAULT_LOCK_TIMEOUT_MS, type LockOptions, withDatabaseLock } from "./locked-append.js";
