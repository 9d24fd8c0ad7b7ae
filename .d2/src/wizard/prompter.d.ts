/** true when the answer is acceptable, else the message to show under it. */
export type Validate = (value: string) => true | string;
export interface Choice<T> {
    name: string;
    value: T;
    description?: string;
}
export interface Prompter {
    input(o: {
        message: string;
        default?: string;
        validate?: Validate;
    }): Promise<string>;
    select<T>(o: {
        message: string;
        choices: Choice<T>[];
    }): Promise<T>;
    confirm(o: {
        message: string;
        default?: boolean;
    }): Promise<boolean>;
    /** An answer not shown as it is typed (a token's PIN); without it, a PIN must come from a file. */
    password?(o: {
        message: string;
    }): Promise<string>;
    /** Text shown between questions (previews, results). */
    print(text: string): void;
}
export interface Streams {
    input: NodeJS.ReadableStream;
    output: NodeJS.WritableStream;
}
/** Questions asked with @inquirer/prompts on the given streams (the terminal by default). */
export declare function inquirerPrompter(streams?: Streams): Prompter;
