// The wizard's questions go through this small layer, so the flows run
// against the real terminal (inquirer) or against a test's virtual screen.
import { confirm, input, password, select } from "@inquirer/prompts";
/** Questions asked with @inquirer/prompts on the given streams (the terminal by default). */
export function inquirerPrompter(streams) {
    const ctx = streams ? { input: streams.input, output: streams.output } : undefined;
    const out = streams?.output ?? process.stdout;
    return {
        input: (o) => input({ message: o.message, ...(o.default !== undefined ? { default: o.default } : {}), ...(o.validate ? { validate: o.validate } : {}) }, ctx),
        select: (o) => select({ message: o.message, choices: o.choices, pageSize: 12 }, ctx),
        confirm: (o) => confirm({ message: o.message, default: o.default ?? false }, ctx),
        password: (o) => password({ message: o.message, mask: false }, ctx),
        print: (text) => void out.write(text.endsWith("\n") ? text : `${text}\n`),
    };
}
//# sourceMappingURL=prompter.js.map