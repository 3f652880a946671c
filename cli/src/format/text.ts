import type { Severity } from '../../../rules/src';
import { LineIndex } from '../positions';
import type { FileReport } from '../report';

/**
 * `path:line:col severity ruleId message`, one finding per line: the shape compilers use,
 * so editors' "quickfix" lists (Vim errorformat, Emacs compilation mode) can jump to it.
 * Line and column are 1-based; the column counts UTF-16 code units (as LSP and the JSON
 * format do), so an emoji before the finding counts as two columns.
 * A summary line follows when there is anything to report.
 */
export function formatText(reports: readonly FileReport[]): string {
  const lines: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const { file, findings } of reports) {
    if (findings.length === 0) continue;
    const index = new LineIndex(file.text);
    for (const finding of findings) {
      const { line, character } = index.positionAt(finding.start);
      lines.push(`${file.displayPath}:${line + 1}:${character + 1} ${finding.severity} ${finding.ruleId} ${oneLine(finding.message)}`);
      counts[finding.severity]++;
    }
  }
  const total = lines.length;
  if (total > 0) {
    const parts = (['error', 'warning', 'information', 'hint'] as const).filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}${counts[s] === 1 || s === 'information' ? '' : 's'}`);
    const fileCount = reports.filter((r) => r.findings.length > 0).length;
    lines.push('', `${total} finding${total === 1 ? '' : 's'} in ${fileCount} file${fileCount === 1 ? '' : 's'} (${parts.join(', ')})`);
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

/** A message must not break the one-finding-per-line contract. */
function oneLine(message: string): string {
  return message.replace(/\s*[\r\n]+\s*/g, ' ');
}
