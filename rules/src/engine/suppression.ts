import type { ArticleDocument } from '../model/article';
import { lineAt } from '../model/parse';
import type { Finding } from '../types';

/**
 * Drops findings silenced by `copydesk-disable-next-line`, or inside a
 * `copydesk-disable` … `copydesk-enable` block. No rule id means every rule.
 */
export function filterSuppressed(doc: ArticleDocument, findings: Finding[]): Finding[] {
  if (doc.directives.length === 0) return findings;
  const nextLine = new Map<number, string[]>();
  // Disabled ranges per rule id ('*' = all): [start, end) offsets.
  const blocks: { id: string; start: number; end: number }[] = [];
  const open = new Map<string, number>();
  for (const directive of doc.directives) {
    const ids = directive.ruleIds.length > 0 ? directive.ruleIds : ['*'];
    if (directive.kind === 'disable-next-line') {
      const line = directive.line + 1;
      nextLine.set(line, [...(nextLine.get(line) ?? []), ...ids]);
    } else if (directive.kind === 'disable') {
      for (const id of ids) if (!open.has(id)) open.set(id, directive.end);
    } else {
      const closing = ids.includes('*') ? [...open.keys()] : ids;
      for (const id of closing) {
        const start = open.get(id);
        if (start !== undefined) {
          blocks.push({ id, start, end: directive.start });
          open.delete(id);
        }
      }
    }
  }
  for (const [id, start] of open) blocks.push({ id, start, end: doc.text.length });
  const matches = (ids: readonly string[], ruleId: string) => ids.some((id) => id === '*' || id === ruleId || (id.endsWith('/*') && ruleId.startsWith(id.slice(0, -1))));
  return findings.filter((finding) => {
    const ids = nextLine.get(lineAt(doc.lineStarts, finding.start));
    if (ids && matches(ids, finding.ruleId)) return false;
    return !blocks.some((b) => finding.start >= b.start && finding.start < b.end && matches([b.id], finding.ruleId));
  });
}
