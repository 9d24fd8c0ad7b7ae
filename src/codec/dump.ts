// The state dump (vmm_asn.ml: state). One layout per era; each release
// writes its newest (2.4.1 tag 4, 2.7.2 tag 6) and reads the older ones.

import { AsnError } from "../asn1/der.js";
import {
  type Asn,
  decodeOnly,
  explicit,
  map,
  nul,
  required,
  sequence,
  sequenceOf,
} from "../asn1/schema.js";
import type { Dump } from "../model/dump.js";
import { type Name, nameToString } from "../model/name.js";
import type { Policy } from "../model/policy.js";
import { compareValues } from "../model/sets.js";
import type { UnikernelConfig } from "../model/unikernel.js";
import type { Named } from "../model/wire.js";
import type { Release } from "../model/release.js";
import { type Arm, BOTH, V24, V27, arm, perRelease, releaseChoice } from "./arms.js";
import { name, policy } from "./base.js";
import { unikernelLayouts } from "./unikernel.js";

/** Name.to_list's labels of two names in order (compared where they lie: no list made of each). */
function compareNames(a: Name, b: Name): number {
  const na = a.path.length + (a.name === null ? 0 : 1);
  const nb = b.path.length + (b.name === null ? 0 : 1);
  for (let i = 0; i < na && i < nb; i++) {
    const c = compareValues(labelAt(a, i), labelAt(b, i));
    if (c !== 0) return c;
  }
  return na - nb;
}

const labelAt = (n: Name, i: number): string => (i < n.path.length ? n.path[i]! : n.name!);

/**
 * Albatross keeps these in a trie keyed by the name's labels: a name occurs
 * once, and entries come in label order, a path before what is below it.
 * What Albatross wrote is in that order already: checked in one pass, sorted
 * only when not.
 */
export function trieOrder<T>(entries: readonly Named<T>[]): Named<T>[] {
  let ordered = true;
  for (let i = 1; i < entries.length && ordered; i++) ordered = compareNames(entries[i - 1]!.name, entries[i]!.name) < 0;
  if (ordered) return entries.slice();
  const sorted = [...entries].sort((x, y) => compareNames(x.name, y.name));
  for (let i = 1; i < sorted.length; i++) {
    if (compareNames(sorted[i - 1]!.name, sorted[i]!.name) === 0) {
      throw new AsnError(`duplicate name in dump: ${nameToString(sorted[i]!.name)}`);
    }
  }
  return sorted;
}

function trie<T>(release: Release, value: Asn<T>): Asn<Named<T>[]> {
  return map(
    sequenceOf(sequence({ name: required(name[release]), value: required(value) })),
    (xs) => trieOrder(xs),
    (xs) => trieOrder(xs),
  );
}

const unikernelsOnly = (unikernels: Named<UnikernelConfig>[]): Dump => ({ unikernels, policies: [] });

function withPolicies(release: Release, configs: Asn<UnikernelConfig>): Asn<Dump> {
  return sequence({ unikernels: required(trie(release, configs)), policies: required(trie<Policy>(release, policy)) });
}

function dumpArms(release: Release): Arm<Dump>[] {
  const u = unikernelLayouts[release];
  return [
    arm(decodeOnly(explicit(0, trie(release, u.v1Config)), unikernelsOnly, "unikernel-OLD1 dump"), BOTH),
    arm(decodeOnly(explicit(1, trie(release, u.v0Config)), unikernelsOnly, "unikernel-OLD0 dump"), BOTH),
    arm(decodeOnly(explicit(2, trie(release, u.v2Config)), unikernelsOnly, "unikernel-OLD2 dump"), BOTH),
    arm(decodeOnly(explicit(3, trie(release, u.v3Config)), unikernelsOnly, "unikernel-OLD3 dump"), BOTH),
    // [4] v3 configs and policies: what 2.4.1 writes
    arm(explicit(4, withPolicies(release, u.v3Config)), BOTH, V24),
    // [5] v4 configs (2.5 – 2.6)
    arm(explicit(5, withPolicies(release, u.v4Config)), V27),
    // [6] current configs: what 2.7.2 writes
    arm(explicit(6, withPolicies(release, u.config)), V27, V27),
    arm(
      decodeOnly(
        explicit(7, nul),
        (): Dump => {
          throw new AsnError("not yet implemented");
        },
        "NYI dump",
      ),
      V27,
    ),
  ];
}

/** The dump's arms of each release (for the release table). */
export const DUMP_ARMS: Record<Release, readonly Arm<Dump>[]> = perRelease(dumpArms);

export const dump: Record<Release, Asn<Dump>> = perRelease((r) => releaseChoice(r, DUMP_ARMS[r], () => "this dump"));
