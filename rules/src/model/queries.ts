import type { ArticleDocument, Quotation, Sentence, Span } from './article';

/** Index of the last span whose start is <= offset, or -1 (spans sorted by start). */
export function lastStartingAtOrBefore(spans: readonly Span[], offset: number): number {
  let low = 0;
  let high = spans.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (spans[mid].start <= offset) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}

/**
 * Index of the first span whose end is after `offset` (spans.length if none), for spans sorted
 * by start that do not overlap each other, so sorted by end too: a binary search. It and the
 * spans after it that start before some `end` are the ones overlapping [offset, end).
 */
export function firstEndingAfter(spans: readonly Span[], offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (spans[mid].end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Whether some span overlaps [start, end): `indicesOverlapping(…).length > 0` without the array.
 */
export function anyOverlapping(spans: readonly Span[], start: number, end: number): boolean {
  for (let i = firstEndingAfter(spans, start); i < spans.length && spans[i].start < end; i++) if (spans[i].end > start) return true;
  return false;
}

/**
 * Indices of the spans overlapping [start, end), for spans sorted by start that do not
 * overlap each other (sentences, quotations): a binary search, then a short walk.
 */
export function indicesOverlapping(spans: readonly Span[], start: number, end: number): number[] {
  const out: number[] = [];
  for (let i = firstEndingAfter(spans, start); i < spans.length && spans[i].start < end; i++) if (spans[i].end > start) out.push(i);
  return out;
}

export function sentenceAt(doc: ArticleDocument, offset: number): Sentence | undefined {
  const i = lastStartingAtOrBefore(doc.sentences, offset);
  const sentence = doc.sentences[i];
  return sentence && offset < sentence.end ? sentence : undefined;
}

/** The direct quotation whose marks enclose `offset`, if any. */
export function quoteAt(doc: ArticleDocument, offset: number): Quotation | undefined {
  const i = lastStartingAtOrBefore(doc.quotes, offset);
  const quote = doc.quotes[i];
  return quote && offset < quote.end ? quote : undefined;
}

export function isInsideQuote(doc: ArticleDocument, start: number, end = start): boolean {
  const quote = quoteAt(doc, start);
  return quote !== undefined && end <= quote.end;
}

export function isSkipped(doc: ArticleDocument, offset: number): boolean {
  const i = lastStartingAtOrBefore(doc.skipped, offset);
  const region = doc.skipped[i];
  return region !== undefined && offset < region.end;
}

export function paragraphOf(doc: ArticleDocument, offset: number) {
  const i = lastStartingAtOrBefore(doc.paragraphs, offset);
  const paragraph = doc.paragraphs[i];
  return paragraph && offset < paragraph.end ? paragraph : undefined;
}

/** True when `offset` is in a headline (Markdown heading or a line in capitals). */
export function isInHeading(doc: ArticleDocument, offset: number): boolean {
  return paragraphOf(doc, offset)?.isHeading ?? false;
}

export function sentenceText(doc: ArticleDocument, sentence: Span): string {
  return doc.text.slice(sentence.start, sentence.end);
}
