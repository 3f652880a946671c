import type { DatesStyle } from '../../house-style/sections/dates';
import { escapeRegExp } from '../scan';

export interface WeekdayLexicon {
  /** Alternation of full names and abbreviations (period excluded), longest first. */
  pattern: string;
  /** Every spelling, period excluded, with abbreviations of days the style does not name (for the marks finder). */
  forms: readonly string[];
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
  const forms = [...byForm.keys(), ...Object.keys(dates.weekdayAbbreviations).map((a) => a.replace(/\.$/, ''))];
  const lexicon: WeekdayLexicon = { pattern, forms, lookup: (written) => byForm.get(written.replace(/\.$/, '')) };
  cache.set(dates, lexicon);
  return lexicon;
}
