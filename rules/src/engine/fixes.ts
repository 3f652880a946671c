import type { Finding, Fix, TextEdit } from '../types';

/** The fix "fix all" would apply for a finding: its first safe fix. */
export function safeFixOf(finding: Finding): Fix | undefined {
  return finding.fixes.find((fix) => fix.safe);
}

/**
 * Picks non-overlapping edits from the given fixes, whole fixes only (a fix whose edits
 * would collide with an earlier fix is dropped entirely and left for the next pass).
 * The result is sorted by offset, so applying it does not depend on the order of findings.
 */
export function chooseEdits(fixes: readonly Fix[]): TextEdit[] {
  // Ties (two rules fixing the same span differently) are broken by the edits themselves,
  // so the choice never depends on the order the findings arrived in. Each fix's sort keys
  // are computed once, not in every comparison.
  const ordered = fixes
    .filter((fix) => fix.edits.length > 0 && !selfOverlapping(fix))
    .map((fix) => ({ fix, first: firstStart(fix), last: lastEnd(fix), key: '' }));
  const keyOf = (entry: (typeof ordered)[number]) => (entry.key ||= editsKey(entry.fix));
  ordered.sort((a, b) => a.first - b.first || a.last - b.last || compareText(keyOf(a), keyOf(b)));
  // The chosen edits, kept sorted by range: they never overlap one another, so their ends
  // rise with their starts, and only the few around a new edit can collide with it.
  const taken: TextEdit[] = [];
  for (const { fix } of ordered) {
    const edits = [...fix.edits].sort(byRange);
    if (edits.every((edit) => !collidesWithTaken(taken, edit))) for (const edit of edits) taken.splice(insertionIndex(taken, edit), 0, edit);
  }
  return taken;
}

/** Whether `edit` overlaps any of `taken` (sorted by range, pairwise non-overlapping). */
function collidesWithTaken(taken: readonly TextEdit[], edit: TextEdit): boolean {
  // An overlapping edit ends at or after this one's start and starts at or before its end.
  let low = 0;
  let high = taken.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (taken[mid].end < edit.start) low = mid + 1;
    else high = mid;
  }
  for (let i = low; i < taken.length && taken[i].start <= edit.end; i++) if (overlaps(taken[i], edit)) return true;
  return false;
}

function insertionIndex(taken: readonly TextEdit[], edit: TextEdit): number {
  let low = 0;
  let high = taken.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (byRange(taken[mid], edit) <= 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

function byRange(a: TextEdit, b: TextEdit): number {
  return a.start - b.start || a.end - b.end;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function editsKey(fix: Fix): string {
  return JSON.stringify([...fix.edits].sort(byRange).map((e) => [e.start, e.end, e.newText]));
}

/** A fix whose own edits collide cannot be applied at all (a rule bug); it is never chosen. */
function selfOverlapping(fix: Fix): boolean {
  return fix.edits.some((edit, i) => fix.edits.some((other, j) => j > i && overlaps(edit, other)));
}

function firstStart(fix: Fix): number {
  return Math.min(...fix.edits.map((e) => e.start));
}
function lastEnd(fix: Fix): number {
  return Math.max(...fix.edits.map((e) => e.end));
}

/** Two edits collide when their ranges overlap, or both insert at the same point. */
function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end;
}

/** Applies sorted, non-overlapping edits. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const edit of edits) {
    if (edit.start < at || edit.end > text.length || edit.start > edit.end) {
      throw new RangeError(`Overlapping or out-of-range edit ${edit.start}-${edit.end}`);
    }
    parts.push(text.slice(at, edit.start), edit.newText);
    at = edit.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

export function safeEdits(findings: readonly Finding[]): TextEdit[] {
  return chooseEdits(findings.map(safeFixOf).filter((fix): fix is Fix => fix !== undefined));
}
