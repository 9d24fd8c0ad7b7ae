export interface Timeval {
    seconds: bigint;
    microseconds: bigint;
}
export interface Rusage {
    utime: Timeval;
    stime: Timeval;
    maxrss: bigint;
    ixrss: bigint;
    idrss: bigint;
    isrss: bigint;
    minflt: bigint;
    majflt: bigint;
    nswap: bigint;
    inblock: bigint;
    outblock: bigint;
    msgsnd: bigint;
    msgrcv: bigint;
    nsignals: bigint;
    nvcsw: bigint;
    nivcsw: bigint;
}
export interface KinfoMem {
    vsize: bigint;
    rss: bigint;
    tsize: bigint;
    dsize: bigint;
    ssize: bigint;
    runtime: bigint;
    cow: bigint;
    start: Timeval;
}
/** Interface counters; the 32-bit ones are OCaml int32 (signed on the wire). */
export interface Ifdata {
    bridge: string;
    flags: number;
    sendLength: number;
    maxSendLength: number;
    sendDrops: number;
    mtu: number;
    baudrate: bigint;
    inputPackets: bigint;
    inputErrors: bigint;
    outputPackets: bigint;
    outputErrors: bigint;
    collisions: bigint;
    inputBytes: bigint;
    outputBytes: bigint;
    inputMcast: bigint;
    outputMcast: bigint;
    inputDropped: bigint;
    outputDropped: bigint;
}
export interface VmmStat {
    key: string;
    value: bigint;
}
export interface Stats {
    rusage: Rusage;
    kinfoMem: KinfoMem | null;
    vmm: VmmStat[] | null;
    ifdata: Ifdata[];
}
