import { applyEdits, chooseEdits, type Finding, type Fix, type TextEdit } from '../../rules/src';

export interface Span {
  start: number;
  end: number;
}

/** Spans overlap when they share a character; an empty span overlaps a span that contains its point. */
export function overlaps(a: Span, b: Span): boolean {
  if (a.start === a.end) return b.start <= a.start && a.start < b.end;
  if (b.start === b.end) return a.start <= b.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

/** The fix an editor would take for a finding: its first safe fix, else its first fix. */
export function preferredFix(finding: Finding): Fix | undefined {
  return finding.fixes.find((f) => f.safe) ?? finding.fixes[0];
}

export interface FixOutcome {
  /** The label's region in the fixed text, widened to cover every edit that touched it. */
  actual: string;
  exact: boolean;
  /** Equal except for punctuation the fix added after the region ("Friday, Oct. 2," in mid-sentence). */
  equivalent: boolean;
}

/**
 * Applies the preferred fix of every given finding (non-overlapping, as fix-all would) and
 * reads back the label's region. The region is widened to the union of the label and the
 * edits that touch it, then mapped through the edits, so a fix that rewrites a little
 * more than the labelled words is still compared as a whole.
 */
export function fixOutcome(text: string, label: Span, findings: readonly Finding[], expected: string): FixOutcome | undefined {
  const fixes = findings.map(preferredFix).filter((f): f is Fix => f !== undefined);
  if (fixes.length === 0) return undefined;
  const edits = chooseEdits(fixes);
  const touching = edits.filter((e) => overlaps(e, label) || e.start === label.end || e.end === label.start);
  const start = Math.min(label.start, ...touching.map((e) => e.start));
  const end = Math.max(label.end, ...touching.map((e) => e.end));
  const fixed = applyEdits(text, edits);
  const actual = fixed.slice(mapOffset(start, edits, 'start'), mapOffset(end, edits, 'end'));
  const exact = actual === expected;
  const equivalent = exact || (actual.startsWith(expected) && /^[,.;:]$/.test(actual.slice(expected.length)));
  return { actual, exact, equivalent };
}

/** Where an offset of the original text lands after the edits (an offset inside an edit goes to its start or end). */
function mapOffset(offset: number, edits: readonly TextEdit[], side: 'start' | 'end'): number {
  let delta = 0;
  for (const e of edits) {
    if (e.end <= offset && !(side === 'start' && e.start === offset && e.end === offset)) {
      delta += e.newText.length - (e.end - e.start);
    } else if (e.start < offset) {
      return side === 'start' ? e.start + delta : e.start + delta + e.newText.length;
    }
  }
  return offset + delta;
}

/** A short view of a span in its surroundings for --verbose lines: ...before [[span]] after... */
export function excerpt(text: string, span: Span, width = 50): string {
  const before = text.slice(Math.max(0, span.start - width), span.start);
  const after = text.slice(span.end, span.end + width);
  const clean = (s: string) => s.replace(/\s+/g, ' ');
  return `…${clean(before)}[[${clean(text.slice(span.start, span.end))}]]${clean(after)}…`;
}
