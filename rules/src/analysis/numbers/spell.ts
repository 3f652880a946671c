import { ORDINAL_WORDS, TENS_WORDS, UNIT_WORDS } from './lexicon';

const UNIT_BY_VALUE = invert(UNIT_WORDS);
const TENS_BY_VALUE = invert(TENS_WORDS);
const ORDINAL_BY_VALUE = invert(ORDINAL_WORDS);

function invert(table: Readonly<Record<string, number>>): Map<number, string> {
  return new Map(Object.entries(table).map(([word, value]) => [value, word]));
}

/**
 * A whole number from 0 to 999,999 in words, AP fashion: "twenty-five", "one hundred
 * twenty-five" (no "and"). Undefined for anything else (no safe spelling to offer).
 */
export function spellCardinal(value: number): string | undefined {
  if (!Number.isInteger(value) || value < 0 || value >= 1e6) return undefined;
  if (value < 100) return underHundred(value);
  if (value < 1000) {
    const rest = value % 100;
    const head = `${UNIT_BY_VALUE.get(Math.floor(value / 100))} hundred`;
    return rest === 0 ? head : `${head} ${underHundred(rest)}`;
  }
  const thousands = spellCardinal(Math.floor(value / 1000));
  const rest = value % 1000;
  return rest === 0 ? `${thousands} thousand` : `${thousands} thousand ${spellCardinal(rest)}`;
}

function underHundred(value: number): string {
  if (value < 20) return UNIT_BY_VALUE.get(value)!;
  const ones = value % 10;
  const tens = TENS_BY_VALUE.get(value - ones)!;
  return ones === 0 ? tens : `${tens}-${UNIT_BY_VALUE.get(ones)}`;
}

/** "third", "twenty-first"; undefined above 99 (rare in copy and easy to get wrong). */
export function spellOrdinal(value: number): string | undefined {
  if (!Number.isInteger(value) || value < 1 || value > 99) return undefined;
  const exact = ORDINAL_BY_VALUE.get(value);
  if (exact) return exact;
  const ones = value % 10;
  return `${TENS_BY_VALUE.get(value - ones)}-${ORDINAL_BY_VALUE.get(ones)}`;
}

/** English ordinal suffix for a figure: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st. */
export function ordinalSuffix(value: number): string {
  const lastTwo = value % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][value % 10] ?? 'th';
}

export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Writes a value with thousands separators and at most the given decimals, no trailing zeros. */
export function formatFigure(value: number, maxDecimals = 2): string {
  // Trailing zeros go only after a decimal point: "2.50" → "2.5", never "25000" → "25".
  const fixed = maxDecimals > 0 ? value.toFixed(maxDecimals).replace(/\.?0+$/, '') : value.toFixed(0);
  const [whole, fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction ? `${grouped}.${fraction}` : grouped;
}

/** Number of words in a phrase ("one hundred twenty-five" → 3). */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
