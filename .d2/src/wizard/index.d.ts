export { delegateFlow, type FlowName, FLOWS, inspectFlow, runWizard, setupFlow, signFlow } from "./flows.js";
export { requestCommands, requestFlow } from "./requests.js";
export { askRelease, type FlowResult, type WizardEnv } from "./steps.js";
export { commandLine } from "./plan.js";
export { type Choice, inquirerPrompter, type Prompter, type Streams, type Validate } from "./prompter.js";
export declare const NO_TTY_MESSAGE = "the wizard needs an interactive terminal; use the CLI (albatross-ca --help)";
