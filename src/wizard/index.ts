// The interactive wizard: flows driven through a Prompter (the terminal, or a
// test's virtual screen), writing nothing before the user confirms.

export { type FlowName, type FlowResult, FLOWS, delegateFlow, inspectFlow, requestFlow, runWizard, setupFlow, signFlow, type WizardEnv } from "./flows.js";
export { commandLine, shellWord } from "./plan.js";
export { type Choice, inquirerPrompter, type Prompter, type Streams, type Validate } from "./prompter.js";

export const NO_TTY_MESSAGE = "the wizard needs an interactive terminal; use the CLI (albatross-ca --help)";
