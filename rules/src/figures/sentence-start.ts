import { figureStyle } from '../analysis/numbers/figure-style';
import { proseQuantities, startsSentence } from '../analysis/numbers/figure-prose';
import type { Quantity } from '../analysis/numbers/quantity';
import { capitalize, spellCardinal, spellOrdinal, wordCount } from '../analysis/numbers/spell';
import type { Rule } from '../rule';
import type { Fix } from '../types';

/** AP "numerals": spell out a number that starts a sentence, except a year. */
export const sentenceStart: Rule = {
  meta: {
    id: 'figures/sentence-start',
    defaultSeverity: 'warning',
    description: 'Spell out a number that starts a sentence: "12 people died." → "Twelve people died."; recast when the number is long.',
    rationale: 'AP Stylebook, "numerals": spell out a numeral at the start of a sentence (years excepted); if that is awkward, recast the sentence.',
    fixable: true,
  },
  check(context) {
    const maxWords = figureStyle(context.style.figures).style.sentenceStartMaxWords;
    const text = context.doc.prose;
    for (const q of proseQuantities(context)) {
      if (q.core.form !== 'figure' || !startsSentence(context.doc, q.start)) continue;
      if (isYear(q)) continue;
      const after = text.slice(q.end, q.end + 2);
      if (/^[-–/:]/.test(after) || /^[.)]\s/.test(after) && q.core.value < 100) continue; // "5-4 ruling", list markers "1. "
      if (q.kind === 'ordinal' && /^\s+\p{Lu}/u.test(text.slice(q.end, q.end + 3))) continue; // "21st Century Fox"
      const spelled = spelledOpening(q);
      if (spelled && wordCount(spelled.number) <= maxWords) {
        const words = spelled.number + spelled.rest;
        const fix: Fix = { title: `Change to "${words}"`, safe: true, edits: [{ start: q.start, end: q.end, newText: words }] };
        context.report({ start: q.start, end: q.end, message: `AP spells out a number that starts a sentence: "${words}".`, fixes: [fix] });
      } else {
        context.report({ start: q.start, end: q.end, message: 'AP does not start a sentence with a figure: recast the sentence.', fixes: [] });
      }
    }
  },
};

/** 1000-2999 written plainly, not money, percent or a count with a separator: a year ("1976 was a very good year"). */
function isYear(q: Quantity): boolean {
  return q.kind === 'cardinal' && !q.core.hasSeparator && q.core.decimals === 0 && /^\d{4}$/.test(q.core.text) && q.core.value >= 1000 && q.core.value < 3000;
}

/** "Twelve", "Fifty-one" + " percent", "Five million", "Third" — or undefined when no spelling keeps the value. */
function spelledOpening(q: Quantity): { number: string; rest: string } | undefined {
  if (q.kind === 'money' || q.core.decimals > 0 || q.scale?.abbreviated) return undefined;
  const words = q.kind === 'ordinal' ? spellOrdinal(q.core.value) : spellCardinal(q.core.value);
  if (!words) return undefined;
  const scale = q.scale ? ` ${q.scale.text.toLowerCase()}` : '';
  return { number: capitalize(words) + scale, rest: q.percent ? ' percent' : '' };
}
