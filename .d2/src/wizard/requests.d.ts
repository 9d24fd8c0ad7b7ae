import { type Policy } from "../model/policy.js";
import { type FlowResult, type WizardEnv } from "./steps.js";
/** The policy questions; each limit checked against the signing CA's policy (if any) as it is typed. */
export declare function askPolicy(env: WizardEnv, limit: Policy | null): Promise<{
    policy: Policy;
    argv: string[];
}>;
/** The request commands the target release's client has (replace-policy and inactive-consoles are 2.7's). */
export declare function requestCommands(env: WizardEnv): string[];
/** Flow 3: a certificate request for one command, or a one-shot certificate. */
export declare function requestFlow(env: WizardEnv, preset?: string): Promise<FlowResult>;
