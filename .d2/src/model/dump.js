// Albatross's state dump file: the unikernels it runs and the policies it
// enforces, each keyed by name.
export {};
//# sourceMappingURL=dump.js.map