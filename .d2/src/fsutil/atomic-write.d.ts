/**
 * Replace `path` with `data` so that readers see either the old or the new
 * content, never a partial file: write a temporary file next to it (same
 * file system, so rename is atomic), flush it to disk, rename it over.
 */
export declare function writeFileAtomic(path: string, data: string | Uint8Array, mode?: number): Promise<void>;
/**
 * Write `path` whole, refusing to replace a file that exists unless `force`:
 * a certificate or request overwritten by mistake may be the only copy.
 */
export declare function writeNewFile(path: string, data: string | Uint8Array, force: boolean, mode?: number): Promise<void>;
export interface FileWrite {
    readonly path: string;
    readonly data: string | Uint8Array;
    /** replace an existing file (writeFileAtomic) rather than refuse it (writeNewFile) */
    readonly replace: boolean;
    readonly mode?: number;
}
/**
 * Many files, each as `writeNewFile` or `writeFileAtomic` writes it alone,
 * for a fraction of the cost: the temporaries are written, then flushed all
 * at once, put in place one by one, and each directory is flushed once. The
 * small steps are synchronous (page cache, microseconds); only the flushes
 * wait for the disk. A file that may not be replaced but exists fails the
 * whole batch, and the files the batch created are removed again. Returns
 * the files created (not replaced), in order.
 */
export declare function writeFiles(writes: readonly FileWrite[]): Promise<string[]>;
/**
 * Create a private key file readable only by its owner, never replacing an
 * existing one (a lost CA key cannot be recovered). `link` fails with EEXIST
 * exactly like O_EXCL does, and unlike O_EXCL it publishes a complete file.
 */
export declare function writePrivateKey(path: string, pem: string): Promise<void>;
/** Remove the temporary files that writers killed mid-write left in `directory`. */
export declare function removeStaleTemporaries(directory: string): Promise<string[]>;
