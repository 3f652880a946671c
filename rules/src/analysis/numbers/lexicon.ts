// English number words: language knowledge, not house style (the house style says which
// form to use; these tables only say what a word means). Lower case keys.

export const UNIT_WORDS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};

export const TENS_WORDS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Multipliers written as words after a number ("5 million", "a billion"). */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
};

export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15,
  sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19,
  twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70,
  eightieth: 80, ninetieth: 90, hundredth: 100, thousandth: 1000, millionth: 1e6, billionth: 1e9,
};

/** Scale abbreviations news copy uses after a figure ("$5m", "$5 mln", "£3bn"), by multiplier. */
export const SCALE_ABBREVIATIONS: Readonly<Record<string, number>> = {
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, mil: 1e6, 'mil.': 1e6,
  b: 1e9, bn: 1e9, bln: 1e9, tn: 1e12, trn: 1e12, tln: 1e12,
};

/** The word for a multiplier, for rewriting an abbreviation ("$5m" → "$5 million"). */
export function scaleWordFor(multiplier: number): string | undefined {
  for (const [word, value] of Object.entries(SCALE_WORDS)) if (value === multiplier) return word;
  return undefined;
}

const ALL_CARDINAL = [...Object.keys(UNIT_WORDS), ...Object.keys(TENS_WORDS), ...Object.keys(SCALE_WORDS), 'dozen', 'half'];

/** Alternation of every number word (longest first so "seventeen" wins over "seven"). */
export const NUMBER_WORD_PATTERN = [...ALL_CARDINAL, ...Object.keys(ORDINAL_WORDS)]
  .sort((a, b) => b.length - a.length)
  .join('|');
