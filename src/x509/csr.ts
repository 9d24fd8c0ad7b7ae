import type { KeyObject } from "node:crypto";

import { children, Cls, content, describeTlv, type Encoded, encodedBytes, readTlv, type Tlv, wrap } from "../asn1/der.js";
import { sameBytes } from "./der.js";
import { errorMessage, X509Error } from "./errors.js";
import { ALBATROSS_EXTENSION_OID, albatrossExtension, EXTENSION_REQUEST_OID } from "./extensions.js";
import { type KeyType, keyTypeOfPublicKey, publicKeyObject, type SigningKey } from "./keys.js";
import { type AlgorithmIdentifier, algorithmIdentifier } from "./grammar.js";
import { commonNameOfDer } from "./names.js";
import { checkRequestOuter } from "./csr-outer.js";
import { derFromInput, encodePem } from "./pem.js";
import { verifySignature } from "./verify.js";
import { commonNameName, integer, oid, oidContent, sequence, set, signed } from "./write.js";

export interface CertificateRequestInfo {
  readonly der: Uint8Array;
  readonly subjectCn: string | null;
  /** The subject Name's DER (a view into `der`). */
  readonly subjectName: Uint8Array;
  /** SubjectPublicKeyInfo DER. */
  readonly publicKey: Uint8Array;
  readonly publicKeyType: KeyType | null;
  /** The value of extension 1.3.6.1.4.1.49836.42 in the extensionRequest attribute, or null. */
  readonly albatrossExtension: Uint8Array | null;
  readonly signatureAlgorithmOid: string;
}

/**
 * A PKCS#10 request for `CN=<commonName>`, as albatross-client writes it: the
 * Albatross extension (if any) alone in a PKCS#9 extensionRequest attribute.
 * The extension value may be given as its parts (a whole image): it is then
 * copied only into the request.
 */
export async function createCsr(commonName: string, key: SigningKey, extensionValue?: Uint8Array | Encoded): Promise<Uint8Array> {
  const attributes =
    extensionValue === undefined
      ? []
      : [sequence(oid(EXTENSION_REQUEST_OID), set(sequence(albatrossExtension(extensionValue))))];
  // version 0, subject, key, attributes [0] IMPLICIT SET OF Attribute
  const info = sequence(integer(Uint8Array.of(0)), commonNameName(commonName), encodedBytes(key.spki), wrap(Cls.Context, true, 0, attributes));
  return await signed(info, key);
}

export function csrToPem(der: Uint8Array): string {
  return encodePem("CERTIFICATE REQUEST", der);
}

/** Parse a CSR (PEM or DER) and check its self-signature; a CSR that does not verify is refused. */
export async function parseCsr(input: string | Uint8Array): Promise<CertificateRequestInfo> {
  const der = derFromInput(input, "CERTIFICATE REQUEST");
  checkRequestOuter(der);
  const request = readRequest(der);
  const publicKey = der.slice(request.spki.at, request.spki.end);
  let key: KeyObject;
  let algorithm: AlgorithmIdentifier;
  let verified: boolean;
  try {
    key = publicKeyObject(publicKey);
    algorithm = algorithmIdentifier.decode(request.signatureAlgorithm);
    verified = verifySignature(algorithm, key, der.subarray(request.info.at, request.info.end), request.signature);
  } catch (error) {
    throw new X509Error(`cannot verify the certificate request signature: ${errorMessage(error)}`);
  }
  if (!verified) {
    throw new X509Error("the certificate request signature does not verify");
  }
  return {
    der,
    subjectCn: subjectCommonName(der.subarray(request.subject.at, request.subject.end)),
    subjectName: der.subarray(request.subject.at, request.subject.end),
    publicKey,
    publicKeyType: keyTypeOfPublicKey(key),
    albatrossExtension: requestedAlbatrossExtension(request.attributes),
    signatureAlgorithmOid: algorithm.algorithm,
  };
}

interface RequestFields {
  /** certificationRequestInfo, the signed part */
  readonly info: Tlv;
  readonly subject: Tlv;
  readonly spki: Tlv;
  readonly attributes: readonly Tlv[];
  readonly signatureAlgorithm: Tlv;
  readonly signature: Uint8Array;
}

/**
 * The fields of a request whose outer structure `checkRequestOuter` took:
 * `SEQUENCE { SEQUENCE { version 0, subject, spki, [0] attributes },
 * signatureAlgorithm, BIT STRING }`, read by our TLV layer, so the
 * extension's contents (a whole image) stay where they are in the input.
 */
