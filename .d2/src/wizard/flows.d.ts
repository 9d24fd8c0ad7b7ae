import { requestFlow } from "./requests.js";
import { type FlowResult, type WizardEnv } from "./steps.js";
export { requestFlow };
/** Flow 2: a sub-CA — its policy request and, with a CA at hand, its certificate. */
export declare function delegateFlow(env: WizardEnv): Promise<FlowResult>;
/** Flow 1: a root CA and the TLS endpoint's server certificate. */
export declare function setupFlow(env: WizardEnv): Promise<FlowResult>;
/** Flow 4: sign the pending requests (`*.req` without a `.pem`) in a folder. */
export declare function signFlow(env: WizardEnv): Promise<FlowResult>;
/** Flow 5: what a certificate or request carries (read only). */
export declare function inspectFlow(env: WizardEnv): Promise<FlowResult>;
export type FlowName = "setup" | "delegate" | "request" | "sign" | "inspect";
/** Each flow, and whether what it writes or judges depends on the Albatross release (then that is asked first). */
export declare const FLOWS: Record<FlowName, {
    run: (env: WizardEnv) => Promise<FlowResult>;
    release: boolean;
    describe: string;
}>;
/** The wizard: the task (unless given), the target release once (when the task depends on it), then the task's questions. */
export declare function runWizard(env: WizardEnv, flow?: FlowName): Promise<FlowResult>;
