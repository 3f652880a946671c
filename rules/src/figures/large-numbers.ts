import { figureStyle } from '../analysis/numbers/figure-style';
import { wordAfter } from '../analysis/numbers/neighbours';
import { proseQuantities, startsSentence } from '../analysis/numbers/figure-prose';
import { documentQuantities } from '../analysis/numbers/recognise';
import type { Quantity } from '../analysis/numbers/quantity';
import { scaleWordFor } from '../analysis/numbers/lexicon';
import { formatFigure } from '../analysis/numbers/spell';
import { isInsideQuote } from '../model/queries';
import type { Rule, RuleContext } from '../rule';
import type { RelatedLocation, TextEdit } from '../types';

const SCALES: readonly number[] = [1e12, 1e9, 1e6];

/** AP "millions, billions": figures with million and billion, "$5 million", never "$5m" or "5 million dollars". */
export const largeNumbers: Rule = {
  meta: {
    id: 'figures/large-numbers',
    defaultSeverity: 'warning',
    description: 'Figures with million and billion: "a billion users" → "1 billion users", "$5m" → "$5 million", "1,000,000" → "1 million", "5 million dollars" → "$5 million".',
    rationale: 'AP Stylebook, "millions, billions" and "dollars": use figures with million or billion, the $ sign and no abbreviations.',
    fixable: true,
  },
  check(context) {
    const reported = new Set<number>();
    for (const q of proseQuantities(context)) {
      const found = rewrite(context, q);
      if (!found) continue;
      reported.add(q.start);
      context.report({ start: q.start, end: q.end, message: found.message, fixes: [{ title: found.title, safe: true, edits: found.edits }], ...(found.related ? { related: found.related } : {}) });
    }
    // "$7.9 million dollars" inside a quote: the "$" is the writer's rendering of the speaker, so the redundancy is the writer's.
    if (!context.options.checkInsideQuotes) {
      for (const q of documentQuantities(context.doc, context.style.dates)) {
        if (reported.has(q.start) || !q.currencySymbol || !q.currencyWord || !isInsideQuote(context.doc, q.start, q.end)) continue;
        const found = redundantDollars(q);
        if (found) context.report({ start: q.start, end: q.end, message: found.message, fixes: [{ title: found.title, safe: true, edits: found.edits }] });
      }
    }
  },
};

interface Rewrite {
  message: string;
  title: string;
  edits: TextEdit[];
  related?: RelatedLocation[];
}

function rewrite(context: RuleContext, q: Quantity): Rewrite | undefined {
  if (q.kind === 'percent' || q.kind === 'ordinal') return undefined;
  return redundantDollars(q) ?? dollarsWord(q) ?? abbreviatedScale(context, q) ?? spelledScale(context, q) ?? longFigure(q);
}

/** "$7.9 million dollars" → "$7.9 million". */
function redundantDollars(q: Quantity): Rewrite | undefined {
  if (!q.currencySymbol || !q.currencyWord || !/^dollars$/i.test(q.currencyWord.text)) return undefined;
  const from = q.scale?.end ?? q.core.end;
  const ap = q.text.slice(0, from - q.start);
  return { message: `The $ sign already says dollars: "${ap}" (AP).`, title: `Change to "${ap}"`, edits: [{ start: from, end: q.end, newText: '' }] };
}

/** "5 million dollars" → "$5 million" (AP: the $ sign with figures). */
function dollarsWord(q: Quantity): Rewrite | undefined {
  if (q.currencySymbol || !q.currencyWord || !/^dollars$/i.test(q.currencyWord.text) || !q.scale || q.core.form !== 'figure') return undefined;
  const amount = `$${q.core.text} ${q.scale.abbreviated ? scaleWordFor(q.scale.multiplier) : q.scale.text}`;
  return {
    message: `AP uses the $ sign with figures: "${amount}".`,
    title: `Change to "${amount}"`,
    edits: [{ start: q.start, end: q.end, newText: amount }],
  };
}

