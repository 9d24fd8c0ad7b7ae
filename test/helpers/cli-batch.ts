// Runs many CLI invocations in one process, one after the other, each in its
// own working directory and environment (callMain), without ~300 ms of Node
// start-up per call. Usage: node cli-batch.js CALLS.json (an array of
// { args, cwd, env }); prints the results as a JSON array of
// { status, stdout, stderr } (base64).

import fs from "node:fs";
import { callMain, type MainCall } from "./main-call.js";

const calls = JSON.parse(fs.readFileSync(process.argv[2]!, "utf8")) as MainCall[];
const realStdout = process.stdout.write.bind(process.stdout);
const results: { status: number; stdout: string; stderr: string }[] = [];
for (const call of calls) {
  const r = await callMain(call);
  results.push({ status: r.status, stdout: r.stdout.toString("base64"), stderr: r.stderr.toString("base64") });
}
process.exitCode = 0;
realStdout(JSON.stringify(results));
