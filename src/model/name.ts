// Albatross names (Vmm_core.Name): a path of sub-CA labels plus an optional
// final label, the unikernel name. "sub:foo.bar" is path [sub], name foo.bar;
// "foo:" is the path [foo] alone; ":" is the root.

export interface Name {
  readonly path: readonly string[];
  readonly name: string | null;
}

export class NameError extends Error {
  override name = "NameError";
}

const LABEL = /^[a-zA-Z0-9.][a-zA-Z0-9.-]{0,62}$/;

/** 1..63 characters of a-z A-Z 0-9 - ., not starting with '-'. */
export function isValidLabel(s: string): boolean {
  return LABEL.test(s);
}

export const root: Name = { path: [], name: null };

export function pathOfString(s: string): string[] {
  const parts = s.split(":");
  const labels = parts[0] === "" ? parts.slice(1) : parts;
  if (!labels.every(isValidLabel)) throw new NameError("invalid path");
  return labels;
}

function ofPath(labels: string[]): Name {
  if (labels.length === 0) throw new NameError("empty name");
  return { path: labels.slice(0, -1), name: labels[labels.length - 1]! };
}

/** Name.of_string, with Albatross's error messages. */
export function nameOfString(s: string): Name {
  if (s === "") throw new NameError("empty name");
  if (s.endsWith(":")) return { path: pathOfString(s.slice(0, -1)), name: null };
  let labels: string[];
  try {
    labels = pathOfString(s);
  } catch {
    throw new NameError("invalid name");
  }
  return ofPath(labels);
}

/** Name.to_string: "a:b:name", ":name" at the root, "a:b:" for a path. */
export function nameToString(n: Name): string {
  return `${n.path.join(":")}:${n.name ?? ""}`;
}

/** Name.pp: "[unikernel: a:b:name]". */
export function ppName(n: Name): string {
  return `[unikernel: ${nameToString(n)}]`;
}

/** Name.to_list: the labels, the unikernel name last. */
export function nameToList(n: Name): string[] {
  return n.name === null ? [...n.path] : [...n.path, n.name];
}

/** The path in to_string form without the trailing colon ("sub:subsub"). */
export function pathToString(path: readonly string[]): string {
  return path.join(":");
}

export function createName(path: readonly string[], name: string): Name {
  if (!isValidLabel(name)) throw new NameError(`invalid name: ${name}`);
  return { path: [...path], name };
}

export function appendPath(path: readonly string[], label: string): string[] {
  if (!isValidLabel(label)) throw new NameError(`invalid path: ${label}`);
  return [...path, label];
}
