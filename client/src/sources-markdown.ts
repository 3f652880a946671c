// The sourcing summary as a Markdown page ("Copydesk: Show Sourcing Summary" previews it).
// Free of `vscode`, so it is unit-testable.
import type { SourcesResult } from './protocol';
import { countsOf, oneLine } from './sources-tree';

/** Markdown-escapes text from the article so a name with `*` or `_` renders as written. */
function escape(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

const line = (range: { start: { line: number } }) => `line ${range.start.line + 1}`;

export function sourcesMarkdown(result: SourcesResult, title: string): string {
  const counts = countsOf(result);
  const out: string[] = [`# Sourcing summary: ${escape(title)}`, ''];
  out.push(`${counts.namedSources} named (${counts.citations} citations) · ${counts.anonymousSources} anonymous (${counts.anonymousWithoutReason} without a reason) · ${counts.vagueAttributions} vague · ${counts.unattributedClaims} unattributed claims`, '');
  out.push(`## Named sources (${counts.namedSources})`, '');
  for (const source of result.namedSources) {
    out.push(`- **${escape(oneLine(source.name))}** — ${source.count} citation${source.count === 1 ? '' : 's'} (${source.citations.map((c) => line(c.range)).join(', ')})`);
  }
  out.push('', `## Anonymous sources (${counts.anonymousSources})`, '');
  for (const source of result.anonymousSources) {
    out.push(`- “${escape(oneLine(source.phrase))}” — ${source.reasonGiven ? 'reason given' : '**no reason given**'} (${line(source.range)})`);
  }
  out.push('', `## Vague attributions (${counts.vagueAttributions})`, '');
  for (const span of result.vagueAttributions) out.push(`- “${escape(oneLine(span.text))}” (${line(span.range)})`);
  out.push('', `## Unattributed claims (${counts.unattributedClaims})`, '');
  for (const span of result.unattributedClaims) out.push(`- ${escape(oneLine(span.text, 200))} (${line(span.range)})`);
  out.push('');
  return out.join('\n');
}
