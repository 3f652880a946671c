import type { DatesStyle, MonthStyle } from '../house-style/sections/dates';
import { escapeRegExp } from './scan';

export interface MonthLexicon {
  /** Alternation of every month spelling, period excluded, longest first (for regexes). */
  pattern: string;
  /** Every spelling, period excluded (for the marks finder). */
  forms: readonly string[];
  /** Month for a spelling as written (with or without its period). */
  lookup(written: string): { month: MonthStyle; number: number } | undefined;
}

const cache = new WeakMap<DatesStyle, MonthLexicon>();

/** Month spellings from the house style, so a newsroom's forms drive every date rule. */
export function monthLexicon(dates: DatesStyle): MonthLexicon {
  const cached = cache.get(dates);
  if (cached) return cached;
  const byForm = new Map<string, { month: MonthStyle; number: number }>();
  dates.months.forEach((month, index) => {
    for (const form of [month.name, month.withDate, ...month.variants]) {
      byForm.set(form.replace(/\.$/, ''), { month, number: index + 1 });
    }
  });
  const pattern = [...byForm.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  const lexicon: MonthLexicon = { pattern, forms: [...byForm.keys()], lookup: (written) => byForm.get(written.replace(/\.$/, '')) };
  cache.set(dates, lexicon);
  return lexicon;
}
