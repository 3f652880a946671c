import type { Directive, SkippedRegion } from './article';

const DIRECTIVE_RE = /copydesk-(disable-next-line|disable|enable)\b([^\r\n]*)/;

/** Suppression comments, read from the regions already marked as directives. */
export function readDirectives(text: string, regions: readonly SkippedRegion[], lineOf: (offset: number) => number): Directive[] {
  const out: Directive[] = [];
  for (const region of regions) {
    if (region.reason !== 'directive') continue;
    const body = text.slice(region.start, region.end);
    const m = DIRECTIVE_RE.exec(body);
    if (!m) continue;
    // ESLint-style "-- reason" after the ids explains the suppression; it is not a rule id.
    const ids = m[2].replace(/-->.*$/, '').replace(/(?:^|\s)--(?:\s.*)?$/, '').split(/[\s,]+/).filter((id) => id.length > 0);
    out.push({ start: region.start, end: region.end, kind: m[1] as Directive['kind'], ruleIds: ids, line: lineOf(region.end - 1) });
  }
  return out;
}
