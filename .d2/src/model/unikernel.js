// Unikernel configurations and runtime information (Vmm_core.Unikernel).
/** The fields older layouts do not carry, as Albatross 2.7.2 fills them in. */
export const OLD_LAYOUT_DEFAULTS = { startup: null, addName: true, numcpus: 1n, linuxBootPartition: null };
/** The bridges a config uses: the bridge name, else the interface name. */
export function configBridges(c) {
    return c.bridges.map((b) => b.bridge ?? b.name);
}
//# sourceMappingURL=unikernel.js.map