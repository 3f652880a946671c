import type { ArticleDocument } from '../../model/article';
import type { FigureStyleIndex } from './figure-style';
import { startsSentence } from './figure-prose';
import { hasInnerCapital, isNameLike, wordBefore } from './neighbours';
import type { Quantity } from './quantity';

const JOINED_BEFORE = /[-–—/.:#+−×'’(_@~]$/;
const JOINED_AFTER = /^(?:[-–—/:×'’″”_@]|\.\d|,\d)/;
// A range or score with another figure: "5 to 15", "3-1", "5 or 10", "between 5 and 12".
const FIGURE_AFTER = /^[ \u00a0]*(?:to|or|and|through|-|–|—|of)[ \u00a0]+\$?(\d[\d,.]*)/i;
// A roundup score line: "Wild 4, Sabres 1:".
const SCORE_AFTER = /^,[ \u00a0]+\p{Lu}[\p{L}.'’ ]{0,30}?[ \u00a0]\d+\b/u;
const FIGURE_BEFORE = /(\d[\d,.]*)[ \u00a0]*(?:to|or|and|through|-|–|—|of)[ \u00a0]+$/i;

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
    if (hasInnerCapital(previous.text) || (isNameLike(previous.text) && !startsSentence(doc, previous.start))) return 'name';
  }
  const lineStart = text.lastIndexOf('\n', q.start - 1) + 1;
  if (/^\s*$/.test(text.slice(lineStart, q.start)) && /^[.)]/.test(after)) return 'list marker';
  if (/,\s*$/.test(text.slice(Math.max(0, q.start - 3), q.start)) && /^\s*[,)]/.test(after)) return 'age';
  if (SCORE_AFTER.test(text.slice(q.end, q.end + 40))) return 'score';
  const range = FIGURE_AFTER.exec(text.slice(q.end, q.end + 24)) ?? FIGURE_BEFORE.exec(text.slice(Math.max(0, q.start - 24), q.start));
  if (range) return 'range or score';
  return undefined;
}
