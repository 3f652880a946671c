/** Abbreviations that decide where a sentence may end (AP abbreviations, titles, months). */
export interface SentencesStyle {
  /** A period after one of these never ends a sentence ("Gov.", "Oct.", "No."). */
  neverFinal: string[];
  /**
   * A period after one of these ends a sentence only when the next word is a usual
   * sentence opener ("in the U.S. The talks…" splits, "U.S. Attorney" does not).
   */
  sometimesFinal: string[];
  /** Words that open sentences; used with sometimesFinal. */
  sentenceOpeners: string[];
}
