// Using albatross-ca as a library, without the CLI: build a command, put it
// in a CSR, sign it with an in-memory CA, and read the certificate back the
// way Albatross's TLS endpoint does.
//
//   npm run build && node dist/examples/library.js
import { buildRequest, createCommand, makeAuthority, signRequest } from "../src/ca/index.js";
import { decodeExtension } from "../src/codec/index.js";
import { auditChain, auditToText } from "../src/inspect/index.js";
import { nameOfString } from "../src/model/name.js";
import { ppCommand } from "../src/render/albatross.js";
import { buildSolo5Image } from "../src/solo5/index.js";
import { csrToPem, generateCa, generateKey, parseCertificate } from "../src/x509/index.js";
// The Albatross release is a plain value handed to what differs between releases.
const release = "2.7";
const ca = await generateCa("example-ca", "p256");
const authority = makeAuthority(ca.certificate.pem, ca.key, release);
// A create command, exactly as `albatross-ca create web web.hvt --mem=64 --net=service` builds it.
const image = buildSolo5Image({ target: "hvt", devices: [{ name: "service", type: "net" }] });
const command = createCommand({ image, memory: 64n, bridges: [{ name: "service", bridge: null, mac: null }] });
console.log("command:", ppCommand(command, release));
const request = await buildRequest(command, nameOfString("web"), await generateKey("ed25519"), release);
const signed = await signRequest(authority, csrToPem(request.der), { release });
console.log(`signed CN=${signed.commonName} as a ${signed.profile} certificate, serial ${signed.certificate.serialHex}`);
// What the certificate carries, decoded by the same grammar Albatross uses.
const extension = parseCertificate(signed.certificate.der).albatrossExtension;
console.log("extension:", ppCommand(decodeExtension(extension.value, release).command, release, { verbose: true }));
const audit = await auditChain(signed.chainPem, { ca: ca.certificate.pem, release });
console.log(auditToText(audit));
//# sourceMappingURL=library.js.map