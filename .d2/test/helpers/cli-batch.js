// Runs many CLI invocations in one process, one after the other, each in its
// own working directory: the real entry point (`main`, what bin/albatross-ca.js
// calls) with the output captured, without ~300 ms of Node start-up per call.
// Usage: node cli-batch.js CALLS.json  (an array of { args, cwd }); prints the
// results as a JSON array of { status, stdout, stderr } (base64). A call's
// `env` is set for that call only.
import fs from "node:fs";
import { main } from "../../src/cli/main.js";
const calls = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const home = process.cwd();
const results = [];
const realStdout = process.stdout.write.bind(process.stdout);
const realStderr = process.stderr.write.bind(process.stderr);
function setVariable(name, value) {
    if (value === null)
        delete process.env[name];
    else
        process.env[name] = value;
}
for (const call of calls) {
    const out = [];
    const err = [];
    const capture = (sink) => (chunk, encoding, callback) => {
        sink.push(typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8") : Buffer.from(chunk));
        const done = typeof encoding === "function" ? encoding : callback;
        if (typeof done === "function")
            process.nextTick(done);
        return true;
    };
    process.chdir(call.cwd ?? home);
    const saved = Object.entries(call.env ?? {}).map(([k]) => [k, process.env[k]]);
    for (const [k, v] of Object.entries(call.env ?? {}))
        setVariable(k, v);
    process.exitCode = undefined;
    process.stdout.write = capture(out);
    process.stderr.write = capture(err);
    let status;
    try {
        status = (await main(call.args)) || Number(process.exitCode ?? 0);
    }
    finally {
        process.stdout.write = realStdout;
        process.stderr.write = realStderr;
        for (const [k, v] of saved)
            setVariable(k, v ?? null);
    }
    results.push({ status, stdout: Buffer.concat(out).toString("base64"), stderr: Buffer.concat(err).toString("base64") });
}
process.exitCode = 0;
realStdout(JSON.stringify(results));
//# sourceMappingURL=cli-batch.js.map