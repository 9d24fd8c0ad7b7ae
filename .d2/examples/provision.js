// End-to-end provisioning with the albatross-ca CLI, in a fresh temporary
// directory: an operator creates a CA, delegates a sub-CA with a policy to a
// tenant, the tenant requests a create certificate for a Solo5 image and a
// console certificate, they are signed, and the chains are audited the way
// Albatross's TLS endpoint would judge them.
//
// Run it with `npm start` (after `npm ci`). Each step prints the command line
// it runs, so the same can be done by hand. The folder is removed at the end;
// `npm start -- --keep` keeps it to look at the files.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildSolo5Image } from "../src/solo5/index.js";
const cli = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "bin", "albatross-ca.js");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "albatross-ca-example-"));
const keep = process.argv.includes("--keep");
process.on("exit", () => {
    if (!keep)
        fs.rmSync(work, { recursive: true, force: true });
});
function step(title, args, cwd = work) {
    console.log(`\n== ${title}\n$ albatross-ca ${args.map((a) => (/[\s*'"]/.test(a) ? `'${a}'` : a)).join(" ")}`);
    const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: "utf8" });
    if (r.stdout)
        process.stdout.write(r.stdout);
    if (r.stderr)
        process.stderr.write(r.stderr);
    if (r.status !== 0) {
        console.error(`\nthe example stopped: step "${title}" failed (exit ${r.status})${keep ? `; files are in ${work}` : ""}`);
        process.exit(1);
    }
    return r.stdout;
}
console.log(`working in ${work}`);
const operator = path.join(work, "operator");
const tenant = path.join(work, "tenant");
for (const dir of [operator, tenant, path.join(tenant, "create"), path.join(tenant, "console")])
    fs.mkdirSync(dir);
step("operator: create the CA and the server certificate for albatross-tls-endpoint", [
    "generate", "ops-ca", "ca.db", "--server", "albatross-server",
], operator);
step("tenant: request a sub-CA 'tenant' (at most 2 unikernels, CPUs 0-1, 1 GB, bridge service)", [
    "add-policy", "tenant", "2", "--mem=1024", "--cpu=0", "--cpu=1", "--bridge=service", "--csr",
], tenant);
step("operator: sign the tenant's request (policy add → sub-CA profile)", [
    "sign", "cacert.pem", "ca.db", "ops-ca.key", path.join(tenant, "tenant.req"), "--out-dir", tenant,
], operator);
// A Solo5 (hvt) image declaring one network device "service", as `mirage
// configure -t hvt` would produce for a unikernel with one network interface.
const image = path.join(tenant, "web.hvt");
fs.writeFileSync(image, buildSolo5Image({ target: "hvt", devices: [{ name: "service", type: "net" }] }));
step("tenant: request a certificate to create unikernel 'web' (the image's manifest is checked)", [
    "create", "web", "web.hvt", "--cpu=1", "--mem=256", "--net=service", "--arg=-l", "--arg=*:info", "--csr",
    "--out-dir", "create",
], tenant);
step("tenant: request a certificate to read the console of 'web'", [
    "console", "web", "--count=50", "--csr", "--out-dir", "console",
], tenant);
for (const kind of ["create", "console"]) {
    step(`tenant: sign the ${kind} request with the sub-CA (leaf profile, 1 day)`, [
        "sign", "tenant.pem", path.join(operator, "ca.db"), "tenant.key", path.join(kind, "web.req"), "--out-dir", kind,
    ], tenant);
}
step("inspect the create certificate", ["inspect", path.join("create", "web.pem")], tenant);
let accepted = true;
for (const kind of ["create", "console"]) {
    const out = step(`audit the ${kind} chain against the CA`, [
        "audit", path.join(tenant, kind, "web.pem"), "--ca", path.join(operator, "cacert.pem"), "--format", "json",
    ]);
    const result = JSON.parse(out);
    accepted &&= result.accepted && result.verified === true;
}
console.log(`\nfinal audit: ${accepted ? "accepted" : "REJECTED"}${keep ? ` (files in ${work})` : ""}`);
process.exitCode = accepted ? 0 : 1;
//# sourceMappingURL=provision.js.map