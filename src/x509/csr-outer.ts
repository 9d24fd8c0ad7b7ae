// The outer structure of a PKCS#10 request, checked before asn1js (a BER
// reader) and pkijs see it, as strictly as openssl's and ocaml-x509's DER
// readers:
//
//   CertificationRequest ::= SEQUENCE {
//     certificationRequestInfo  CertificationRequestInfo,   -- a SEQUENCE
//     signatureAlgorithm        AlgorithmIdentifier,        -- SEQUENCE { OID, params OPTIONAL }
//     signature                 BIT STRING }                -- no unused bits
//
// DER lengths (no indefinite or padded forms, nothing after the request),
// and algorithm parameters that fit the algorithm (none for Ed25519 and
// ECDSA, NULL or none for RSA PKCS#1 v1.5).

import { AsnError, Cls, type Tlv, children, content, readTlv } from "../asn1/der.js";
import { signatureAlgorithmOf } from "./algorithms.js";
import { X509Error } from "./errors.js";

const fail = (problem: string): never => {
  throw new X509Error(`certificate request: ${problem}`);
};

function universal(t: Tlv | undefined, num: number, constructed: boolean, what: string): Tlv {
  if (t === undefined) return fail(`${what} is missing`);
  if (t.cls !== Cls.Universal || t.num !== num || t.constructed !== constructed) return fail(`${what} has the wrong type`);
  return t;
}

function oidToString(c: Uint8Array): string {
  if (c.length === 0 || (c[c.length - 1]! & 0x80) !== 0) return fail("the signature algorithm's OID is malformed");
  const arcs: number[] = [];
  let v = 0;
  for (const b of c) {
    if (v === 0 && b === 0x80) return fail("the signature algorithm's OID is malformed");
    v = v * 128 + (b & 0x7f);
    if ((b & 0x80) === 0) {
      arcs.push(v);
      v = 0;
    }
  }
  const first = arcs.shift()!;
  const head = first < 80 ? [Math.floor(first / 40), first % 40] : [2, first - 80];
  return [...head, ...arcs].join(".");
}

function checkAlgorithm(t: Tlv): void {
  const [oid, params, ...rest] = children(t.buf, t.start, t.end);
  const id = oidToString(content(universal(oid, 6, false, "the signature algorithm's OID")));
  if (rest.length) fail("the signature algorithm has more than an OID and parameters");
  const known = signatureAlgorithmOf(id);
  if (known === undefined) return; // the signature check names it
  const isNull = params !== undefined && params.cls === Cls.Universal && params.num === 5 && !params.constructed && params.end === params.start;
  if (params !== undefined && (known.parameters === "absent" || !isNull)) {
    fail(`the ${known.name} signature algorithm takes ${known.parameters === "absent" ? "no parameters" : "NULL parameters or none"}`);
  }
}

export function checkRequestOuter(der: Uint8Array): void {
  try {
    const outer = universal(readTlv(der, 0, der.length), 16, true, "the request");
    if (outer.end !== der.length) fail(`${der.length - outer.end} bytes after the request`);
    const [info, algorithm, signature, ...rest] = children(der, outer.start, outer.end);
    universal(info, 16, true, "certificationRequestInfo");
    checkAlgorithm(universal(algorithm, 16, true, "the signature algorithm"));
    const bits = content(universal(signature, 3, false, "the signature"));
    if (bits.length < 2) fail("the signature is empty");
    if (bits[0] !== 0) fail(`the signature BIT STRING has ${bits[0]} unused bits (a signature is whole octets)`);
    if (rest.length) fail("the request has more than three elements");
  } catch (e) {
    if (e instanceof AsnError) fail(`not DER: ${e.message}`);
    throw e;
  }
}
