import { proseQuantities, startsSentence } from '../analysis/numbers/figure-prose';
import type { Quantity } from '../analysis/numbers/quantity';
import { formatFigure, spellCardinal } from '../analysis/numbers/spell';
import type { Rule, RuleContext } from '../rule';
import type { TextEdit } from '../types';
import { percentChoiceOf, percentEdits, type PercentChoice } from './percent';

/** One way of writing a kind of figure, and how to rewrite a use into another way. */
interface Choice<F extends string> {
  /** What the choice is about, for the message ("percentages"). */
  topic: string;
  /** The uses this choice applies to, each with its form. */
  uses: { q: Quantity; form: F }[];
  describe(form: F): string;
  convert(q: Quantity, to: F): TextEdit[] | undefined;
}

/**
 * Within one story, the same kind of figure written two ways that the other rules do not
 * settle under this house style (the percent form when the style allows either, or when
 * figures/percent is off; "a billion" vs "1 billion" when figures/large-numbers is off;
 * "US$" vs "$"). The minority form is flagged and pointed at the first majority use.
 */
export const inconsistent: Rule = {
  meta: {
    id: 'figures/inconsistent',
    defaultSeverity: 'warning',
    description: 'The same kind of figure written two ways in one story ("5%" and "7 percent"): the minority form is flagged and fixed to the majority form.',
    rationale: 'AP Stylebook: be consistent within a story; where the house style allows either form, use one.',
    fixable: true,
  },
  check(context) {
    const quantities = proseQuantities(context).filter((q) => !startsSentence(context.doc, q.start));
    if (context.style.figures.percent === 'either' || !context.enabledRules.has('figures/percent')) reportMinority(context, percentChoice(quantities));
    if (!context.enabledRules.has('figures/large-numbers')) reportMinority(context, scaleChoice(quantities));
    reportMinority(context, dollarChoice(quantities));
  },
};

function percentChoice(quantities: Quantity[]): Choice<PercentChoice> {
  return {
    topic: 'percentages',
    uses: quantities.filter((q) => q.kind === 'percent').map((q) => ({ q, form: percentChoiceOf(q) })),
    describe: (form) => (form === 'symbol' ? '"%"' : '"percent"'),
    convert: (q, to) => percentEdits(q, to)?.edits,
  };
}

type ScaleForm = 'figure' | 'word';
function scaleChoice(quantities: Quantity[]): Choice<ScaleForm> {
  return {
    topic: 'millions and billions',
    uses: quantities.filter((q) => q.scale && !q.scale.abbreviated && q.scale.multiplier >= 1e6 && !/^half\b/i.test(q.core.text)).map((q) => ({ q, form: q.core.form })),
    describe: (form) => (form === 'figure' ? 'a figure ("1 billion")' : 'words ("a billion")'),
    convert(q, to) {
      const newText = to === 'figure' ? formatFigure(q.core.value) : Number.isInteger(q.core.value) ? spellCardinal(q.core.value) : undefined;
      return newText && q.core.value < 1000 ? [{ start: q.core.start, end: q.core.end, newText }] : undefined;
    },
  };
}

type DollarForm = 'US$' | '$';
function dollarChoice(quantities: Quantity[]): Choice<DollarForm> {
  const symbols = quantities.map((q) => q.currencySymbol?.text).filter((s): s is string => s !== undefined && s.endsWith('$'));
  const onlyUsDollars = symbols.every((s) => s === '$' || s.toUpperCase() === 'US$');
  return {
    topic: 'dollar amounts',
    uses: onlyUsDollars ? quantities.filter((q) => q.currencySymbol?.text.endsWith('$')).map((q) => ({ q, form: q.currencySymbol!.text === '$' ? '$' : 'US$' })) : [],
    describe: (form) => `"${form}"`,
    convert: (q, to) => [{ start: q.currencySymbol!.start, end: q.currencySymbol!.end, newText: to }],
  };
}

function reportMinority<F extends string>(context: RuleContext, choice: Choice<F>): void {
  const counts = new Map<F, number>();
  for (const use of choice.uses) counts.set(use.form, (counts.get(use.form) ?? 0) + 1);
  if (counts.size < 2) return;
  // The majority form; a tie goes to the form the story used first.
  let majority = choice.uses[0].form;
  for (const [form, count] of counts) if (count > counts.get(majority)!) majority = form;
  const first = choice.uses.find((use) => use.form === majority)!.q;
  const text = context.doc.prose;
  for (const use of choice.uses) {
    if (use.form === majority) continue;
    const edits = choice.convert(use.q, majority);
    context.report({
      start: use.q.start,
      end: use.q.end,
      message: `This story writes ${choice.topic} with ${choice.describe(majority)} (${counts.get(majority)} of ${choice.uses.length}); use the same form here.`,
      fixes: edits?.length ? [{ title: `Change to ${choice.describe(majority)}`, safe: true, edits }] : [],
      related: [{ start: first.start, end: first.end, message: `First use of the majority form: "${text.slice(first.start, first.end)}".` }],
    });
  }
}
