import type { DatesStyle } from '../../house-style/sections/dates';
import type { ArticleDocument } from '../../model/article';
import { documentRecognition } from '../recognition/document';
import { findMarks, sortedUnique, type Marks } from '../recognition/marks';
import { NUMBER_WORD_PATTERN, SCALE_ABBREVIATIONS, SCALE_WORDS } from './lexicon';
import type { NumberCore, PercentForm, Piece, Quantity, Scale } from './quantity';
import { readWordPhrase } from './word-phrase';

const CURRENCY = '(?:US\\$|C\\$|A\\$|NZ\\$|HK\\$|S\\$|R\\$|\\$|£|€|¥|₹)';
const FIGURE = '(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+)';
// Letters and digits for boundaries. Latin ranges, not \p{L}: without the `u` flag V8 runs these
// regexes several times faster, and numbers glued to non-Latin letters do not occur in English copy.
const WORD_CHAR = 'A-Za-z0-9\\u00C0-\\u024F';
// Not inside a word or another number ("A380", "v1.5", "1,2345"); currency belongs to the match.
const NOT_GLUED_BEFORE = `(?<![${WORD_CHAR}_$£€¥₹]|[0-9][.,])`;
const END = `(?![${WORD_CHAR}])`;
// "a"/"an" and "half" only count before a scale ("a billion", "a dozen", "half a million"): checked in the
// regex so the many articles in running text cost nothing.
const A_BEFORE_SCALE = '(?:an?(?=[ \\t\\u00a0-]+(?:hundred|thousand|million|billion|trillion|dozen)(?![A-Za-z]))|half(?=[ \\t\\u00a0-]+a[ \\t\\u00a0-]+(?:million|billion|trillion)(?![A-Za-z])))';
const START = new RegExp(
  `${NOT_GLUED_BEFORE}(?:(${CURRENCY})[ \\u00a0]?)?(?:(${FIGURE})(?:(st|nd|rd|th)${END})?|(${NUMBER_WORD_PATTERN}|${A_BEFORE_SCALE})${END})`,
  'iy',
);
const SCALE_WORD_AFTER = new RegExp(`[ \\u00a0]?(thousand|million|billion|trillion)${END}`, 'iy');
// Abbreviations any reader knows as scales; single letters only glued to a money figure ("$5m").
const SCALE_ABBREVIATION_AFTER = new RegExp(`[ \\u00a0]?(mln|bln|bn|trn|tln|tn)${END}`, 'iy');
const MONEY_SCALE_ABBREVIATION_AFTER = new RegExp(`(?:([mbkMBK]|mn)|[ \\u00a0](mil\\.|mil))${END}`, 'y');
const CURRENCY_WORD_AFTER = new RegExp(`[ \\u00a0]+(?:U\\.S\\.[ \\u00a0]+|US[ \\u00a0]+)?(dollars|euros|cents)${END}`, 'iy');
const PERCENT_AFTER = new RegExp(`([ \\u00a0]?%)|[ \\u00a0]+(percent|per[ \\u00a0-]cent|pct)${END}`, 'iy');

function piece(text: string, start: number, end: number): Piece {
  return { start, end, text: text.slice(start, end) };
}

/**
 * Every word or sign read after a number (scale, currency word, percent) opens, after the
 * spaces and no-break spaces that may stand before it, with "%" or one of the ASCII letters
 * t, m, b, k, u, d, e, c, p in either case ("thousand", "mln", "$5k", "U.S. dollars", "euros",
 * "cents", "percent"): any other character spares those regexes, as most numbers' neighbours do.
 */
function mayBeFollowed(text: string, at: number): boolean {
  let code = text.charCodeAt(at);
  if (code === 32 || code === 160) {
    let next = at + 1;
    while ((code = text.charCodeAt(next)) === 32 || code === 160) next++;
  }
  if (code === 37) return true;
  switch (code | 32) {
    case 116: // t
    case 109: // m
    case 98: // b
    case 107: // k
    case 117: // u
    case 100: // d
    case 101: // e
    case 99: // c
    case 112: // p
      return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
    default:
      return false;
  }
}

/** `/[A-Za-z0-9\u00C0-\u024F]/` (GLUED_AFTER) on the code at `at`. */
function isGluedAfter(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || (code >= 0xc0 && code <= 0x24f);
}

function stickyAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/**
 * Every number in `text`, in order: figures ("1,250", "3.5", "21st"), spelled-out numbers
 * ("twenty-five", "a billion", "one hundred", "a dozen", "five-and-a-half"), with currency
 * ("$5m", "US$5 billion", "£3bn", "5 million dollars") and percent ("5%", "5 per cent",
 * "five percent") attached. One left-to-right pass; each match reads forward only as far
 * as its number goes, so the cost is linear in the text length.
 */
export function findQuantities(text: string): Quantity[] {
  return quantitiesAt(text, 0, findMarks(text));
}

