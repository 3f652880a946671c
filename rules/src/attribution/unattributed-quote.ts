import { analyseAttribution, MIN_QUOTE_WORDS } from '../analysis/attribution';
import { isInHeading } from '../model/queries';
import type { Rule } from '../rule';

/** A direct quotation with no speaker nearby: the reader cannot tell who said it. */
export const unattributedQuote: Rule = {
  meta: {
    id: 'attribution/unattributed-quote',
    defaultSeverity: 'warning',
    description: 'A direct quotation (4+ words) with no speaker in its sentence, the sentence before or the sentence after.',
    rationale: 'AP: every direct quotation is attributed to the person who said it; the reader must never wonder who is speaking.',
    fixable: true,
  },
  check(context) {
    const { doc } = context;
    for (const qa of analyseAttribution(doc, context.style).quotes) {
      if (qa.speakerSentence !== undefined || qa.continuation || qa.wordCount < MIN_QUOTE_WORDS) continue;
      const quote = doc.quotes[qa.quote];
      if (isInHeading(doc, quote.start)) continue;
      // `"…," [SPEAKER] said` after a quote that ends in a comma; otherwise introduce it.
      const endsWithComma = /,\s*$/.test(doc.text.slice(quote.contentStart, quote.contentEnd));
      const edit = quote.closed && endsWithComma
        ? { start: quote.end, end: quote.end, newText: ' [SPEAKER] said' }
        : { start: quote.start, end: quote.start, newText: '[SPEAKER] said: ' };
      context.report({
        start: quote.start,
        end: quote.end,
        message: 'Quotation with no speaker: who said this? Attribute it in its sentence or the next.',
        fixes: [{ title: 'Name the speaker', safe: false, edits: [edit] }],
      });
    }
  },
};
