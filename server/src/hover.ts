import { MarkupKind, type Hover, type HoverParams } from 'vscode-languageserver/node';
import { docsUrl, ruleById, type Finding } from '../../rules/src';
import type { ServerContext } from './context';
import { rangeOf } from './diagnostics';

/** Hover on a flagged span: which rule, what it says here, and the AP entry behind it. */
export async function provideHover(context: ServerContext, params: HoverParams): Promise<Hover | null> {
  const document = context.documents.get(params.textDocument.uri);
  if (!document) return null;
  const offset = document.offsetAt(params.position);
  const findings = (await context.validator.currentFindings(document)).filter((f) => f.start <= offset && offset < Math.max(f.end, f.start + 1));
  if (findings.length === 0) return null;
  const start = Math.min(...findings.map((f) => f.start));
  const end = Math.max(...findings.map((f) => f.end));
  return {
    contents: { kind: MarkupKind.Markdown, value: findings.map(explain).join('\n\n---\n\n') },
    range: rangeOf(document, start, end),
  };
}

function explain(finding: Finding): string {
  const rationale = ruleById(finding.ruleId)?.meta.rationale;
  return [
    `**Copydesk** \`${finding.ruleId}\` (${finding.severity})`,
    escapeMarkdown(finding.message),
    ...(rationale ? [`*${escapeMarkdown(rationale)}*`] : []),
    `[Rule documentation](${docsUrl(finding.ruleId)})`,
  ].join('\n\n');
}

/** Messages quote the writer's text, which may contain Markdown syntax. */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_{}[\]<>#|~])/g, '\\$1');
}