/**
 * findQuantities over `text` with its marks already found, offsets shifted by `base`.
 * START is tried only where a number can begin (see startCandidates): the same matches
 * as a global scan, without running its lookbehind at every position of the text.
 */
export function quantitiesAt(text: string, base: number, marks: Pick<Marks, 'digitRuns' | 'numberWords'>): Quantity[] {
  const out: Quantity[] = [];
  if (marks.digitRuns.length === 0 && marks.numberWords.length === 0) return out;
  const candidates = startCandidates(text, marks.digitRuns, marks.numberWords);
  let from = 0;
  for (let i = 0; i < candidates.length; i++) {
    const at = candidates[i];
    if (at < from) continue;
    START.lastIndex = at;
    const m = START.exec(text);
    if (!m) continue;
    from = START.lastIndex;
    const quantity = m[2] !== undefined ? readFigure(text, m) : readWords(text, m);
    if (quantity) {
      from = Math.max(from, quantity.end);
      out.push(base === 0 ? quantity : place(quantity, base));
    }
  }
  return out;
}

/**
 * Every offset where START can match: where a figure or number word begins (a digit run,
 * a "." before one, a number word), or a currency sign before one ("$", "US$", "£ ").
 * Ascending, without duplicates.
 */
function startCandidates(text: string, digitRuns: readonly number[], numberWords: readonly number[]): number[] {
  // Module functions, not closures: this runs for every paragraph that holds a number.
  const out: number[] = [];
  let j = 0;
  for (let i = 0; i < digitRuns.length; i++) {
    const run = digitRuns[i];
    while (j < numberWords.length && numberWords[j] < run) addCore(text, numberWords[j++], out);
    if (text.charCodeAt(run - 1) === 46 /* . */) addCore(text, run - 1, out);
    addCore(text, run, out);
  }
  while (j < numberWords.length) addCore(text, numberWords[j++], out);
  // Consecutive repeats are never added, so the list is sorted exactly when it strictly rises.
  return isStrictlyAscending(out) ? out : sortedUnique(out);
}

/** Where a number starting at `at` can be matched from: there, or at a currency sign right before it or one space before. */
function addCore(text: string, at: number, out: number[]): void {
  for (let end = text.charCodeAt(at - 1) === 32 || text.charCodeAt(at - 1) === 160 ? at - 1 : at; end <= at; end++) {
    const sign = text.charCodeAt(end - 1);
    if (sign === 36 /* $ */) {
      addCandidate(end - 3, out); // "US$", "NZ$", "HK$"
      addCandidate(end - 2, out); // "C$", "A$", "S$", "R$"
      addCandidate(end - 1, out);
    } else if (sign === 0xa3 || sign === 0x20ac || sign === 0xa5 || sign === 0x20b9) {
      addCandidate(end - 1, out);
    }
  }
  addCandidate(at, out);
}

function addCandidate(at: number, out: number[]): void {
  if (at < 0 || (out.length > 0 && out[out.length - 1] === at)) return;
  out.push(at);
}

function isStrictlyAscending(offsets: readonly number[]): boolean {
  for (let i = 1; i < offsets.length; i++) if (offsets[i] <= offsets[i - 1]) return false;
  return true;
}

/** The quantity with every offset moved by `base` (it was read from a paragraph on its own). */
function place(q: Quantity, base: number): Quantity {
  q.start += base;
  q.end += base;
  q.core.start += base;
  q.core.end += base;
  if (q.scale) (q.scale.start += base), (q.scale.end += base);
  if (q.currencySymbol) (q.currencySymbol.start += base), (q.currencySymbol.end += base);
  if (q.currencyWord) (q.currencyWord.start += base), (q.currencyWord.end += base);
  if (q.percent) (q.percent.start += base), (q.percent.end += base);
  return q;
}

function readFigure(text: string, m: RegExpExecArray): Quantity | undefined {
  const currencyText = m[1];
  const coreStart = m.index + m[0].length - m[2].length - (m[3]?.length ?? 0);
  const coreEnd = coreStart + m[2].length + (m[3]?.length ?? 0);
  const digits = m[2];
  const hasSeparator = digits.includes(',');
  const core: NumberCore = {
    start: coreStart,
    end: coreEnd,
    text: text.slice(coreStart, coreEnd),
    form: 'figure',
    value: Number(hasSeparator ? digits.split(',').join('') : digits),
    hasSeparator,
    decimals: digits.includes('.') ? digits.length - digits.indexOf('.') - 1 : 0,
    hasFraction: false,
  };
  if (m[3]) core.ordinalSuffix = m[3];
  const currencySymbol = currencyText ? piece(text, m.index, m.index + currencyText.length) : undefined;
  let at = coreEnd;
  let scale: Scale | undefined;
  if (!core.ordinalSuffix && mayBeFollowed(text, at)) {
    const word = stickyAt(SCALE_WORD_AFTER, text, at);
    const abbreviation = word ? null : stickyAt(SCALE_ABBREVIATION_AFTER, text, at);
    const moneyAbbreviation = word || abbreviation || !currencySymbol ? null : stickyAt(MONEY_SCALE_ABBREVIATION_AFTER, text, at);
    const found = word ?? abbreviation ?? moneyAbbreviation;
    if (found) {
      const label = (found[1] ?? found[2]);
      const start = found.index + found[0].length - label.length;
      const multiplier = word ? SCALE_WORDS[label.toLowerCase()] : SCALE_ABBREVIATIONS[label.toLowerCase()];
      scale = { start, end: start + label.length, text: label, multiplier, abbreviated: !word };
      at = found.index + found[0].length;
    }
  }
  return finish(text, m.index, at, core, scale, currencySymbol);
}

