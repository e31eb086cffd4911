// Reads a command's options with node:util parseArgs, saying in words what an analyst typed wrongly. parseArgs
// alone takes the last of an option given twice without a word (--month 2026-02 … --month 2026-03), and its
// own messages are for programmers ("To specify a positional argument starting with a '-', place it at the
// end of the command after '--'"), with no word of the option that was probably meant.
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { UsageError } from './effects.ts';
import { didYouMean } from './near-miss.ts';

/** What a command reads: its arguments, its options, and whether it takes positional arguments (a folder, a measure). */
interface ArgsConfig {
  args: string[];
  options: ParseArgsOptionsConfig;
  allowPositionals?: boolean;
}

/**
 * Parses a command's arguments as parseArgs does, or throws a usage error naming what is wrong: an option the
 * command does not have (with the one nearest it), an option given without its value or followed by another
 * option in its place, a value given to an on/off option, a word the command does not take, or an option
 * given twice with different values.
 */
export function readArgs<T extends ArgsConfig>(command: string, config: T): ReturnType<typeof parseArgs<T>> {
  const names = Object.keys(config.options);
  // Not strict, so every token is seen whatever is wrong with the others; the strict read below then cannot fail.
  const { tokens } = parseArgs({ args: config.args, options: config.options, strict: false, allowPositionals: true, tokens: true });
  const given = new Map<string, string>();
  for (const token of tokens) {
    if (token.kind === 'positional') {
      if (!config.allowPositionals) throw new UsageError(`"carestats ${command}" takes no folder or other word, but was given "${token.value}".`);
      continue;
    }
    if (token.kind !== 'option') continue;
    // Own names only: --constructor is not an option because every object has one.
    const option = Object.hasOwn(config.options, token.name) ? config.options[token.name] : undefined;
    if (option === undefined) {
      throw new UsageError(`"carestats ${command}" has no option ${token.rawName}.${didYouMean(token.name, names, (n) => `--${n}`)}`);
    }
    if (option.type === 'boolean') {
      if (token.value !== undefined) throw new UsageError(`--${token.name} takes no value: write it on its own, without "=${token.value}".`);
      continue;
    }
    // Not strict, parseArgs takes the word after a string option as its value, even another option.
    const next = token.inlineValue ? undefined : token.value;
    if (token.value === undefined || (next !== undefined && next.startsWith('-') && Object.hasOwn(config.options, next.replace(/=.*/, '').replace(/^--?/, '')))) {
      throw new UsageError(`--${token.name} is given without its value: write the value straight after it.`);
    }
    if (next?.startsWith('-')) {
      throw new UsageError(`--${token.name} is followed by "${next}", which is read as an option, not its value: write --${token.name}=${next} if the value really starts with a dash.`);
    }
    const before = given.get(token.name);
    if (!option.multiple && before !== undefined && before !== token.value) {
      throw new UsageError(`--${token.name} is given twice, as ${before} and ${token.value}: give it once.`);
    }
    given.set(token.name, token.value);
  }
  return parseArgs(config);
}

/**
 * Returns `value` when it is one of `choices` (an option's words, such as --format's), or throws a usage error
 * listing them, with the near one ("CSV": csv). `what` names the option's value in the message: "format".
 */
export function choiceArg<C extends string>(what: string, value: string, choices: readonly C[]): C {
  const found = choices.find((c) => c === value);
  if (found !== undefined) return found;
  const list = `${choices.slice(0, -1).join(', ')} or ${choices.at(-1) ?? ''}`;
  throw new UsageError(`Unknown ${what} "${value}": use ${list}.${didYouMean(value, choices)}`);
}
