import type { Argv } from "yargs";
/** The modules commands live in; each is imported only when one of its commands runs. */
export declare const MODULES: {
    readonly csr: () => Promise<typeof import("./csr.js")>;
    readonly ca: () => Promise<typeof import("./ca.js")>;
    readonly inspect: () => Promise<typeof import("./inspect.js")>;
    readonly audit: () => Promise<typeof import("./audit.js")>;
    readonly extract: () => Promise<typeof import("./extract.js")>;
    readonly codec: () => Promise<typeof import("./codec.js")>;
    readonly templates: () => Promise<typeof import("./templates.js")>;
    readonly wizard: () => Promise<typeof import("./wizard.js")>;
};
export type ModuleName = keyof typeof MODULES;
export interface CommandSpec {
    /** the first word, what the user types */
    name: string;
    /** yargs' usage: name, <required> and [optional] positionals */
    usage: string;
    describe: string;
    module: ModuleName;
    /** at least one, shown by `<command> --help` */
    examples: readonly (readonly [string, string])[];
    /** takes `--template NAME` (a command preset of templates/presets) */
    template?: true;
}
export declare const COMMANDS: readonly CommandSpec[];
export declare function commandNamed(name: string | undefined): CommandSpec | undefined;
/** A command's yargs module: its usage and description from the table, examples and --template added. */
export declare function define(name: string, builder: (b: Argv) => Argv, handler: (argv: Record<string, unknown>) => void | Promise<void>): {
    command: string;
    describe: string;
    builder: (b: Argv) => Argv<{}>;
    handler: (argv: Record<string, unknown>) => void | Promise<void>;
};
