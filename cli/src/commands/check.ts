import { parseCommandLine, type OutputFormat } from '../args';
import { EXIT } from '../errors';
import { readInputs } from '../files';
import { formatJson } from '../format/json';
import { formatSarif } from '../format/sarif';
import { formatText } from '../format/text';
import { write, type CliIO } from '../io';
import { failsRun, type FileReport } from '../report';
import { CHECK_HELP } from '../help';
import { checkFilesInOrder } from '../parallel';

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
  // Worker threads check many files at once; results arrive in input order. The text format
  // streams each file's lines as soon as it (and every file before it) is checked.
  const streaming = command.format === 'text';
  await checkFilesInOrder(files, command.engine, async ({ file, findings, failures }) => {
    // A rule that throws is a bug in Copydesk, not in the copy: say so, keep the other rules' findings.
    for (const failure of failures) await write(io.stderr, `copydesk: ${file.displayPath}: rule ${failure.ruleId} failed and was skipped: ${failure.message}\n`);
    reports.push({ file, findings });
    if (streaming && findings.length > 0) await write(io.stdout, withoutSummary(formatText([{ file, findings }])));
  });
  await write(io.stdout, streaming ? summaryOnly(formatText(reports)) : FORMATTERS[command.format](reports));
  return reports.some((r) => r.findings.some(failsRun)) ? EXIT.findings : EXIT.clean;
}

// formatText ends with a blank line and a summary line when there is anything to report:
// streamed per file without it, then the run's summary once at the end (same bytes as one call).
function withoutSummary(text: string): string {
  const gap = text.lastIndexOf('\n\n');
  return gap === -1 ? text : text.slice(0, gap + 1);
}

function summaryOnly(text: string): string {
  const gap = text.lastIndexOf('\n\n');
  return gap === -1 ? text : text.slice(gap + 1);
}
