import { runCheck } from './commands/check';
import { runFix } from './commands/fix';
import { CliError, EXIT } from './errors';
import { MAIN_HELP } from './help';
import { processIO, write, type CliIO } from './io';
import { packageVersion } from './version';

/** A subcommand: takes the arguments after its name, resolves to the exit status. */
type Command = (args: readonly string[], io: CliIO) => Promise<number>;

/** Add new subcommands here (one file each in commands/). */
const COMMANDS: Record<string, Command> = {
  check: runCheck,
  fix: runFix,
  sources: async (args, io) => (await import('./commands/sources')).runSources(args, io),
  // Loaded on demand: `check` should not pay for starting the language-server library.
  lsp: async (args, io) => (await import('./commands/lsp')).runLsp(args, io),
};

/**
 * The CLI entry point. Returns the exit status instead of exiting, so output streams are
 * flushed (and tests can call it in-process). Usage and input errors print one line,
 * `copydesk: <message>`, and return 2.
 */
export async function main(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      await write(name === undefined ? io.stderr : io.stdout, MAIN_HELP);
      return name === undefined ? EXIT.error : EXIT.clean;
    }
    if (name === '--version' || name === '-v') {
      await write(io.stdout, `${packageVersion()}\n`);
      return EXIT.clean;
    }
    const command = Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!command) throw new CliError(`unknown command "${name}" (commands: ${Object.keys(COMMANDS).join(', ')}; see copydesk --help)`);
    return await command(rest, io);
  } catch (error) {
    if (error instanceof CliError) {
      await write(io.stderr, `copydesk: ${error.message}\n`);
      return EXIT.error;
    }
    throw error;
  }
}

/** Runs the CLI for this process: used by bin/copydesk.js and `node out/cli/src/main.js`. */
export function run(argv: readonly string[] = process.argv.slice(2)): void {
  // `copydesk check … | head` closes the pipe early: that is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`copydesk: internal error: ${(error as Error)?.stack ?? String(error)}\n`);
      process.exitCode = EXIT.error;
    },
  );
}

if (require.main === module) run();
