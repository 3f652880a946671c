// The status bar's wording, kept free of `vscode` so it is unit-testable.

export interface SeverityCounts {
  error: number;
  warning: number;
  information: number;
  hint: number;
}

export const EMPTY_COUNTS: SeverityCounts = { error: 0, warning: 0, information: 0, hint: 0 };

// Most severe first, as the Problems panel orders them.
const GLYPHS: ReadonlyArray<[keyof SeverityCounts, string, string]> = [
  ['error', '✖', 'error'],
  ['warning', '⚠', 'warning'],
  ['information', 'ℹ', 'information'],
  ['hint', '💡', 'hint'],
];

/** "$(checklist) Copydesk: 2 ⚠ 1 ℹ"; severities with no findings are left out; "✓" when clean. */
export function statusText(counts: SeverityCounts): string {
  const parts = GLYPHS.filter(([key]) => counts[key] > 0).map(([key, glyph]) => `${counts[key]} ${glyph}`);
  return `$(checklist) Copydesk: ${parts.length > 0 ? parts.join(' ') : '✓'}`;
}

/** "2 warnings, 1 information" for the tooltip. */
export function statusTooltip(counts: SeverityCounts): string {
  const parts = GLYPHS.filter(([key]) => counts[key] > 0).map(([key, , noun]) => {
    const n = counts[key];
    return `${n} ${noun}${n === 1 || noun === 'information' ? '' : 's'}`;
  });
  const summary = parts.length > 0 ? parts.join(', ') : 'no findings';
  return `Copydesk: ${summary} in this article. Click to check it again.`;
}
