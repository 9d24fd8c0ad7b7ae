// Run as a child by large-image.test: the wizard's create of a unikernel from
// IMAGE (a request, written in DIR, whose <CN>.key is there already and
// reused), every other question answered with its default; prints its own
// peak memory (VmHWM, MB) as the operating system counts it.
// Usage: node wizard-memory.js DIR IMAGE NAME

import fs from "node:fs";
import { type Prompter, requestFlow } from "../../src/wizard/index.js";

const [dir, image, name] = process.argv.slice(2) as [string, string, string];
const answers: Record<string, string> = { "unikernel name": name, "Solo5 image file (hvt or spt)": image };
// as inquirer does: an answer is taken once its validation accepts it
const prompter: Prompter = {
  input: async (o) => {
    const answer = answers[o.message] ?? o.default;
    if (answer === undefined) throw new Error(`no answer for "${o.message}"`);
    const ok = o.validate === undefined ? true : o.validate(answer);
    if (ok !== true) throw new Error(`${o.message}: ${ok}`);
    return answer;
  },
  select: async (o) => o.choices[0]!.value,
  confirm: async (o) => (o.message === "Write these files?" ? true : (o.default ?? false)),
  print: () => undefined,
};
const result = await requestFlow({ prompter, cwd: dir }, "create");
if (result.written.length === 0) throw new Error("nothing written");
const hwm = /^VmHWM:\s*(\d+) kB$/m.exec(fs.readFileSync("/proc/self/status", "utf8"));
console.log(hwm === null ? Math.round(process.resourceUsage().maxRSS / 1024) : Math.round(Number(hwm[1]) / 1024));
