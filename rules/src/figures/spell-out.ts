import { figureStyle } from '../analysis/numbers/figure-style';
import { proseQuantities, startsSentence } from '../analysis/numbers/figure-prose';
import { keepFigureReason } from '../analysis/numbers/keep-figure';
import { isNameLike, wordAfter, wordBefore } from '../analysis/numbers/neighbours';
import type { Quantity } from '../analysis/numbers/quantity';
import { capitalize, spellCardinal, spellOrdinal } from '../analysis/numbers/spell';
import { monthLexicon } from '../analysis/months';
import type { Rule, RuleContext } from '../rule';

/** AP "numerals": spell out whole numbers below 10 ("five people", "third place"). */
export const spellOut: Rule = {
  meta: {
    id: 'figures/spell-out',
    defaultSeverity: 'warning',
    description: 'Spell out whole numbers below 10: "5 people" → "five people", "3rd place" → "third place".',
    rationale: 'AP Stylebook, "numerals": spell out one through nine; ages, measures, money, percent, times, dates, scores and "No." keep figures.',
    fixable: true,
  },
  check(context) {
    const index = figureStyle(context.style.figures);
    for (const q of proseQuantities(context)) {
      if (q.core.form !== 'figure' || q.core.hasSeparator || !Number.isInteger(q.core.value)) continue;
      if (q.core.value < 1 || q.core.value >= index.style.spellOutBelow) continue;
      if (startsSentence(context.doc, q.start)) continue; // figures/sentence-start owns these
      if (q.kind === 'ordinal') reportOrdinal(context, q);
      else if (q.kind === 'cardinal' && !keepFigureReason(context.doc, index, q)) reportCardinal(context, q);
    }
  },
};

function reportCardinal(context: RuleContext, q: Quantity): void {
  const word = spellCardinal(q.core.value)!;
  context.report({
    start: q.core.start,
    end: q.core.end,
    message: `AP spells out numbers below ${context.style.figures.spellOutBelow}: "${word}".`,
    fixes: [{ title: `Change to "${word}"`, safe: true, edits: [{ start: q.core.start, end: q.core.end, newText: word }] }],
  });
}

/** "3rd place" → "third place"; "6th Avenue" → "Sixth Avenue" (AP addresses: First through Ninth). */
function reportOrdinal(context: RuleContext, q: Quantity): void {
  const index = figureStyle(context.style.figures);
  const text = context.doc.prose;
  if (index.ordinalKeepAfter.matchAt(text, q.end) >= 0) return; // "9th Circuit", "1st Infantry Division"
  if (/^[-–/]/.test(text.slice(q.end, q.end + 1)) || /[-–/]$/.test(text.slice(q.start - 1, q.start))) return;
  const street = index.streetWords.matchAt(text, q.end) >= 0;
  const previous = wordBefore(text, q.start);
  const next = wordAfter(text, q.end);
  // An ordinal next to a month is a date ("Oct 2nd", "2nd October", "3rd of May"), even at the
  // start of a sentence: dates/ordinal owns it, and two fixes on one date would fight.
  const months = monthLexicon(context.style.dates);
  const isMonth = (word: string | undefined) => word !== undefined && /^\p{Lu}/u.test(word) && months.lookup(word) !== undefined;
  if (isMonth(previous?.text) || isMonth(next?.text) || (next && /^of$/i.test(next.text) && isMonth(wordAfter(text, next.end)?.text))) return;
  if (!street && previous && isNameLike(previous.text) && !startsSentence(context.doc, previous.start)) return;
  if (next && /^of$/i.test(next.text) && isNameLike(wordAfter(text, next.end)?.text ?? '')) return; // "2nd of October"
  let word = spellOrdinal(q.core.value)!;
  if (street || (next && /^\p{Lu}/u.test(next.text))) word = capitalize(word);
  context.report({
    start: q.core.start,
    end: q.core.end,
    message: street
      ? `AP spells out First through Ninth as street names: "${word}".`
      : `AP spells out ordinals below ${context.style.figures.spellOutBelow}th: "${word}".`,
    fixes: [{ title: `Change to "${word}"`, safe: true, edits: [{ start: q.core.start, end: q.core.end, newText: word }] }],
  });
}
