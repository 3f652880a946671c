/**
 * The figures section of a house style: the choices AP leaves to a newsroom and the
 * exceptions that keep numerals. Read by the figure rules in rules/src/figures/.
 */
export interface FiguresStyle {
  /**
   * "symbol": "5%" (AP since 2019); "word": "5 percent"; "either": both allowed, but
   * one story uses one form (figures/inconsistent flags the minority).
   */
  percent: 'symbol' | 'word' | 'either';
  /** Whole numbers below this are spelled out ("five people"); AP: 10. */
  spellOutBelow: number;
  /** figures/sentence-start fixes a number whose spelled form has at most this many words; longer ones get "recast". */
  sentenceStartMaxWords: number;
  /** Measures, dimensions, speeds, temperatures: always figures ("2 inches", "5 mph"). Phrases allowed ("years old"). */
  units: string[];
  /** Words after a figure that keep it as written, without demanding figures (sports statistics, durations, time of day). */
  keepAfter: string[];
  /** Words before a figure that make it a label, rank or age: "No.", "page", "room", "district", "aged". Case-insensitive. */
  keepBefore: string[];
  /** Street words: "6th Avenue" → "Sixth Avenue" (AP spells out First through Ninth as street names). */
  streetWords: string[];
  /** Words after an ordinal figure that keep it (AP: "9th Circuit", "3rd District", "1st Infantry Division"). */
  ordinalKeepAfter: string[];
  /** "a million thanks": nouns after "a million/billion" that make it casual, not a count. */
  casualAfterA: string[];
}
