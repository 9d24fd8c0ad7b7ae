import { FileError } from "./errors.js";

/** An Albatross label: 1..63 of `a-z A-Z 0-9 - .`, not starting with `-`. */
const LABEL = /^[A-Za-z0-9.][A-Za-z0-9.-]{0,62}$/;

/**
 * A name taken from a certificate (its CN) becomes `<CN>.pem` and `<CN>.key`;
 * whoever wrote the CSR chose it. Only a plain Albatross label may become a
 * file name: no `/` or `:`, and not `.` or `..`, which name directories.
 */
export function safeFileName(name: string): string {
  if (!LABEL.test(name) || name === "." || name === "..") {
    throw new FileError(
      `${JSON.stringify(name)} is not safe as a file name (expected 1 to 63 of a-z A-Z 0-9 - ., not starting with -, not . or ..)`,
    );
  }
  return name;
}
