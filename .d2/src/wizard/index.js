// The interactive wizard: flows driven through a Prompter (the terminal, or a
// test's virtual screen), writing nothing before the user confirms.
export { delegateFlow, FLOWS, inspectFlow, runWizard, setupFlow, signFlow } from "./flows.js";
export { requestCommands, requestFlow } from "./requests.js";
export { askRelease } from "./steps.js";
export { commandLine } from "./plan.js";
export { inquirerPrompter } from "./prompter.js";
export const NO_TTY_MESSAGE = "the wizard needs an interactive terminal; use the CLI (albatross-ca --help)";
//# sourceMappingURL=index.js.map