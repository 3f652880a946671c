import { check, fixText } from '../../../rules/src';
import { parseCommandLine } from '../args';
import { CliError, EXIT } from '../errors';
import { readInputs, STDIN_ARGUMENT, writeFileAtomically } from '../files';
import { FIX_HELP } from '../help';
import { write, type CliIO } from '../io';
import { failsRun } from '../report';

/**
 * `copydesk fix`: applies every safe fix (the same set "Fix all" applies in the editor),
 * repeated until none is left. In place by default; `--stdout` (or reading stdin) prints
 * the fixed text instead and reports counts on stderr, so stdout stays clean for piping.
 * Exit 1 when problems at warning or above remain after fixing (they need an editor).
 */
export async function runFix(args: readonly string[], io: CliIO): Promise<number> {
  const command = parseCommandLine('fix', args, io.cwd);
  if (command.help) {
    await write(io.stdout, FIX_HELP);
    return EXIT.clean;
  }
  const toStdout = command.stdout || command.files.includes(STDIN_ARGUMENT);
  if (toStdout && command.files.length > 1) throw new CliError('fix --stdout (or "-") takes exactly one file, so the output is one article');
  const files = await readInputs(command.files, command.kind, io.stdin);
  const log = toStdout ? io.stderr : io.stdout;
  let remainingFail = false;
  for (const file of files) {
    const options = { ...command.engine, kind: file.kind };
    const result = fixText(file.text, options);
    const remaining = check(result.text, options);
    if (remaining.some(failsRun)) remainingFail = true;
    if (toStdout) {
      await write(io.stdout, result.text);
    } else if (result.text !== file.text) {
      await writeFileAtomically(file.absolutePath!, result.text, file.hadBom);
    }
    const left = remaining.length ? `; ${remaining.length} finding${remaining.length === 1 ? '' : 's'} left for an editor (copydesk check ${file.argument === STDIN_ARGUMENT ? '-' : file.displayPath})` : '';
    await write(log, `${file.displayPath}: ${result.applied} fix${result.applied === 1 ? '' : 'es'} applied${left}\n`);
  }
  return remainingFail ? EXIT.findings : EXIT.clean;
}
