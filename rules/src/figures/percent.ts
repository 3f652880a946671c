import { proseQuantities, startsSentence } from '../analysis/numbers/figure-prose';
import type { Quantity } from '../analysis/numbers/quantity';
import { formatFigure } from '../analysis/numbers/spell';
import type { Rule, RuleContext } from '../rule';
import type { TextEdit } from '../types';

export type PercentChoice = 'symbol' | 'word';

/** The house form this quantity should take, or undefined when the style allows what is there. */
export function wantedPercentForm(context: RuleContext, q: Quantity): PercentChoice | undefined {
  const setting = context.style.figures.percent;
  const current = percentChoiceOf(q);
  if (setting === 'symbol' || setting === 'word') return current === setting && isStandard(q) ? undefined : setting;
  return isStandard(q) ? undefined : current; // "either": only tidy the nonstandard spellings
}

/** "5%", "5 %" read as the symbol form; "5 percent", "5 per cent", "5 pct" as the word form. */
export function percentChoiceOf(q: Quantity): PercentChoice {
  return q.percent?.form === 'symbol' || q.percent?.form === 'spaced-symbol' ? 'symbol' : 'word';
}

/** A figure with "%" or " percent" exactly: no space before "%", no "per cent", no spelled number. */
function isStandard(q: Quantity): boolean {
  return q.core.form === 'figure' && (q.percent?.form === 'symbol' || q.percent?.form === 'percent');
}

/** The edits that turn a percentage into the wanted form: the number to a figure, the sign or word. */
export function percentEdits(q: Quantity, wanted: PercentChoice): { edits: TextEdit[]; result: string } | undefined {
  if (!q.percent) return undefined;
  const edits: TextEdit[] = [];
  let figure = q.core.text;
  if (q.core.form === 'word') {
    if (!Number.isFinite(q.core.value) || /^(?:an?|half)\b/i.test(q.core.text)) return undefined; // "a hundred percent", "half a percent"
    figure = formatFigure(q.core.value);
    edits.push({ start: q.core.start, end: q.core.end, newText: figure });
  }
  const mark = wanted === 'symbol' ? '%' : ' percent';
  const markStart = q.scale?.end ?? q.core.end;
  if (q.text.slice(markStart - q.start) !== mark) edits.push({ start: markStart, end: q.end, newText: mark });
  return edits.length ? { edits, result: figure + mark } : undefined;
}

/** AP "percent" (2019): a figure and the % sign, no space: "5%". A house style may choose the word. */
export const percent: Rule = {
  meta: {
    id: 'figures/percent',
    defaultSeverity: 'warning',
    description: 'Percentages as a figure with "%" (AP since 2019): "5 percent", "five percent", "5 per cent", "5 %" → "5%". Follows the house percent setting.',
    rationale: 'AP Stylebook, "percent": use the % sign with a figure, no space; "percentage points" stays. A house style may choose the word form.',
    fixable: true,
  },
  check(context) {
    for (const q of proseQuantities(context)) {
      if (q.kind !== 'percent' || startsSentence(context.doc, q.start)) continue; // "Fifty-one percent say…" is right
      const wanted = wantedPercentForm(context, q);
      if (!wanted) continue;
      const change = percentEdits(q, wanted);
      if (!change) continue;
      const reason = wanted === 'symbol' ? 'AP uses a figure and the % sign, no space' : 'This style writes a figure and the word "percent"';
      context.report({
        start: q.start,
        end: q.end,
        message: `${reason}: "${change.result}".`,
        fixes: [{ title: `Change to "${change.result}"`, safe: true, edits: change.edits }],
      });
    }
  },
};
