/** Every failure of the X.509 layer: one line saying what is wrong with which input. */
export class X509Error extends Error {
  override name = "X509Error";
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
