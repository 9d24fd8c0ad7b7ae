// The commands (vmm_asn.ml: console_cmd, stats_cmd, unikernel_cmd,
// policy_cmd, block_cmd, wire_command) and the certificate extension.
// Tags inside one command family are unique, so nested choices are flattened.

import { AsnError } from "../asn1/der.js";
import {
  type Asn,
  boolean,
  choice,
  decodeOnly,
  explicit,
  generalizedTime,
  integer,
  map,
  nul,
  octetString,
  optional,
  required,
  sequence,
  sequenceOf,
  utcTime,
  utf8String,
} from "../asn1/schema.js";
import type {
  BlockCommand,
  CertExtension,
  Command,
  ConsoleCommand,
  PolicyCommand,
  SinceCount,
  StatsCommand,
  UnikernelCommand,
} from "../model/command.js";
import { familyOf } from "../model/command.js";
import type { Time } from "../model/time.js";
import { absent, nullable, policy, version } from "./base.js";
import {
  unikernelArguments,
  unikernelConfig,
  v1UnikernelConfig,
  v2UnikernelConfig,
} from "./unikernel.js";

/** An alternative with no content: [n] NULL. */
function constant<T>(num: number, value: T): Asn<T> {
  return map(explicit(num, nul), () => value, () => null);
}

function sinceCount(time: Asn<Time>): Asn<SinceCount> {
  return choice<SinceCount>(
    [
      map(explicit(0, time), (since): SinceCount => ({ kind: "since", since }), (s) => (s as { since: Time }).since),
      map(explicit(1, integer), (count): SinceCount => ({ kind: "count", count }), (s) => (s as { count: bigint }).count),
    ],
    (s) => (s.kind === "since" ? 0 : 1),
  );
}

export const consoleCommand: Asn<ConsoleCommand> = choice<ConsoleCommand>(
  [
    constant(0, { kind: "console_add" }),
    map(
      explicit(1, sinceCount(utcTime)),
      (subscribe): ConsoleCommand => ({ kind: "old_console_subscribe", subscribe }),
      (c) => (c as { subscribe: SinceCount }).subscribe,
    ),
    map(
      explicit(2, sinceCount(generalizedTime)),
      (subscribe): ConsoleCommand => ({ kind: "console_subscribe", subscribe }),
      (c) => (c as { subscribe: SinceCount }).subscribe,
    ),
  ],
  (c) => ({ console_add: 0, old_console_subscribe: 1, console_subscribe: 2 })[c.kind],
);

export const statsCommand: Asn<StatsCommand> = choice<StatsCommand>(
  [
    map(
      explicit(
        0,
        sequence({
          vmmdev: required(utf8String),
          pid: required(integer),
          network: required(sequenceOf(sequence({ bridge: required(utf8String), tap: required(utf8String) }))),
        }),
      ),
      (v): StatsCommand => ({ kind: "stats_add", vmmdev: v.vmmdev, pid: v.pid, taps: v.network }),
      (c) => {
        const a = c as Extract<StatsCommand, { kind: "stats_add" }>;
        return { vmmdev: a.vmmdev, pid: a.pid, network: a.taps };
      },
    ),
    constant(1, { kind: "stats_remove" }),
    constant(2, { kind: "stats_subscribe" }),
    constant(3, { kind: "stats_initial" }),
  ],
  (c) => ({ stats_add: 0, stats_remove: 1, stats_subscribe: 2, stats_initial: 3 })[c.kind],
);

type Create = Extract<UnikernelCommand, { kind: "unikernel_create" | "unikernel_force_create" }>;

function create(num: number, kind: Create["kind"], config: Asn<Create["config"]>): Asn<UnikernelCommand> {
  return map(explicit(num, config), (config): UnikernelCommand => ({ kind, config }), (c) => (c as Create).config);
}

const restartArguments = choice<UnikernelCommand>(
  [
    constant(0, { kind: "unikernel_restart", arguments: null }),
    map(
      explicit(1, unikernelArguments),
      (args): UnikernelCommand => ({ kind: "unikernel_restart", arguments: args }),
      (c) => (c as Extract<UnikernelCommand, { kind: "unikernel_restart" }>).arguments!,
    ),
  ],
  (c) => ((c as Extract<UnikernelCommand, { kind: "unikernel_restart" }>).arguments ? 1 : 0),
);

