import type { Command, WireVersion } from "./command.js";
import type { Name } from "./name.js";
import type { Policy } from "./policy.js";
import type { Stats } from "./stats.js";
import type { Time } from "./time.js";
import type { UnikernelConfig, UnikernelInfo } from "./unikernel.js";
/**
 * Wire versions 3 and 4 send a name as labels, which Albatross joins with
 * "." ("sub", "foo" is read as ":sub.foo"). The labels as sent are kept, so
 * that such a message is written back byte for byte.
 */
export interface WireName {
    name: Name;
    labels?: string[] | undefined;
}
export interface Header extends WireName {
    version: WireVersion;
    /** unsigned 64 bit */
    sequence: bigint;
}
export interface Named<T> extends WireName {
    value: T;
}
export interface BlockDeviceEntry extends WireName {
    size: bigint;
    active: boolean;
}
export type Success = {
    kind: "empty";
} | {
    kind: "string";
    value: string;
} | {
    kind: "policies";
    policies: Named<Policy>[];
} | {
    kind: "old_unikernels";
    unikernels: Named<UnikernelConfig>[];
} | {
    kind: "block_devices";
    devices: BlockDeviceEntry[];
} | {
    kind: "old_unikernel_info2";
    unikernels: Named<UnikernelInfo>[];
} | {
    kind: "unikernel_image";
    compressed: boolean;
    image: Uint8Array;
}
/** the image in the reply (2.4.1's block dump reply; "old" since 2.7) */
 | {
    kind: "old_block_device_image";
    compressed: boolean;
    data: Uint8Array;
} | {
    kind: "old_unikernel_info3";
    unikernels: Named<UnikernelInfo>[];
}
/** 2.4.1's unikernel info reply, read by 2.7 as an old one */
 | {
    kind: "old_unikernel_info4";
    unikernels: Named<UnikernelInfo>[];
} | {
    kind: "old_unikernel_info5";
    unikernels: Named<UnikernelInfo>[];
} | {
    kind: "unikernel_info";
    unikernels: Named<UnikernelInfo>[];
}
/** since 2.7: the flag only, the data follows as block data messages */
 | {
    kind: "block_device_image";
    compressed: boolean;
}
/** since 2.7: the inactive consoles */
 | {
    kind: "consoles";
    names: Name[];
};
export type Data = 
/** written before 1.5: UTCTime timestamps */
{
    kind: "utc_console";
    timestamp: Time;
    line: string;
} | {
    kind: "console";
    timestamp: Time;
    line: string;
} | {
    kind: "stats";
    stats: Stats;
}
/** since 2.7: a chunk of a block device's data, null at the end */
 | {
    kind: "block_data";
    data: Uint8Array | null;
};
export type Payload = {
    kind: "command";
    command: Command;
} | {
    kind: "success";
    success: Success;
} | {
    kind: "failure";
    message: string;
} | {
    kind: "data";
    data: Data;
};
export interface Wire {
    header: Header;
    payload: Payload;
}
