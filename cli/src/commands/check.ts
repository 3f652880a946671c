import { checkText } from '../../../rules/src';
import { parseCommandLine, type OutputFormat } from '../args';
import { EXIT } from '../errors';
import { readInputs } from '../files';
import { formatJson } from '../format/json';
import { formatSarif } from '../format/sarif';
import { formatText } from '../format/text';
import { write, type CliIO } from '../io';
import { failsRun, type FileReport } from '../report';
import { CHECK_HELP } from '../help';

const FORMATTERS: Record<OutputFormat, (reports: readonly FileReport[]) => string> = { text: formatText, json: formatJson, sarif: formatSarif };

/** `copydesk check`: findings for every file; exit 1 when any is a warning or an error. */
export async function runCheck(args: readonly string[], io: CliIO): Promise<number> {
  const command = parseCommandLine('check', args, io.cwd);
  if (command.help) {
    await write(io.stdout, CHECK_HELP);
    return EXIT.clean;
  }
  const files = await readInputs(command.files, command.kind, io.stdin);
  const reports: FileReport[] = [];
  for (const file of files) {
    const result = checkText(file.text, { ...command.engine, kind: file.kind });
    // A rule that throws is a bug in Copydesk, not in the copy: say so, keep the other rules' findings.
    for (const failure of result.failures) await write(io.stderr, `copydesk: ${file.displayPath}: rule ${failure.ruleId} failed and was skipped: ${failure.message}\n`);
    reports.push({ file, findings: result.findings });
  }
  await write(io.stdout, FORMATTERS[command.format](reports));
  return reports.some((r) => r.findings.some(failsRun)) ? EXIT.findings : EXIT.clean;
}
