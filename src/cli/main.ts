// The carestats command line: dispatches to a command and turns errors into exit codes and plain messages.
import { EXIT, UsageError, type Effects } from './effects.ts';
import { StoreError } from '../store/store.ts';
import { definitionsCommand, DEFINITIONS_USAGE } from './commands/definitions.ts';
import { explainCommand, EXPLAIN_USAGE } from './commands/explain.ts';
import { generateCommand, GENERATE_USAGE } from './commands/generate.ts';
import { importCommand, IMPORT_USAGE } from './commands/import.ts';
import { measuresCommand, MEASURES_USAGE } from './commands/measures.ts';
import { snapshotsCommand, SNAPSHOTS_USAGE } from './commands/snapshots.ts';
import { START_USAGE } from './commands/start-usage.ts';
import { validateCommand, VALIDATE_USAGE } from './commands/validate.ts';
import { didYouMean } from './near-miss.ts';
import packageJson from '../../package.json' with { type: 'json' };

const USAGE = `carestats: Corporate Parenting Panel reports from SSDA903 files.

Commands:

${START_USAGE}

${MEASURES_USAGE}

${EXPLAIN_USAGE}

${DEFINITIONS_USAGE}

${VALIDATE_USAGE}

${IMPORT_USAGE}

${SNAPSHOTS_USAGE}

${GENERATE_USAGE}

carestats help COMMAND (or carestats COMMAND --help) prints one command's usage; carestats --version,
which carestats this is. Exit codes: 0 done, 1 the data has a problem, 2 the command was used wrongly.`;

type Command = (args: string[], fx: Effects) => number | Promise<number>;

const COMMANDS: Record<string, { run: Command; usage: string }> = {
  // Loaded only to run: the report and web server it needs took every other command 0.5 s and 90 MB more to
  // load (nationally, 90 MB of the main thread beside the shares measuring).
  start: { run: async (args, fx) => (await import('./commands/start.ts')).startCommand(args, fx), usage: START_USAGE },
  measures: { run: measuresCommand, usage: MEASURES_USAGE },
  explain: { run: explainCommand, usage: EXPLAIN_USAGE },
  definitions: { run: definitionsCommand, usage: DEFINITIONS_USAGE },
  validate: { run: validateCommand, usage: VALIDATE_USAGE },
  import: { run: importCommand, usage: IMPORT_USAGE },
  snapshots: { run: snapshotsCommand, usage: SNAPSHOTS_USAGE },
  generate: { run: generateCommand, usage: GENERATE_USAGE },
};

/** Runs the command line `argv` (without node and script) and returns the exit code. */
export async function main(argv: string[], fx: Effects): Promise<number> {
  const [name, ...args] = argv;
  // Nothing asked for is the command used wrongly: the usage goes with the other messages, to standard error,
  // so `carestats > out.txt` leaves no usage in a file meant for data.
  if (name === undefined) {
    fx.err(USAGE);
    return EXIT.usage;
  }
  if (name === '--version' || name === 'version') {
    fx.out(`carestats ${packageJson.version}`);
    return EXIT.ok;
  }
  if (name === 'help' || name === '--help' || name === '-h') {
    // "carestats help validate" is help with validate, not the whole list.
    const [about] = args;
    if (about === undefined || about === 'help' || about === '--help' || about === '-h') fx.out(USAGE);
    else {
      const command = commandNamed(about);
      if (!command) return unknownCommand(about, fx);
      fx.out(command.usage);
    }
    return EXIT.ok;
  }
  const command = commandNamed(name);
  if (!command) return unknownCommand(name, fx);
  if (args.includes('--help') || args.includes('-h')) {
    fx.out(command.usage);
    return EXIT.ok;
  }
  try {
    return await command.run(args, fx);
  } catch (error) {
    // parseArgs reports unknown options with a TypeError whose code starts ERR_PARSE_ARGS (cli/args.ts says
    // most in words first).
    const code = (error as { code?: string }).code ?? '';
    if (error instanceof UsageError || code.startsWith('ERR_PARSE_ARGS')) {
      // The command's synopsis, not all its usage: forty lines of options after one line saying what is wrong
      // scrolled the message off the screen.
      fx.err(`${(error as Error).message}\n\nUsage:\n${synopsis(command.usage)}\nRun "carestats ${name} --help" for every option.`);
      return EXIT.usage;
    }
    // The database cannot be used as it is (store/store.ts StoreError): said in words, without a stack trace.
    if (error instanceof StoreError) {
      fx.err(error.message);
      return EXIT.dataProblem;
    }
    // A file the system would not let carestats read or write (no permission, the disk full, a file locked
    // by Excel): said in words with the file, where it ended with Node's stack trace.
    const system = systemErrorMessage(error);
    if (system !== null) {
      fx.err(system);
      return EXIT.dataProblem;
    }
    throw error;
  }
}

/** What the system's refusal to read or write a file means, for the analyst; null for any other error. */
export function systemErrorMessage(error: unknown): string | null {
  const { code, path } = error as { code?: unknown; path?: unknown };
  if (!(error instanceof Error) || typeof code !== 'string' || typeof path !== 'string') return null;
  const what: Record<string, string> = {
    EACCES: 'permission was refused: check the file\'s permissions, or that you may write in its folder',
    EPERM: 'permission was refused: check the file\'s permissions, or that you may write in its folder',
    EBUSY: 'it is in use by another program (a workbook open in Excel, say): close it and run the command again',
    ENOSPC: 'the disk is full: make room and run the command again',
    EROFS: 'it is on a disk that cannot be written to: give a path on another',
    ENOENT: 'it was there a moment before and is gone: check nothing else is changing the folder, and run the command again',
    EISDIR: 'it is a folder where a file was expected',
  };
  const meaning = what[code];
  return meaning === undefined ? null : `carestats could not use ${path} (${code}): ${meaning}.`;
}

/** The command of a name, by the commands' own names only ("constructor" is on every object, and was run). */
function commandNamed(name: string): { run: Command; usage: string } | undefined {
  return Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
}

function unknownCommand(name: string, fx: Effects): number {
  const names = Object.keys(COMMANDS);
  fx.err(`There is no command "${name}".${didYouMean(name, names)} Commands: ${names.join(', ')}. Run "carestats help" for details.`);
  return EXIT.usage;
}

/** A command's usage up to its first blank line: the command and its options in brief. */
export function synopsis(usage: string): string {
  const end = usage.indexOf('\n\n');
  return end === -1 ? usage : usage.slice(0, end);
}
