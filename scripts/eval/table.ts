import type { ScoreTable } from './types';

/** A plain-text table: numbers right-aligned, text left-aligned, columns sized to fit. */
export function renderTable(table: ScoreTable): string {
  const cells = [table.columns, ...table.rows.map((row) => row.map((c) => (c === null ? '' : String(c))))];
  const numeric = table.columns.map((_, i) => table.rows.every((row) => row[i] === null || typeof row[i] === 'number' || /^[\d.–-]+$/.test(String(row[i]))));
  const widths = table.columns.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)));
  const line = (row: string[]) =>
    row
      .map((cell, i) => (numeric[i] ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  const out = [table.title, line(table.columns), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)];
  for (const note of table.notes ?? []) out.push(`  ${note}`);
  return out.join('\n');
}
