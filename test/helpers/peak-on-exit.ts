// Loaded with `node --import` into a child whose peak memory is measured (the
// CLI, as a user runs it): at exit it writes its own VmHWM, in MB, to the file
// PEAK_FILE names. VmHWM, not getrusage's maxRSS: Linux keeps maxRSS across
// exec, so a child of a large process would report its parent's size.

import fs from "node:fs";

const file = process.env.PEAK_FILE;
if (file !== undefined) {
  process.on("exit", () => {
    const hwm = /^VmHWM:\s*(\d+) kB$/m.exec(fs.readFileSync("/proc/self/status", "utf8"));
    fs.writeFileSync(file, String(hwm === null ? Math.round(process.resourceUsage().maxRSS / 1024) : Math.round(Number(hwm[1]) / 1024)));
  });
}
