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
  // so the choice never depends on the order the findings arrived in.
  const ordered = fixes
    .filter((fix) => fix.edits.length > 0 && !selfOverlapping(fix))
    .sort((a, b) => firstStart(a) - firstStart(b) || lastEnd(a) - lastEnd(b) || compareText(editsKey(a), editsKey(b)));
  const taken: TextEdit[] = [];
  for (const fix of ordered) {
    const edits = [...fix.edits].sort(byRange);
    if (edits.every((edit) => !taken.some((t) => overlaps(t, edit)))) taken.push(...edits);
  }
  return taken.sort(byRange);
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