/** "$5m", "$5 mln", "$5 mil.", "£3bn" → "$5 million", "£3 billion"; "$449K" → "$449,000". */
function abbreviatedScale(context: RuleContext, q: Quantity): Rewrite | undefined {
  if (!q.scale?.abbreviated) return undefined;
  if (q.scale.multiplier === 1e3) {
    if (q.core.decimals > 0 && !Number.isInteger(q.value)) return undefined;
    const figure = formatFigure(q.value, 0);
    const amount = q.text.slice(0, q.core.start - q.start) + figure;
    return { message: `AP writes thousands in full: "${amount}".`, title: `Change to "${amount}"`, edits: [{ start: q.core.start, end: q.scale.end, newText: figure }] };
  }
  const word = scaleWordFor(q.scale.multiplier);
  if (!word) return undefined;
  // "mil." takes its period with it, unless that period also ends the sentence.
  const endsSentence = q.scale.text.endsWith('.') && /^\s*(?:$|[\p{Lu}"“])/u.test(context.doc.prose.slice(q.scale.end, q.scale.end + 3));
  const newText = ` ${word}${endsSentence ? '.' : ''}`;
  const amount = `${q.text.slice(0, q.core.end - q.start)} ${word}`;
  return { message: `AP spells out ${word}: "${amount}".`, title: `Change to "${amount}"`, edits: [{ start: q.core.end, end: q.scale.end, newText }] };
}

/** "a billion users", "one billion", "two and a half million" → "1 billion", "2.5 million". */
function spelledScale(context: RuleContext, q: Quantity): Rewrite | undefined {
  if (q.core.form !== 'word' || !q.scale || q.scale.multiplier < 1e6) return undefined;
  if (startsSentence(context.doc, q.start)) return undefined; // "A million people…" opens a sentence correctly
  if (/^\p{Lu}/u.test(q.scale.text) || /^half\b/i.test(q.core.text)) return undefined; // titles; "half a million"
  const index = figureStyle(context.style.figures);
  const text = context.doc.prose;
  if (/^an?$/i.test(q.core.text)) {
    // "a million thanks", "one in a million": casual, not a count.
    if (index.casualAfterA.matchAt(text, q.end) >= 0 || /^\s*(?:[.,;:!?)”"]|$)/.test(text.slice(q.end, q.end + 2))) return undefined;
    if (/\bin\s+$/i.test(text.slice(Math.max(0, q.start - 4), q.start))) return undefined;
  }
  const figure = formatFigure(q.core.value);
  const amount = `${figure} ${q.scale.text}`;
  const first = firstFigureUse(context, q.scale.multiplier);
  const also = first ? `, as "${text.slice(first.start, first.end)}" elsewhere in this story` : '';
  const next = wordAfter(text, q.end);
  const shown = next && /^\p{Ll}+$/u.test(next.text) ? `${amount} ${next.text}` : amount;
  return {
    message: `AP uses figures with ${q.scale.text}: "${shown}"${also}.`,
    title: `Change to "${amount}"`,
    edits: [{ start: q.core.start, end: q.core.end, newText: figure }],
    ...(first ? { related: [{ start: first.start, end: first.end, message: `"${text.slice(first.start, first.end)}" is written with a figure here.` }] } : {}),
  };
}

/** The story's first "1 billion"-style use of the same scale: the form the finding should match. */
function firstFigureUse(context: RuleContext, multiplier: number): Quantity | undefined {
  return proseQuantities(context).find((other) => other.core.form === 'figure' && other.scale && !other.scale.abbreviated && other.scale.multiplier === multiplier);
}

/** "1,000,000" → "1 million", "$2,500,000,000" → "$2.5 billion": only when the value stays exact. */
function longFigure(q: Quantity): Rewrite | undefined {
  if (q.core.form !== 'figure' || q.scale || q.core.decimals > 0 || q.core.value < 1e6) return undefined;
  for (const multiplier of SCALES) {
    if (q.core.value < multiplier) continue;
    const scaled = q.core.value / multiplier;
    if (Math.round(scaled * 100) !== scaled * 100) return undefined; // "1,234,567 votes" is a precise count: keep it
    const amount = `${formatFigure(scaled)} ${scaleWordFor(multiplier)}`;
    return {
      message: `AP uses figures with ${scaleWordFor(multiplier)}: "${q.text.slice(0, q.core.start - q.start)}${amount}".`,
      title: `Change to "${amount}"`,
      edits: [{ start: q.core.start, end: q.core.end, newText: amount }],
    };
  }
  return undefined;
}
