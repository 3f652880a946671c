import type { DatesStyle } from '../../house-style/sections/dates';
import { escapeRegExp } from '../scan';

export interface WeekdayLexicon {
  /** Alternation of full names and abbreviations (period excluded), longest first. */
  pattern: string;
  /** 0 = Sunday … 6 = Saturday, and whether the spelling is an abbreviation. */
  lookup(written: string): { index: number; name: string; abbreviated: boolean } | undefined;
}

const cache = new WeakMap<DatesStyle, WeekdayLexicon>();

/** Weekday spellings from the house style (`weekdays`, `weekdayAbbreviations`), like monthLexicon. */
export function weekdayLexicon(dates: DatesStyle): WeekdayLexicon {
  const cached = cache.get(dates);
  if (cached) return cached;
  const byForm = new Map<string, { index: number; name: string; abbreviated: boolean }>();
  dates.weekdays.forEach((name, index) => byForm.set(name, { index, name, abbreviated: false }));
  for (const [abbreviation, name] of Object.entries(dates.weekdayAbbreviations)) {
    const index = dates.weekdays.indexOf(name);
    if (index >= 0) byForm.set(abbreviation.replace(/\.$/, ''), { index, name, abbreviated: true });
  }
  const pattern = [...byForm.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  const lexicon: WeekdayLexicon = { pattern, lookup: (written) => byForm.get(written.replace(/\.$/, '')) };
  cache.set(dates, lexicon);
  return lexicon;
}
