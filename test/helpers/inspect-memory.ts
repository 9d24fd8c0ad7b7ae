// Run as a child by inspect-memory.test: inspects or audits one file as the
// CLI does (its bytes read whole, then the library), and prints its own peak
// memory (VmHWM, MB) and the answer, as JSON.
// Usage: node inspect-memory.js inspect|audit FILE [CA]

import fs from "node:fs";
import { auditChain, inspect } from "../../src/inspect/index.js";

const [mode, file, ca] = process.argv.slice(2) as [string, string, string | undefined];
const input = fs.readFileSync(file);
let answer: string;
if (mode === "audit") {
  const r = await auditChain(input, { ca: ca === undefined ? null : fs.readFileSync(ca) });
  answer = `accepted ${r.verdict.accepted}, verified ${r.verified}`;
} else {
  answer = (await inspect(input)).kind;
}
// VmHWM, not getrusage's maxRSS: Linux keeps maxRSS across exec, so a child of
// a large test process would report the parent's size
const hwm = /^VmHWM:\s*(\d+) kB$/m.exec(fs.readFileSync("/proc/self/status", "utf8"));
const peakMb = hwm === null ? Math.round(process.resourceUsage().maxRSS / 1024) : Math.round(Number(hwm[1]) / 1024);
console.log(JSON.stringify({ peakMb, answer }));
