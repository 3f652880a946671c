export interface MonthStyle {
  /** Full name, e.g. "September". */
  name: string;
  /** House form with a specific date: "Sept." or the full name when it is not abbreviated. */
  withDate: string;
  /** Other spellings writers use with a date: "Sep", "Sep.", "Sept". */
  variants: string[];
}

export interface DatesStyle {
  months: MonthStyle[];
  weekdays: string[];
  /** Abbreviated weekdays that must be spelled out in text. */
  weekdayAbbreviations: Record<string, string>;
  /**
   * Words that make "the 90s" a temperature, score or age rather than a decade when they
   * appear in the same sentence (dates/decade stays silent there).
   */
  decadeNotNear?: string[];
}
