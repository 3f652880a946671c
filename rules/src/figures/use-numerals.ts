import { figureStyle, type FigureStyleIndex } from '../analysis/numbers/figure-style';
import { proseQuantities, startsSentence } from '../analysis/numbers/figure-prose';
import { wordAfter, wordBefore } from '../analysis/numbers/neighbours';
import type { Quantity } from '../analysis/numbers/quantity';
import { formatFigure, ordinalSuffix } from '../analysis/numbers/spell';
import type { Rule, RuleContext } from '../rule';

// "five-year-old", "six-foot wall": compound adjectives of age and measure take figures.
const MEASURE_COMPOUND = /^-(?:year|month|week|day)-old(?![\p{L}])|^-(?:foot|inch|mile|yard|meter|metre|pound|ton|acre|degree)(?![\p{L}])/u;

/** AP "numerals": figures for 10 and above, for measures and ages, for fractions above 1, and "No. 1" for rank. */
export const useNumerals: Rule = {
  meta: {
    id: 'figures/use-numerals',
    defaultSeverity: 'warning',
    description: 'Use figures for 10 and above and for measures, ages and ranks: "fifteen" → "15", "two inches" → "2 inches", "number one" → "No. 1".',
    rationale: 'AP Stylebook, "numerals": figures for 10 and above, dimensions, ages and amounts with fractions above 1; "No." with a figure for rank.',
    fixable: true,
  },
  check(context) {
    const index = figureStyle(context.style.figures);
    const text = context.doc.prose;
    for (const q of proseQuantities(context)) {
      const rank = rankStart(text, q);
      if (rank !== undefined) {
        reportRank(context, q, rank);
        continue;
      }
      if (q.core.form !== 'word' || q.scale || q.kind === 'percent' || q.kind === 'money') continue;
      if (startsSentence(context.doc, q.start)) continue; // "Fifteen people…" is right
      if (/^\p{Lu}/u.test(q.core.text)) continue; // a name or title mid-sentence: "Ocean's Eleven", "Big Ten"
      if (/^(?:an?|half)\b/i.test(q.core.text) || /dozen$/i.test(q.core.text)) continue; // "a dozen", "a hundred times"
      const figure = figureFor(context, index, q);
      if (!figure) continue;
      context.report({
        start: q.core.start,
        end: q.core.end,
        message: figure.why,
        fixes: [{ title: `Change to "${figure.text}"`, safe: true, edits: [{ start: q.core.start, end: q.core.end, newText: figure.text }] }],
      });
    }
  },
};

function figureFor(context: RuleContext, index: FigureStyleIndex, q: Quantity): { text: string; why: string } | undefined {
  const text = context.doc.prose;
  const threshold = index.style.spellOutBelow;
  const value = q.core.value;
  const nextChar = text[q.core.end] ?? '';
  const measured = index.units.matchAt(text, q.core.end) >= 0 || MEASURE_COMPOUND.test(text.slice(q.core.end, q.core.end + 12));
  if (q.kind === 'ordinal') {
    if (value < threshold || value >= 100 || nextChar === '-') return undefined;
    const previous = wordBefore(text, q.start)?.text.toLowerCase();
    if (previous && /^(?:a|an|one|two|three|four|five|six|seven|eight|nine)$/.test(previous)) return undefined; // "a tenth of a second"
    return { text: `${value}${ordinalSuffix(value)}`, why: `AP uses figures for ordinals from ${threshold}th up: "${value}${ordinalSuffix(value)}".` };
  }
  if (q.core.hasFraction) {
    // "five-and-a-half points" → "5.5 points"; only with a measure or statistic, where AP wants decimals.
    if (value <= 1 || !(measured || index.keepAfter.matchAt(text, q.core.end) >= 0)) return undefined;
    return { text: formatFigure(value), why: `AP uses figures for amounts above 1 with a fraction: "${formatFigure(value)}".` };
  }
  if (!Number.isInteger(value)) return undefined;
  if (nextChar === '-' && !measured) return undefined; // "twenty-something", "one-time"
  if (value >= threshold) return { text: formatFigure(value), why: `AP uses figures for ${threshold} and above: "${formatFigure(value)}".` };
  if (measured && value >= 2) return { text: String(value), why: `AP uses figures for measures and ages: "${value}".` };
  return undefined;
}

const RANK_BLOCKERS = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'in', 'on', 'of', 'and', 'or', 'to', 'for', 'with', 'as', 'that', 'which', 'who', 'can', 'will', 'would', 'may', 'could', 'should', 'than', 'by', 'at', 'from']);

/** Offset of "number" in "number one buyer" / "number 1 pick" (rank: AP "No. 1"), else undefined. */
function rankStart(text: string, q: Quantity): number | undefined {
  if (q.kind !== 'cardinal' || !Number.isInteger(q.core.value) || q.core.value < 1 || q.scale) return undefined;
  if (!endsWithNumberWord(text, q.start)) return undefined; // the cheap test first: most numbers follow another word
  const previous = wordBefore(text, q.start);
  if (!previous || previous.text !== 'number') return undefined;
  const beforeNumber = wordBefore(text, previous.start)?.text.toLowerCase();
  if (beforeNumber === 'a' || beforeNumber === 'any' || beforeNumber === 'phone') return undefined; // "a number one"…
  // A rank modifies a noun ("number one buyer"); "the number eight is lucky" names the digit.
  const next = wordAfter(text, q.end);
  if (!next || !/^\p{Ll}/u.test(next.text) || RANK_BLOCKERS.has(next.text) || next.start !== q.end + 1) return undefined;
  return previous.start;
}

/** Whether "number" ends right before `offset` (give or take spaces): necessary for wordBefore to read "number". */
function endsWithNumberWord(text: string, offset: number): boolean {
  let end = offset;
  while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 0xa0)) end--;
  return end >= 6 && text.startsWith('number', end - 6);
}

function reportRank(context: RuleContext, q: Quantity, start: number): void {
  const rank = `No. ${formatFigure(q.core.value)}`;
  context.report({
    start,
    end: q.core.end,
    message: `AP uses "No." with a figure for rank: "${rank}".`,
    fixes: [{ title: `Change to "${rank}"`, safe: true, edits: [{ start, end: q.core.end, newText: rank }] }],
  });
}
