import * as asn1js from "asn1js";
import * as pkijs from "pkijs";

import { parseDer } from "./der.js";
import { ensureEngine } from "./engine.js";
import { errorMessage, X509Error } from "./errors.js";
import { ALBATROSS_EXTENSION_OID, albatrossExtension, EXTENSION_REQUEST_OID } from "./extensions.js";
import { decodePublicKeyInfo, type KeyType, keyTypeOfSpki, signatureHash, type SigningKey } from "./keys.js";
import { commonNameOf, commonNameSubject } from "./names.js";
import { checkRequestOuter } from "./csr-outer.js";
import { derFromInput, encodePem } from "./pem.js";

export interface CertificateRequestInfo {
  readonly der: Uint8Array;
  readonly subjectCn: string | null;
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
 */
export async function createCsr(commonName: string, key: SigningKey, extensionValue?: Uint8Array): Promise<Uint8Array> {
  const engine = key.engine ?? ensureEngine();
  const attributes =
    extensionValue === undefined
      ? []
      : [
          new pkijs.Attribute({
            type: EXTENSION_REQUEST_OID,
            values: [new pkijs.Extensions({ extensions: [albatrossExtension(extensionValue)] }).toSchema()],
          }),
        ];
  const request = new pkijs.CertificationRequest({
    version: 0,
    subject: commonNameSubject(commonName),
    subjectPublicKeyInfo: decodePublicKeyInfo(key.spki),
    attributes,
  });
  await request.sign(key.privateKey, signatureHash(key.keyType), engine);
  // encode the signed fields again: toSchema(false) re-parses them with asn1js's default limits
  return new Uint8Array(request.toSchema(true).toBER(false));
}

export function csrToPem(der: Uint8Array): string {
  return encodePem("CERTIFICATE REQUEST", der);
}

/** Parse a CSR (PEM or DER) and check its self-signature; a CSR that does not verify is refused. */
export async function parseCsr(input: string | Uint8Array): Promise<CertificateRequestInfo> {
  const der = derFromInput(input, "CERTIFICATE REQUEST");
  checkRequestOuter(der);
  const schema = parseDer(der, "certificate request");
  let request: pkijs.CertificationRequest;
  try {
    request = new pkijs.CertificationRequest({ schema });
  } catch (error) {
    throw new X509Error(`not a valid certificate request: ${errorMessage(error)}`);
  }
  let verified: boolean;
  try {
    verified = await request.verify(ensureEngine());
  } catch (error) {
    throw new X509Error(`cannot verify the certificate request signature: ${errorMessage(error)}`);
  }
  if (!verified) {
    throw new X509Error("the certificate request signature does not verify");
  }
  const publicKey = new Uint8Array(request.subjectPublicKeyInfo.toSchema().toBER(false));
  return {
    der,
    subjectCn: commonNameOf(request.subject),
    publicKey,
    publicKeyType: keyTypeOfSpki(publicKey),
    albatrossExtension: requestedAlbatrossExtension(request),
    signatureAlgorithmOid: request.signatureAlgorithm.algorithmId,
  };
}

function requestedAlbatrossExtension(request: pkijs.CertificationRequest): Uint8Array | null {
  const requests = (request.attributes ?? []).filter((attribute) => attribute.type === EXTENSION_REQUEST_OID);
  if (requests.length > 1) {
    throw new X509Error("the certificate request has more than one extensionRequest attribute");
  }
  const [extensionRequest] = requests;
  if (extensionRequest === undefined) {
    return null;
  }
  const values = extensionRequest.values ?? [];
  if (values.length !== 1) {
    throw new X509Error(`the extensionRequest attribute must hold exactly one value, it holds ${values.length}`);
  }
  // Extensions ::= SEQUENCE SIZE (1..MAX) OF Extension; pkijs's own complaints name its schema, not the problem
  const [value] = values as [unknown];
  if (!(value instanceof asn1js.Sequence)) {
    throw new X509Error("the extensionRequest attribute does not hold a list of extensions");
  }
  if (value.valueBlock.value.length === 0) {
    throw new X509Error("the extensionRequest attribute holds an empty list of extensions");
  }
  let extensions: pkijs.Extensions;
  try {
    extensions = new pkijs.Extensions({ schema: value });
  } catch {
    throw new X509Error("the extensionRequest attribute holds a malformed extension");
  }
  const found = extensions.extensions.filter((extension) => extension.extnID === ALBATROSS_EXTENSION_OID);
  if (found.length > 1) {
    throw new X509Error("the certificate request has the Albatross extension more than once");
  }
  return found[0] === undefined ? null : new Uint8Array(found[0].extnValue.valueBlock.valueHexView);
}
