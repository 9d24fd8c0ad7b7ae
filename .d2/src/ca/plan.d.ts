import { type LockOptions } from "../fsutil/index.js";
export type PlannedWrite = 
/** a new private key, mode 0400; an existing file is never replaced */
{
    readonly kind: "key";
    readonly file: string;
    readonly pem: string;
}
/** a request, certificate or CA file; an existing one only with `replace` (--force) */
 | {
    readonly kind: "file";
    readonly file: string;
    readonly data: string;
    readonly replace: boolean;
}
/** `<serial> <CN>` in the database, with the certificate kept as `<db>.certs/<serial>.pem` */
 | {
    readonly kind: "record";
    readonly database: string;
    readonly serialHex: string;
    readonly commonName: string;
    readonly certificatePem: string;
};
export type Plan = readonly PlannedWrite[];
/** Where the certificates a database records are kept. */
export declare const certificatesDirectory: (database: string) => string;
export declare const keptCertificateFile: (database: string, serialHex: string) => string;
/** One line per write, as the wizard shows it before asking. */
export declare function describePlan(plan: Plan, cwd: string): string;
/** The files a plan creates or replaces, for reports. */
export declare function plannedFiles(plan: Plan): string[];
export interface ExecuteOptions extends LockOptions {
}
/**
 * Write a plan: keys, then files, then database records (many at the cost
 * of about one: see writeFiles). A failure removes
 * what this run created (keys included), so a failed `generate` leaves no
 * CA key without its certificate.
 */
export declare function executePlan(plan: Plan, o?: ExecuteOptions): Promise<void>;
