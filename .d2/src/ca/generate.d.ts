import { type KeyType, type SigningKey } from "../x509/index.js";
import { type ProfileSet } from "./profiles.js";
import { type Passphrase } from "./files.js";
import { type ExecuteOptions, type Plan, type PlannedWrite } from "./plan.js";
import { type KeyOptions } from "./signing-key.js";
export declare const DEFAULT_CA_DAYS = 3650;
export declare const DEFAULT_SERVER_NAME = "server";
export declare const DEFAULT_SERVER_DAYS = 365;
/** albatross-client's fixed name for the root certificate */
export declare const CA_CERTIFICATE_FILE = "cacert.pem";
/**
 * Where a CA's key is — the root's here, a sub-CA's in its request: by
 * default its file `<name>.key` (reused, or created); an existing key (a file
 * or a PKCS#11 URI); or a new key created inside the token a PKCS#11 URI
 * names, which never leaves it.
 */
export type CaKeySource = {
    readonly kind: "file";
} | {
    readonly kind: "existing";
    readonly spec: string;
} | {
    readonly kind: "new-in-token";
    readonly uri: string;
};
export interface GenerateOptions extends KeyOptions {
    /** the CA's common name, also its key file `<name>.key` */
    name: string;
    /** default: the file `<name>.key` */
    caKey?: CaKeySource;
    databaseFile: string;
    days?: number;
    serverName?: string;
    serverDays?: number;
    keyType?: KeyType;
    /** the operator's root-ca and server profiles (default: templates/profiles) */
    profiles?: ProfileSet;
    /** where keys and certificates go (default: the current directory) */
    outDir?: string;
    now?: Date;
    /** replace existing CA and server certificates (never keys) */
    force?: boolean;
    /** write a new CA key encrypted with this passphrase (PKCS#8, AES-256-CBC) */
    encryptKey?: Passphrase;
}
export interface GeneratedFiles {
    /** the key file, or the key's PKCS#11 URI */
    caKeyFile: string;
    caKeyCreated: boolean;
    caCertificateFile: string;
    serverKeyFile: string;
    serverKeyCreated: boolean;
    serverCertificateFile: string;
    serverSerialHex: string;
}
export interface PlannedAuthority extends GeneratedFiles {
    plan: Plan;
}
/** Every key and certificate of a new CA, made in memory: nothing is written yet (a key new in a token excepted). */
export declare function planAuthority(o: GenerateOptions): Promise<PlannedAuthority>;
export interface CaKey {
    key: SigningKey;
    /** its file, or its URI */
    where: string;
    /** a new key file, written with the plan */
    planned: PlannedWrite[];
    created: boolean;
}
export declare function caKeyFor(source: CaKeySource, caKeyFile: string, keyType: KeyType, o: KeyOptions & {
    encryptKey?: Passphrase;
}): Promise<CaKey>;
export declare function generateAuthorityFiles(o: GenerateOptions & ExecuteOptions): Promise<GeneratedFiles>;
