// The wizard's questions go through this small layer, so the flows run
// against the real terminal (inquirer) or against a test's virtual screen.

import { confirm, input, password, select } from "@inquirer/prompts";

/** true when the answer is acceptable, else the message to show under it. */
export type Validate = (value: string) => true | string;

export interface Choice<T> {
  name: string;
  value: T;
  description?: string;
}

export interface Prompter {
  input(o: { message: string; default?: string; validate?: Validate }): Promise<string>;
  select<T>(o: { message: string; choices: Choice<T>[] }): Promise<T>;
  confirm(o: { message: string; default?: boolean }): Promise<boolean>;
  /** An answer not shown as it is typed (a token's PIN); without it, a PIN must come from a file. */
  password?(o: { message: string }): Promise<string>;
  /** Text shown between questions (previews, results). */
  print(text: string): void;
}

export interface Streams {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

/** Questions asked with @inquirer/prompts on the given streams (the terminal by default). */
export function inquirerPrompter(streams?: Streams): Prompter {
  const ctx = streams ? { input: streams.input, output: streams.output } : undefined;
  const out = streams?.output ?? process.stdout;
  return {
    input: (o) => input({ message: o.message, ...(o.default !== undefined ? { default: o.default } : {}), ...(o.validate ? { validate: o.validate } : {}) }, ctx),
    select: <T>(o: { message: string; choices: Choice<T>[] }) => select<T>({ message: o.message, choices: o.choices, pageSize: 12 }, ctx),
    confirm: (o) => confirm({ message: o.message, default: o.default ?? false }, ctx),
    password: (o) => password({ message: o.message, mask: false }, ctx),
    print: (text) => void out.write(text.endsWith("\n") ? text : `${text}\n`),
  };
}
