// The state dump (vmm_asn.ml: state). Five layouts, one per era; dumps are
// always written in the newest (unikernels and policies).

import { AsnError } from "../asn1/der.js";
import {
  type Asn,
  choice,
  decodeOnly,
  explicit,
  map,
  required,
  sequence,
  sequenceOf,
  utf8String,
} from "../asn1/schema.js";
import type { Dump } from "../model/dump.js";
import { type Name, nameOfString, nameToList, nameToString } from "../model/name.js";
import type { Policy } from "../model/policy.js";
import { compareValues } from "../model/sets.js";
import type { UnikernelConfig } from "../model/unikernel.js";
import type { Named } from "../model/wire.js";
import { policy } from "./base.js";
import { unikernelConfig, v0UnikernelConfig, v1UnikernelConfig, v2UnikernelConfig } from "./unikernel.js";

function compareLabels(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = compareValues(a[i]!, b[i]!);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

/**
 * Albatross keeps these in a trie keyed by the name's labels: a name occurs
 * once, and entries come in label order, a path before what is below it.
 */
export function trieOrder<T>(entries: readonly Named<T>[]): Named<T>[] {
  const keyed = entries.map((e) => ({ e, labels: nameToList(e.name) }));
  keyed.sort((x, y) => compareLabels(x.labels, y.labels));
  keyed.forEach((k, i) => {
    if (i > 0 && compareLabels(keyed[i - 1]!.labels, k.labels) === 0) {
      throw new AsnError(`duplicate name in dump: ${nameToString(k.e.name)}`);
    }
  });
  return keyed.map((k) => k.e);
}

function trie<T>(value: Asn<T>): Asn<Named<T>[]> {
  return map(
    sequenceOf(sequence({ name: required(utf8String), value: required(value) })),
    (xs) => trieOrder(xs.map((x) => ({ name: nameOfString(x.name) as Name, value: x.value }))),
    (xs) => trieOrder(xs).map((x) => ({ name: nameToString(x.name), value: x.value })),
  );
}

const unikernelsOnly = (unikernels: Named<UnikernelConfig>[]): Dump => ({ unikernels, policies: [] });

export const dump: Asn<Dump> = choice<Dump>(
  [
    decodeOnly(explicit(0, trie(v1UnikernelConfig)), unikernelsOnly, "unikernel-OLD1 dump"),
    decodeOnly(explicit(1, trie(v0UnikernelConfig)), unikernelsOnly, "unikernel-OLD0 dump"),
    decodeOnly(explicit(2, trie(v2UnikernelConfig)), unikernelsOnly, "unikernel-OLD2 dump"),
    decodeOnly(explicit(3, trie(unikernelConfig)), unikernelsOnly, "unikernel dump"),
    explicit(
      4,
      sequence({
        unikernels: required(trie(unikernelConfig)),
        policies: required(trie<Policy>(policy)),
      }),
    ),
  ],
  () => 4,
);
