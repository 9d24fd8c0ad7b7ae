// `templates`: the command presets `--template NAME` can start from.

import type { Argv } from "yargs";
import { define } from "./index.js";
import { listPresets } from "../../templates/presets.js";

function show(value: unknown): string {
  return Array.isArray(value) ? value.map(String).join(", ") : String(value);
}

export function register(y: Argv): Argv {
  return y.command(
    define(
      "templates",
    (b) => b.option("format", { choices: ["text", "json"] as const, default: "text" as const, describe: "output: one preset per line, or JSON" }),
    (argv) => {
      const presets = listPresets();
      if (argv.format === "json") {
        process.stdout.write(JSON.stringify(presets.map(({ file: _, ...p }) => p), null, 2) + "\n");
        return;
      }
      for (const p of presets) {
        const args = Object.entries(p.arguments).map(([k, v]) => `${k}=${show(v)}`).join(" ");
        process.stdout.write(`${p.name} (${p.command}): ${p.description}\n    ${args}\n`);
      }
    },
  ));
}
