export interface AuthorityFiles {
    caCertificateFile: string;
    caKeyFile: string;
}
/** The CA certificate and key for --issue; what is given wins, the rest is found beside it. */
export declare function locateAuthority(o: {
    caCertificateFile?: string | undefined;
    caKeyFile?: string | undefined;
    dir?: string;
}): AuthorityFiles;
