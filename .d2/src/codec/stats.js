// Statistics data (vmm_asn.ml: timeval, ru, kinfo_mem, ifdata).
import { explicit, implicit, integer, map, optional, required, sequence, sequenceOf, utf8String, } from "../asn1/schema.js";
import { absent, int32, int64, nullable } from "./base.js";
const timeval = sequence({ seconds: required(int64), microseconds: required(integer) });
const rusage = sequence({
    utime: required(timeval),
    stime: required(timeval),
    maxrss: required(int64),
    ixrss: required(int64),
    idrss: required(int64),
    isrss: required(int64),
    minflt: required(int64),
    majflt: required(int64),
    nswap: required(int64),
    inblock: required(int64),
    outblock: required(int64),
    msgsnd: required(int64),
    msgrcv: required(int64),
    nsignals: required(int64),
    nvcsw: required(int64),
    nivcsw: required(int64),
});
const kinfoMem = sequence({
    vsize: required(int64, "bsize"),
    rss: required(int64),
    tsize: required(int64),
    dsize: required(int64),
    ssize: required(int64),
    runtime: required(int64),
    cow: required(integer),
    start: required(timeval),
});
const ifdata = sequence({
    bridge: required(utf8String),
    flags: required(int32),
    sendLength: required(int32, "send-length"),
    maxSendLength: required(int32, "max-send-length"),
    sendDrops: required(int32, "send-drops"),
    mtu: required(int32),
    baudrate: required(int64),
    inputPackets: required(int64, "input-packets"),
    inputErrors: required(int64, "input-errors"),
    outputPackets: required(int64, "output-packets"),
    outputErrors: required(int64, "output-errors"),
    collisions: required(int64),
    inputBytes: required(int64, "input-bytes"),
    outputBytes: required(int64, "output-bytes"),
    inputMcast: required(int64, "input-mcast"),
    outputMcast: required(int64, "output-mcast"),
    inputDropped: required(int64, "input-dropped"),
    outputDropped: required(int64, "output-dropped"),
});
const vmmStat = sequence({ key: required(utf8String), value: required(int64) });
export const stats = map(sequence({
    rusage: required(rusage, "resource-usage"),
    ifdata: required(sequenceOf(ifdata)),
    vmm: optional(explicit(0, sequenceOf(vmmStat)), "vmm-stats"),
    kinfoMem: optional(implicit(1, kinfoMem), "kinfo-mem"),
}), (v) => ({ rusage: v.rusage, kinfoMem: nullable(v.kinfoMem), vmm: nullable(v.vmm), ifdata: v.ifdata }), (s) => ({ rusage: s.rusage, ifdata: s.ifdata, vmm: absent(s.vmm), kinfoMem: absent(s.kinfoMem) }));
//# sourceMappingURL=stats.js.map