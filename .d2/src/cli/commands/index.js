// Every command of the CLI as data: its usage line, its one-line description,
// its examples and the module that implements it. This file loads nothing
// else, so `--help` and the overview cost no more than yargs itself; the
// chosen command's module (with pkijs, inquirer, ...) is imported on demand.
/** The modules commands live in; each is imported only when one of its commands runs. */
export const MODULES = {
    csr: () => import("./csr.js"),
    ca: () => import("./ca.js"),
    inspect: () => import("./inspect.js"),
    audit: () => import("./audit.js"),
    extract: () => import("./extract.js"),
    codec: () => import("./codec.js"),
    templates: () => import("./templates.js"),
    wizard: () => import("./wizard.js"),
};
const request = (name, usage, describe, examples, template) => ({
    name,
    usage,
    describe: `Request: ${describe}`,
    module: "csr",
    examples,
    ...(template ? { template } : {}),
});
export const COMMANDS = [
    request("create", "create <name> <image>", "create a unikernel from a Solo5 image", [
        ["$0 create web web.hvt --cpu=1 --mem=256 --net=service --restart-on-fail", "web.key and web.req"],
        ["$0 create web web.hvt --template web-unikernel --format json", "from a preset, the files and command as JSON"],
    ], true),
    request("restart", "restart <name>", "restart a unikernel, optionally with new arguments", [
        ["$0 restart web", "restart with the arguments it has"],
        ["$0 restart web --replace-arguments --arg='--hello=Hi there'", "restart with new boot arguments"],
    ], true),
    request("destroy", "destroy <name>", "destroy a unikernel", [["$0 destroy web", "web.key and web.req"]]),
    request("info", "info", "information about unikernels", [["$0 info --name web", "about web only"]]),
    request("get", "get <name>", "download a unikernel's image", [["$0 get web --compression-level 0", "uncompressed"]], true),
    request("console", "console <name>", "a unikernel's console output", [
        ["$0 console web --since=2024-01-02", "lines since midnight UTC"],
        ["$0 console web --issue", "a five-minute certificate signed by the CA of this folder"],
    ], true),
    request("stats", "stats", "statistics of unikernels", [["$0 stats --name web", "web's statistics"]]),
    request("stats-add", "stats-add <pid>", "add a process to statistics gathering", [
        ["$0 stats-add 4242 --name web --bridge service:tap0", "gather web's statistics from process 4242"],
    ]),
    request("stats-remove", "stats-remove", "remove a unikernel from statistics gathering", [["$0 stats-remove --name web", ""]]),
    request("policy", "policy", "show policies", [["$0 policy --path alice", "alice's policy"]]),
    request("add-policy", "add-policy <path> <unikernels>", "a sub-CA with a resource policy", [
        ["$0 add-policy alice 4 --mem=1024 --cpu=0 --cpu=1 --bridge=service", "alice.key and alice.req"],
        ["$0 add-policy bob --template tenant-medium", "a preset; given flags override it"],
    ], true),
    request("replace-policy", "replace-policy <path> <unikernels>", "Albatross 2.7: add-policy, replacing an existing policy", [
        ["$0 replace-policy alice 8 --mem=2048 --cpu=0 --cpu=1 --network=service --albatross 2.7", "alice.key and alice.req"],
    ]),
    request("remove-policy", "remove-policy", "remove a policy", [["$0 remove-policy --path alice", ""]]),
    request("inactive-consoles", "inactive-consoles", "Albatross 2.7: the consoles of unikernels that are gone", [
        ["$0 inactive-consoles --albatross 2.7", "..key and ..req (no name: the signing sub-CA's path)"],
    ]),
    request("block", "block", "information about block devices", [["$0 block --name data", ""]]),
    request("create-block", "create-block <name> <size>", "create a block device", [
        ["$0 create-block data 1024", "an empty 1024 MB block device"],
        ["$0 create-block data 16 --data disk.img", "filled from disk.img"],
    ], true),
    request("set-block", "set-block <name> <file>", "overwrite a block device with a file's content", [
        ["$0 set-block data disk.img", ""],
    ], true),
    request("dump-block", "dump-block <name>", "download a block device's content", [["$0 dump-block data", ""]], true),
    request("destroy-block", "destroy-block <name>", "destroy a block device", [["$0 destroy-block data", ""]]),
    {
        name: "request",
        usage: "request <json>",
        describe: "Request the command of a JSON form: what `inspect` or `decode --format json` printed, or a bare command",
        module: "csr",
        examples: [
            ["$0 inspect web.pem --format json | $0 request - --out-dir again", "the same command, requested again"],
            ["$0 request command.json --name web", "a bare command for CN web"],
        ],
    },
    {
        name: "generate",
        usage: "generate <name> <db>",
        describe: "Generate a certificate authority: <name>.key, cacert.pem, and a server key and certificate",
        module: "ca",
        examples: [
            ["$0 generate ops-ca ca.db --server albatross-server", "ops-ca.key, cacert.pem, albatross-server.key and .pem"],
            ["$0 generate ops-ca ca.db --key existing.key", "a CA certificate for a key you already have"],
            ["$0 generate ops-ca ca.db --encrypt-key --passphrase-file pass.txt", "ops-ca.key encrypted (openssl pkey -passin file:pass.txt reads it)"],
            ["$0 generate ops-ca ca.db --force", "a new cacert.pem for the existing ops-ca.key (keys are never replaced)"],
        ],
    },
    {
        name: "sign",
        usage: "sign <cacert> <db> <cakey> <csr..>",
        describe: "Sign requests: policy add gives a sub-CA, other commands a leaf, no command a server certificate",
        module: "ca",
        examples: [
            ["$0 sign cacert.pem ca.db ops-ca.key alice.req", "alice.pem, recorded in ca.db, kept in ca.db.certs/"],
            ["$0 sign alice.pem ca.db alice.key web.req --force", "re-sign web.req, replacing web.pem"],
            ["$0 sign alice.pem ca.db alice.key requests/*.req --out-dir issued", "a folder's worth at once: all signed, or none if one is refused"],
            ["$0 sign cacert.pem ca.db ops-ca.key alice.req --passphrase-file pass.txt", "with an encrypted CA key"],
        ],
    },
    {
        name: "renew",
        usage: "renew <cacert> <db> <cakey> <cert>",
        describe: "Issue a certificate again: same subject, key and Albatross command, fresh serial and validity, policy checked again",
        module: "ca",
        examples: [
            ["$0 renew alice.pem ca.db alice.key web.pem --days 7", "web.pem again, valid 7 days, recorded in ca.db"],
            ["$0 renew cacert.pem ca.db ops-ca.key server.pem", "the TLS endpoint's certificate for another year"],
        ],
    },
    {
        name: "list",
        usage: "list <db>",
        describe: "What a CA has issued: serial, CN, kind, Albatross name, command, policy and validity of each certificate in <db>",
        module: "ca",
        examples: [
            ["$0 list ca.db --kind sub-ca", "the sub-CAs and their policies"],
            ["$0 list ca.db --expiring 7d --format json", "what expires this week"],
        ],
    },
    {
        name: "inspect",
        usage: "inspect [files..]",
        describe: "Show what a certificate, chain, certificate request, key (public half only) or Albatross state dump holds (PEM or DER)",
        module: "inspect",
        examples: [
            ["$0 inspect web.pem", "subject, validity, profile and the embedded Albatross command"],
            ["$0 inspect web.pem --format json", "the same as JSON (`request` reads it back)"],
        ],
    },
    {
        name: "audit",
        usage: "audit [chain..]",
        describe: "What Albatross's TLS endpoint makes of a certificate chain (leaf first), with X.509 verification, validity and policy checks",
        module: "audit",
        examples: [
            ["$0 audit web.pem --ca cacert.pem", "accepted, name, policies, command and findings"],
            ["$0 audit web.pem --ca cacert.pem && deploy", "gate: exit status 1 unless accepted, verified and free of errors"],
            ["ls chains/*.pem | $0 audit --jsonl --ca cacert.pem", "one JSON result per chain"],
        ],
    },
    {
        name: "extract",
        usage: "extract <cert>",
        describe: "Write the image or block data inside a certificate or request back out, as the file that was requested",
        module: "extract",
        examples: [
            ["$0 extract web.pem --out web.hvt", "the image web.pem creates"],
            ["$0 extract data.req > disk.img", "to standard output"],
        ],
    },
    {
        name: "decode",
        usage: "decode [file]",
        describe: "Decode Albatross DER (certificate extension, wire message or state dump) to Albatross's text or JSON",
        module: "codec",
        examples: [
            ["$0 decode --kind extension --hex 300c020105a007a205a103020114", "console subscribe number 20"],
            ["$0 decode --kind dump albatross.dump --format json > dump.json", ""],
        ],
    },
    {
        name: "encode",
        usage: "encode [file]",
        describe: "Encode the JSON form (as `decode --format json` prints it) back to DER",
        module: "codec",
        examples: [["$0 encode --kind dump dump.json --format der > albatross.dump", ""]],
    },
    {
        name: "templates",
        usage: "templates",
        describe: "List the command presets (use one with `<command> ... --template NAME`; given flags override it)",
        module: "templates",
        examples: [["$0 templates --format json", ""]],
    },
    {
        name: "wizard",
        usage: "wizard [flow]",
        describe: "Interactive: set up a CA, delegate a sub-CA, request or sign certificates, inspect — prints the equivalent command line",
        module: "wizard",
        examples: [
            ["$0 wizard", "choose a task"],
            ["$0 wizard request", "straight to requesting a certificate"],
        ],
    },
];
export function commandNamed(name) {
    return COMMANDS.find((c) => c.name === name);
}
const TEMPLATE_OPTION = {
    type: "string",
    describe: "start from a command preset (see `albatross-ca templates`); given flags override it",
};
/** A command's yargs module: its usage and description from the table, examples and --template added. */
export function define(name, builder, handler) {
    const spec = commandNamed(name);
    if (spec === undefined)
        throw new Error(`${name} is not in the command table`);
    return {
        command: spec.usage,
        describe: spec.describe,
        builder: (b) => {
            let built = builder(b);
            if (spec.template)
                built = built.option("template", TEMPLATE_OPTION);
            // the explanation as a shell comment: one line per example, however narrow the terminal
            for (const [example, what] of spec.examples)
                built = built.example(what ? `${example}   # ${what}` : example, "");
            return built;
        },
        handler,
    };
}
//# sourceMappingURL=index.js.map