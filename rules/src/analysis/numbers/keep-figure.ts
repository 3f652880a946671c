import type { ArticleDocument } from '../../model/article';
import type { FigureStyleIndex } from './figure-style';
import { startsSentence } from './figure-prose';
import { hasInnerCapital, isNameLike, wordBefore } from './neighbours';
import type { Quantity } from './quantity';

const JOINED_BEFORE = /[-–—/.:#+−×'’(_@~]$/;
const JOINED_AFTER = /^(?:[-–—/:×'’″”_@]|\.\d|,\d)/;
// A range or score with another figure: "5 to 15", "3-1", "5 or 10", "between 5 and 12".
const FIGURE_AFTER = /^[ \u00a0]*(?:to|or|and|through|-|–|—|of|for)[ \u00a0]+\$?(\d[\d,.]*)/i;
// A roundup score line: "Wild 4, Sabres 1:".
const SCORE_AFTER = /^,[ \u00a0]+\p{Lu}[\p{L}.'’ ]{0,30}?[ \u00a0]\d+\b/u;
// "5 Main St.": a figure, one to three capitalised words, then a street word.
const ADDRESS_AFTER = /^[ \u00a0]+\p{Lu}/u;
const FIGURE_BEFORE = /(\d[\d,.]*)[ \u00a0]*(?:to|or|and|through|-|–|—|of|for)[ \u00a0]+$/i;
// Words that open a sentence before a count ("About 5 people…"); any other capitalised word
// right before a figure names something ("Windows 7 is old", "NBC 5 reported").
const QUANTITY_OPENERS = new Set([
  'about', 'only', 'nearly', 'almost', 'just', 'over', 'under', 'roughly', 'some', 'all', 'another', 'exactly', 'around', 'up',
  'among', 'at', 'by', 'until', 'after', 'before', 'for', 'in', 'on', 'with', 'of', 'to', 'the', 'a', 'an', 'and', 'but', 'or',
  'so', 'those', 'these', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'more', 'less', 'fewer', 'than', 'least', 'most',
  'every', 'each', 'within', 'from', 'since', 'during', 'past', 'last', 'next', 'when', 'while', 'if', 'as',
]);

/**
 * Why a figure that would otherwise be spelled out stays a figure, or undefined.
 * AP keeps figures for ages, measures, money, percent, times, dates, scores and votes,
 * "No. 5", page/room/district numbers, decimals, ranges with 10 and up, model names.
 */
export function keepFigureReason(doc: ArticleDocument, index: FigureStyleIndex, q: Quantity): string | undefined {
  const text = doc.prose;
  if (q.kind === 'money' || q.kind === 'percent') return q.kind;
  if (q.core.decimals > 0) return 'decimal';
  if (q.scale) return 'scale';
  const before = text.slice(Math.max(0, q.start - 2), q.start);
  const after = text.slice(q.end, q.end + 4);
  if (JOINED_BEFORE.test(before) || JOINED_AFTER.test(after)) return 'joined';
  if (/^\s*\d/.test(after) || /\d\s*$/.test(before)) return 'next to a figure';
  if (index.units.matchAt(text, q.end) >= 0) return 'unit';
  if (index.keepAfter.matchAt(text, q.end) >= 0) return 'statistic or time';
  const previous = wordBefore(text, q.start);
  if (previous) {
    const word = previous.text.toLowerCase();
    if (index.keepBefore.has(word) || index.keepBefore.has(word.replace(/\.$/, ''))) return 'label';
    if (hasInnerCapital(previous.text) || (isNameLike(previous.text) && (!startsSentence(doc, previous.start) || !QUANTITY_OPENERS.has(word)))) return 'name';
  }
  const lineStart = text.lastIndexOf('\n', q.start - 1) + 1;
  if (/^\s*$/.test(text.slice(lineStart, q.start)) && /^[.)]/.test(after)) return 'list marker';
  if (/,\s*$/.test(text.slice(Math.max(0, q.start - 3), q.start)) && /^\s*[,)]/.test(after)) return 'age';
  if (SCORE_AFTER.test(text.slice(q.end, q.end + 40))) return 'score';
  if (ADDRESS_AFTER.test(text.slice(q.end, q.end + 4)) && isAddress(text, q.end, index)) return 'address';
  const range = FIGURE_AFTER.exec(text.slice(q.end, q.end + 24)) ?? FIGURE_BEFORE.exec(text.slice(Math.max(0, q.start - 24), q.start));
  if (range) return 'range or score';
  return undefined;
}

/** "5 Main St.", "12 Oak Ridge Road": up to three capitalised words, then a street word. */
function isAddress(text: string, end: number, index: FigureStyleIndex): boolean {
  const words = /^[ \u00a0]+((?:\p{Lu}[\p{L}.'’-]*[ \u00a0]+){1,3})/u.exec(text.slice(end, end + 60));
  if (!words) return false;
  // Try the street word after each capitalised word.
  let at = end + words[0].length - words[1].length;
  for (const word of words[1].trim().split(/[ \u00a0]+/)) {
    const next = text.indexOf(word, at) + word.length;
    if (index.streetWords.matchAt(text, next) >= 0) return true;
    at = next;
  }
  return false;
}
