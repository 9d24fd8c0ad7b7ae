// yargs glue: how option values arrive from the parser.

import { CliError } from "./errors.js";

/** A repeatable option as yargs hands it over: absent, once (a string) or several times. */
export function repeated(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** A single-valued option given twice comes as an array: refuse rather than pick one. */
export function single(value: string | string[] | undefined, option: string): string | undefined {
  if (Array.isArray(value)) throw new CliError(`${option} given ${value.length} times, expected at most once`);
  return value;
}

/** `{ key: value }` when the option was given, else `{}`: the library's default then applies. */
export function ifGiven<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
