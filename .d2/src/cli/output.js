// What commands that write files print: one line per file, or with
// `--format json` one JSON object (snake_case fields, as all our JSON).
import fs from "node:fs";
import { command as commandForm } from "../json/forms.js";
import { nameToString } from "../model/name.js";
import { parseCertificate } from "../x509/index.js";
import { printJson } from "./io.js";
export const FORMAT_OPTION = {
    choices: ["text", "json"],
    default: "text",
    describe: "output: one line per file written, or JSON (snake_case fields: files, serial, common_name, not_after, command)",
};
/** `--out-dir` is made when missing (with its parents), and the user is told. */
export function ensureOutDir(dir) {
    if (dir === undefined || fs.existsSync(dir))
        return;
    fs.mkdirSync(dir, { recursive: true });
    process.stderr.write(`created folder ${dir}\n`);
}
const isoSeconds = (d) => d.toISOString().replace(/\.\d{3}Z$/, "Z");
/** Serial and validity end of a certificate we just wrote. */
export function certificateFacts(pem) {
    const c = parseCertificate(pem);
    return { serial: c.serialHex, not_after: isoSeconds(c.notAfter) };
}
export const commandJson = (command) => commandForm.toJson(command);
export const nameJson = (name) => nameToString(name);
/** Text lines or the JSON object, on stdout. */
export function report(format, lines, json) {
    process.stdout.write(format === "json" ? printJson(json) + "\n" : lines.map((l) => l + "\n").join(""));
}
//# sourceMappingURL=output.js.map