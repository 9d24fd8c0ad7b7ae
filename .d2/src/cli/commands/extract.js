// `extract`: the image or block data inside a certificate or request, written
// back out as the file that was requested (decompressed), byte for byte.
import fs from "node:fs";
import { writeFileAtomic } from "../../fsutil/index.js";
import { inspect } from "../../inspect/index.js";
import { commandPayload, uncompressed } from "../../model/payload.js";
import { displayName } from "../args.js";
import { CliError, oneLine } from "../errors.js";
import { readInput } from "../io.js";
import { define } from "./index.js";
async function extensionOf(file) {
    try {
        const i = await inspect(readInput(file));
        switch (i.kind) {
            case "certificate":
            case "csr":
                return i.extension;
            case "chain":
                return i.certificates[0].extension;
            default:
                throw new CliError(`a ${i.kind} carries no command; give a certificate, chain or certificate request`);
        }
    }
    catch (e) {
        throw new CliError(`${displayName(file)}: ${oneLine(e)}`);
    }
}
async function extract(a) {
    if (a.out !== undefined && fs.existsSync(a.out))
        throw new CliError(`${a.out} exists; remove it or give another --out`);
    if (a.out === undefined && process.stdout.isTTY)
        throw new CliError("give --out FILE, or redirect standard output");
    const e = await extensionOf(a.cert);
    if (e === null)
        throw new CliError(`${displayName(a.cert)}: no Albatross extension`);
    if ("error" in e)
        throw new CliError(`${displayName(a.cert)}: undecodable Albatross extension: ${e.error}`);
    const payload = commandPayload(e.value.command);
    if (payload === null)
        throw new CliError(`${displayName(a.cert)}: its ${e.value.command.kind} command carries no image or block data`);
    const bytes = uncompressed(payload);
    if (a.out === undefined) {
        process.stdout.write(bytes);
        return;
    }
    await writeFileAtomic(a.out, bytes);
    process.stderr.write(`${a.out}: ${payload.kind}, ${bytes.length} bytes\n`);
}
export function register(y) {
    return y.command(define("extract", (b) => b
        .positional("cert", { type: "string", describe: "certificate, chain or request (PEM or DER); - for standard input" })
        .option("out", { type: "string", describe: "file to write (must not exist) [default: standard output]" }), (argv) => extract(argv)));
}
//# sourceMappingURL=extract.js.map