export const unikernelCommand: Asn<UnikernelCommand> = choice<UnikernelCommand>(
  [
    /* 0 */ constant(0, { kind: "old_unikernel_info1" }),
    /* 1 */ decodeOnly(explicit(1, v1UnikernelConfig), (config): UnikernelCommand => ({ kind: "unikernel_create", config }), "create-OLD1"),
    /* 2 */ decodeOnly(explicit(2, v1UnikernelConfig), (config): UnikernelCommand => ({ kind: "unikernel_force_create", config }), "force-create-OLD1"),
    /* 3 */ constant(3, { kind: "unikernel_destroy" }),
    /* 4 */ decodeOnly(explicit(4, v2UnikernelConfig), (config): UnikernelCommand => ({ kind: "unikernel_create", config }), "create-OLD2"),
    /* 5 */ decodeOnly(explicit(5, v2UnikernelConfig), (config): UnikernelCommand => ({ kind: "unikernel_force_create", config }), "force-create-OLD2"),
    /* 6 */ constant(6, { kind: "old_unikernel_get" }),
    /* 7 */ constant(7, { kind: "old_unikernel_info2" }),
    /* 8 get-OLD2 */ decodeOnly(explicit(8, nul), (): UnikernelCommand => ({ kind: "unikernel_get", level: 0n }), "get-OLD2"),
    /* 9 */ create(9, "unikernel_create", unikernelConfig),
    /* 10 */ create(10, "unikernel_force_create", unikernelConfig),
    /* 11 */ map(
      explicit(11, integer),
      (level): UnikernelCommand => ({ kind: "unikernel_get", level }),
      (c) => (c as Extract<UnikernelCommand, { kind: "unikernel_get" }>).level,
    ),
    /* 12 restart-OLD */ decodeOnly(explicit(12, nul), (): UnikernelCommand => ({ kind: "unikernel_restart", arguments: null }), "restart-OLD"),
    /* 13 */ constant(13, { kind: "old_unikernel_info3" }),
    /* 14 */ explicit(14, restartArguments),
    /* 15 */ constant(15, { kind: "unikernel_info" }),
  ],
  (c) =>
    ({
      old_unikernel_info1: 0,
      unikernel_destroy: 3,
      old_unikernel_get: 6,
      old_unikernel_info2: 7,
      unikernel_create: 9,
      unikernel_force_create: 10,
      unikernel_get: 11,
      old_unikernel_info3: 13,
      unikernel_restart: 14,
      unikernel_info: 15,
    })[c.kind],
);

export const policyCommand: Asn<PolicyCommand> = choice<PolicyCommand>(
  [
    constant(0, { kind: "policy_info" }),
    map(
      explicit(1, policy),
      (p): PolicyCommand => ({ kind: "policy_add", policy: p }),
      (c) => (c as Extract<PolicyCommand, { kind: "policy_add" }>).policy,
    ),
    constant(2, { kind: "policy_remove" }),
  ],
  (c) => ({ policy_info: 0, policy_add: 1, policy_remove: 2 })[c.kind],
);

type BlockAdd = Extract<BlockCommand, { kind: "block_add" }>;
type BlockSet = Extract<BlockCommand, { kind: "block_set" }>;

export const blockCommand: Asn<BlockCommand> = choice<BlockCommand>(
  [
    constant(0, { kind: "block_info" }),
    decodeOnly(explicit(1, integer), (size): BlockCommand => ({ kind: "block_add", size, compressed: false, data: null }), "add-OLD"),
    constant(2, { kind: "block_remove" }),
    map(
      explicit(3, sequence({ size: required(integer), compress: required(boolean), data: optional(octetString) })),
      (v): BlockCommand => ({ kind: "block_add", size: v.size, compressed: v.compress, data: nullable(v.data) }),
      (c) => {
        const a = c as BlockAdd;
        return { size: a.size, compress: a.compressed, data: absent(a.data) };
      },
    ),
    map(
      explicit(4, sequence({ compress: required(boolean), data: required(octetString) })),
      (v): BlockCommand => ({ kind: "block_set", compressed: v.compress, data: v.data }),
      (c) => ({ compress: (c as BlockSet).compressed, data: (c as BlockSet).data }),
    ),
    map(
      explicit(5, integer),
      (level): BlockCommand => ({ kind: "block_dump", level }),
      (c) => (c as Extract<BlockCommand, { kind: "block_dump" }>).level,
    ),
  ],
  (c) => ({ block_info: 0, block_remove: 2, block_add: 3, block_set: 4, block_dump: 5 })[c.kind],
);

export const wireCommand: Asn<Command> = choice<Command>(
  [
    explicit(0, consoleCommand as Asn<Command>),
    explicit(1, statsCommand as Asn<Command>),
    decodeOnly(
      explicit(2, nul),
      (): Command => {
        throw new AsnError("support for log dropped");
      },
      "log",
    ),
    explicit(3, unikernelCommand as Asn<Command>),
    explicit(4, policyCommand as Asn<Command>),
    explicit(5, blockCommand as Asn<Command>),
  ],
  (c) => ({ console: 0, stats: 1, unikernel: 3, policy: 4, block: 5 })[familyOf(c)],
);

/** The value of X.509 extension 1.3.6.1.4.1.49836.42. */
export const certExtension: Asn<CertExtension> = sequence({
  version: required(version),
  command: required(wireCommand),
});
