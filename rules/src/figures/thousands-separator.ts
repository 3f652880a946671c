import { figureStyle } from '../analysis/numbers/figure-style';
import { proseQuantities, startsSentence } from '../analysis/numbers/figure-prose';
import { hasInnerCapital, isNameLike, wordAfter, wordBefore } from '../analysis/numbers/neighbours';
import type { Quantity } from '../analysis/numbers/quantity';
import { formatFigure } from '../analysis/numbers/spell';
import type { Rule, RuleContext } from '../rule';

/** AP "numerals": a comma in figures of 1,000 and up, except years, addresses, phone, serial and model numbers. */
export const thousandsSeparator: Rule = {
  meta: {
    id: 'figures/thousands-separator',
    defaultSeverity: 'warning',
    description: 'A comma in figures of 1,000 and up: "25000" → "25,000"; not in years, addresses, room, phone, ZIP, serial or model numbers.',
    rationale: 'AP Stylebook, "numerals" and "comma": use a comma for most figures of 1,000 or more; not for years, street addresses, broadcast frequencies, room, phone, serial numbers.',
    fixable: true,
  },
  check(context) {
    for (const q of proseQuantities(context)) {
      if (!needsSeparator(context, q)) continue;
      const figure = formatFigure(q.core.value, 0) + (q.core.ordinalSuffix ?? '');
      context.report({
        start: q.core.start,
        end: q.core.end,
        message: `AP puts a comma in figures of 1,000 and up: "${figure}".`,
        fixes: [{ title: `Change to "${figure}"`, safe: true, edits: [{ start: q.core.start, end: q.core.end, newText: figure }] }],
      });
    }
  },
};

function needsSeparator(context: RuleContext, q: Quantity): boolean {
  const { core } = q;
  if (core.form !== 'figure' || core.hasSeparator || core.decimals > 0 || !/^\d{4,}/.test(core.text) || core.value < 1000) return false;
  if (core.text.startsWith('0')) return false; // codes and serials ("00501")
  if (q.scale === undefined && core.value >= 1e6 && context.enabledRules.has('figures/large-numbers') && Math.round(core.value / 1e4) * 1e4 === core.value) return false; // becomes "1 million"
  const text = context.doc.prose;
  const before = text.slice(Math.max(0, q.start - 2), q.start);
  const after = text.slice(q.end, q.end + 3);
  if (/[-–/.:#+()]$/.test(before) || /^(?:[-–/:]|\.\d|\)\s?\d)/.test(after)) return false; // phone, ranges, codes
  const index = figureStyle(context.style.figures);
  const previous = wordBefore(text, q.start);
  const nameBefore = previous && (hasInnerCapital(previous.text) || (isNameLike(previous.text) && !startsSentence(context.doc, previous.start)));
  if (previous && (index.keepBefore.has(previous.text.toLowerCase()) || nameBefore)) return false; // "Room 1234", "Boeing 7000"
  const next = wordAfter(text, q.end);
  if (next && /^(?:\p{Lu}|AM\b|FM\b|kHz|MHz|BC|AD|BCE|CE)/u.test(next.text)) return false; // "1600 Pennsylvania Ave.", "1070 AM"
  if (core.value < 10000) {
    // Four digits: a year unless it is plainly an amount.
    const amount = q.kind === 'money' || q.kind === 'percent' || index.units.matchAt(text, q.end) >= 0;
    if (!amount && core.value < 2100) return false;
  }
  return true;
}
