/** A stretch of the text, with its offsets (UTF-16, into the original text). */
export interface Piece {
  start: number;
  end: number;
  text: string;
}

export type QuantityKind = 'cardinal' | 'ordinal' | 'money' | 'percent';

/** How the number itself is written. */
export type NumberForm = 'figure' | 'word';

export type PercentForm = 'symbol' | 'spaced-symbol' | 'percent' | 'per-cent' | 'pct';

export interface NumberCore extends Piece {
  form: NumberForm;
  /** The value of the core alone ("a" in "a billion" is 1; "1.5" in "1.5 million" is 1.5). */
  value: number;
  /** "1,000" has separators; "1000" does not. */
  hasSeparator: boolean;
  /** Digits after the decimal point (0 for whole numbers and words). */
  decimals: number;
  /** "st", "nd", "rd", "th" after a figure. */
  ordinalSuffix?: string;
  /** Word cores: a fraction was spelled in ("five-and-a-half", "half a"). */
  hasFraction: boolean;
}

export interface Scale extends Piece {
  multiplier: number;
  /** "m", "mln", "bn", "mil." rather than "million", "billion". */
  abbreviated: boolean;
}

/**
 * One number in running text with what is attached to it: currency, scale, percent.
 * `value` is the full quantity: "$5m" → 5,000,000; "5%" → 5; "third" → 3.
 */
export interface Quantity extends Piece {
  kind: QuantityKind;
  value: number;
  core: NumberCore;
  scale?: Scale;
  /** "$", "US$", "£", "€" before the number. */
  currencySymbol?: Piece;
  /** "dollars", "euros", "cents" after the number. */
  currencyWord?: Piece;
  percent?: Piece & { form: PercentForm };
}