function readWords(text: string, m: RegExpExecArray): Quantity | undefined {
  if (m[1]) return undefined; // "$ one" is not a form anyone writes
  const phrase = readWordPhrase(text, m.index, m[4]);
  if (!phrase) return undefined;
  let coreEnd = phrase.end;
  let scale: Scale | undefined;
  let coreValue = phrase.value;
  if (phrase.scaleStart !== undefined && phrase.scaleMultiplier !== undefined && phrase.valueBeforeScale !== undefined) {
    // "a billion", "two million": the scale word stands apart so a rule can keep it and rewrite the rest.
    coreEnd = phrase.scaleStart;
    while (coreEnd > m.index && /[\s-]/.test(text[coreEnd - 1])) coreEnd--;
    coreValue = phrase.valueBeforeScale;
    scale = { start: phrase.scaleStart, end: phrase.scaleEnd!, text: text.slice(phrase.scaleStart, phrase.scaleEnd), multiplier: phrase.scaleMultiplier, abbreviated: false };
  }
  const core: NumberCore = {
    start: m.index,
    end: coreEnd,
    text: text.slice(m.index, coreEnd),
    form: 'word',
    value: coreValue,
    hasSeparator: false,
    decimals: 0,
    hasFraction: phrase.hasFraction,
  };
  if (phrase.isOrdinal) core.ordinalSuffix = '';
  return finish(text, m.index, phrase.end, core, scale, undefined);
}

function finish(text: string, start: number, at: number, core: NumberCore, scale: Scale | undefined, currencySymbol: Piece | undefined): Quantity | undefined {
  let end = at;
  let currencyWord: Piece | undefined;
  let percent: Quantity['percent'];
  if (core.ordinalSuffix === undefined && mayBeFollowed(text, at)) {
    const word = stickyAt(CURRENCY_WORD_AFTER, text, at);
    if (word) {
      const wordStart = word.index + word[0].length - word[1].length;
      currencyWord = piece(text, wordStart, word.index + word[0].length);
      end = currencyWord.end;
    } else if (!currencySymbol) {
      const pct = stickyAt(PERCENT_AFTER, text, at);
      if (pct) {
        const label = pct[1] ?? pct[2];
        const labelStart = pct.index + pct[0].length - label.length;
        const percentStart = pct[1] ? pct.index : labelStart;
        percent = { start: percentStart, end: pct.index + pct[0].length, text: text.slice(percentStart, pct.index + pct[0].length), form: percentForm(label) };
        end = pct.index + pct[0].length;
      }
    }
  }
  // "5G", "3D", "1990s", "5km": a code or unit glued on, not a number standing alone.
  if (end < text.length && isGluedAfter(text, end) && !percent) return undefined;
  const multiplier = scale?.multiplier ?? 1;
  const kind = percent ? 'percent' : currencySymbol || currencyWord ? 'money' : core.ordinalSuffix !== undefined ? 'ordinal' : 'cardinal';
  // Built field by field: object spread is many times slower in this hot path (measured).
  const quantity: Quantity = { start, end, text: text.slice(start, end), kind, value: multiplier === 1 ? core.value : roundValue(core.value * multiplier), core };
  if (scale) quantity.scale = scale;
  if (currencySymbol) quantity.currencySymbol = currencySymbol;
  if (currencyWord) quantity.currencyWord = currencyWord;
  if (percent) quantity.percent = percent;
  return quantity;
}

function percentForm(label: string): PercentForm {
  const l = label.toLowerCase();
  if (l === '%') return 'symbol';
  if (l.endsWith('%')) return 'spaced-symbol';
  if (l === 'percent') return 'percent';
  if (l.startsWith('pct')) return 'pct';
  return 'per-cent';
}

/** Float products like 2.3 * 1e9 are rounded back to what the writer meant (scaled amounts have at most a few decimals). */
function roundValue(value: number): number {
  return Math.abs(value) >= 1e6 ? Math.round(value) : Math.round(value * 1e4) / 1e4;
}

/** The numbers in a document's prose, recognised once per paragraph and shared by every figure rule. */
export function documentQuantities(doc: ArticleDocument, dates: DatesStyle): readonly Quantity[] {
  return documentRecognition(doc, dates).quantities;
}
