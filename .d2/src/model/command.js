// Every Albatross command (Vmm_commands.t) of 2.4.1 and 2.7.2, flattened
// into one discriminated union named as 2.7.2 names them. The `old_*` kinds
// are commands of older clients that Albatross still reads and prints; which
// release reads and writes which kind is the codec's release table.
export function familyOf(c) {
    switch (c.kind) {
        case "console_add":
        case "console_subscribe":
        case "console_list_inactive":
        case "old_console_subscribe":
            return "console";
        case "stats_add":
        case "stats_remove":
        case "stats_subscribe":
        case "stats_initial":
            return "stats";
        case "policy_info":
        case "policy_add":
        case "policy_remove":
            return "policy";
        case "block_info":
        case "block_add":
        case "block_remove":
        case "block_set":
        case "block_dump":
        case "old_block_add":
        case "old_block_set":
        case "old_block_dump":
            return "block";
        default:
            return "unikernel";
    }
}
export const CURRENT_VERSION = 5;
//# sourceMappingURL=command.js.map