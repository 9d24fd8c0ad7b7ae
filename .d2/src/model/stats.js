// Resource statistics streamed by albatross-stats (Vmm_core.Stats). The 64-bit
// counters travel as 8-byte octet strings: kept here as unsigned bigints.
export {};
//# sourceMappingURL=stats.js.map