function readRequest(der: Uint8Array): RequestFields {
  try {
    const outer = readTlv(der, 0, der.length);
    const [info, signatureAlgorithm, signature] = children(der, outer.start, outer.end) as [Tlv, Tlv, Tlv];
    const [version, subject, spki, attributes, ...rest] = children(der, info.start, info.end);
    expect(version, 2, false) && expect(subject, 16, true) && expect(spki, 16, true);
    if (attributes === undefined || attributes.cls !== Cls.Context || attributes.num !== 0 || !attributes.constructed) {
      throw new Error("expected the attributes [0]");
    }
    if (rest.length > 0) throw new Error("trailing fields after the attributes");
    if (version!.end - version!.start !== 1 || der[version!.start] !== 0) throw new Error("version must be 0 (v1)");
    return {
      info,
      subject: subject!,
      spki: spki!,
      attributes: children(der, attributes.start, attributes.end),
      signatureAlgorithm,
      signature: content(signature).subarray(1),
    };
  } catch (error) {
    throw new X509Error(`not a valid certificate request: ${errorMessage(error)}`);
  }
}

function expect(t: Tlv | undefined, num: number, constructed: boolean): true {
  if (t === undefined) throw new Error("missing fields");
  if (t.cls !== Cls.Universal || t.num !== num || t.constructed !== constructed) {
    throw new Error(`unexpected ${describeTlv(t)}`);
  }
  return true;
}

function subjectCommonName(name: Uint8Array): string | null {
  try {
    return commonNameOfDer(name);
  } catch (error) {
    if (error instanceof X509Error) throw error;
    throw new X509Error(`not a valid certificate request: ${errorMessage(error)}`);
  }
}

const sameOid = (t: Tlv, dotted: string) => t.cls === Cls.Universal && t.num === 6 && sameBytes(content(t), oidContent(dotted));

/** The TLVs inside `t`; bytes that are none are `problem`. */
function contents(t: Tlv, problem: string): Tlv[] {
  try {
    return children(t.buf, t.start, t.end);
  } catch {
    throw new X509Error(problem);
  }
}

/** Attribute ::= SEQUENCE { type OBJECT IDENTIFIER, values SET OF ANY } */
function attributeFields(attribute: Tlv): { type: Tlv; buf: Uint8Array; values: Tlv[] } {
  const malformed = "malformed certificate request attribute";
  const [type, values, ...rest] = contents(attribute, malformed);
  if (type === undefined || values === undefined || rest.length > 0 || values.num !== 17 || !values.constructed) {
    throw new X509Error(malformed);
  }
  return { type, buf: attribute.buf, values: contents(values, malformed) };
}

/** The Albatross extension of the extensionRequest attribute (a view into the request), or null. */
function requestedAlbatrossExtension(attributes: readonly Tlv[]): Uint8Array | null {
  const requests = attributes.map(attributeFields).filter(({ type }) => sameOid(type, EXTENSION_REQUEST_OID));
  if (requests.length > 1) {
    throw new X509Error("the certificate request has more than one extensionRequest attribute");
  }
  const [extensionRequest] = requests;
  if (extensionRequest === undefined) {
    return null;
  }
  const { buf, values } = extensionRequest;
  if (values.length !== 1) {
    throw new X509Error(`the extensionRequest attribute must hold exactly one value, it holds ${values.length}`);
  }
  // Extensions ::= SEQUENCE SIZE (1..MAX) OF Extension
  const [value] = values as [Tlv];
  if (value.cls !== Cls.Universal || value.num !== 16 || !value.constructed) {
    throw new X509Error("the extensionRequest attribute does not hold a list of extensions");
  }
  const extensions = contents(value, "the extensionRequest attribute holds a malformed extension");
  if (extensions.length === 0) {
    throw new X509Error("the extensionRequest attribute holds an empty list of extensions");
  }
  const found: Uint8Array[] = [];
  try {
    for (const ext of extensions) {
      expect(ext, 16, true);
      const [id, ...rest] = children(buf, ext.start, ext.end);
      const value = rest[rest.length - 1];
      expect(id, 6, false) && expect(value, 4, false);
      if (rest.length === 2) expect(rest[0], 1, false);
      if (rest.length > 2) throw new Error("an extension has too many fields");
      if (sameOid(id!, ALBATROSS_EXTENSION_OID)) found.push(content(value!));
    }
  } catch {
    throw new X509Error("the extensionRequest attribute holds a malformed extension");
  }
  if (found.length > 1) {
    throw new X509Error("the certificate request has the Albatross extension more than once");
  }
  return found[0] ?? null;
}
