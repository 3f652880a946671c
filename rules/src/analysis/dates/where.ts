import { isInHeading, isInsideQuote } from '../../model/queries';
import type { ArticleDocument } from '../../model/article';
import type { RuleContext } from '../../rule';
import type { DateMention } from './recognise';
import { recogniseDates } from './recognise';

/**
 * True where date and time rules may speak: not inside a direct quotation (the speaker's
 * words, unless copydesk.checkInsideQuotes) and not in a headline.
 */
export function isCheckedProse(context: RuleContext, start: number, end: number): boolean {
  if (!context.options.checkInsideQuotes && isInsideQuote(context.doc, start, end)) return false;
  return !isInHeading(context.doc, start) && !isEmbedCredit(context.doc, start);
}

/**
 * The credit line of an embedded post ("— Rep. Ilhan Omar (@Ilhan) November 19, 2019"):
 * page furniture copied with the tweet, not the writer's prose, so date style does not apply.
 */
export function isEmbedCredit(doc: ArticleDocument, offset: number): boolean {
  const lineStart = doc.prose.lastIndexOf('\n', offset - 1) + 1;
  // The line must open with a dash after its indentation: most lines are refused here, without reading on to their end.
  let first = lineStart;
  while (doc.prose.charCodeAt(first) === 32 || doc.prose.charCodeAt(first) === 9) first++;
  const dash = doc.prose.charCodeAt(first);
  if (dash !== 0x2014 && dash !== 0x2013 && dash !== 45) return false;
  const lineEnd = doc.prose.indexOf('\n', offset);
  const line = doc.prose.slice(lineStart, lineEnd === -1 ? doc.prose.length : lineEnd);
  return /^[ \t]*(?:—|–|-{1,2})[ \t]*[^\n]{0,100}\(@[A-Za-z0-9_]{1,15}\)/.test(line);
}

/** The shared recogniser's dates that a rule may flag. */
export function checkedDates(context: RuleContext): DateMention[] {
  return recogniseDates(context.doc, context.style.dates).filter((d) => isCheckedProse(context, d.start, d.end));
}
