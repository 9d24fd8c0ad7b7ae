// Messages on Albatross's local sockets (Vmm_commands.wire): a header and a
// payload — a command, a reply, a failure or streamed data.
export {};
//# sourceMappingURL=wire.js.map