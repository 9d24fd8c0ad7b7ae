// `templates`: the command presets `--template NAME` can start from.
import { define } from "./index.js";
import { listPresets } from "../../templates/presets.js";
function show(value) {
    return Array.isArray(value) ? value.map(String).join(", ") : String(value);
}
export function register(y) {
    return y.command(define("templates", (b) => b.option("format", { choices: ["text", "json"], default: "text", describe: "output: one preset per line, or JSON" }), (argv) => {
        const presets = listPresets();
        if (argv.format === "json") {
            process.stdout.write(JSON.stringify(presets.map(({ file: _, ...p }) => p), null, 2) + "\n");
            return;
        }
        for (const p of presets) {
            const args = Object.entries(p.arguments).map(([k, v]) => `${k}=${show(v)}`).join(" ");
            process.stdout.write(`${p.name} (${p.command}): ${p.description}\n    ${args}\n`);
        }
    }));
}
//# sourceMappingURL=templates.js.map