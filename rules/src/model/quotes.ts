import type { Quotation, Span } from './article';

const MARK_RE = /[“”"]/g;

/**
 * Direct quotations, straight or curly. AP convention: a quote that runs over several
 * paragraphs leaves the earlier ones unclosed and reopens each new paragraph with an
 * opening mark; such a quote is one Quotation. A quote never closed ends with its paragraph.
 */
export function findQuotations(prose: string, paragraphs: readonly Span[]): Quotation[] {
  const quotes: Quotation[] = [];
  let open: { start: number; paragraph: number } | undefined;
  let lastParagraphEnd = 0;

  const finish = (end: number, contentEnd: number, closed: boolean) => {
    if (!open) return;
    quotes.push({ start: open.start, end, contentStart: open.start + 1, contentEnd, closed, paragraph: open.paragraph });
    open = undefined;
  };

  // Every mark position, found once: scanning from each paragraph's start would run past
  // quote-free paragraphs to the next mark and make parsing quadratic.
  const marks: number[] = [];
  MARK_RE.lastIndex = 0;
  for (let m = MARK_RE.exec(prose); m; m = MARK_RE.exec(prose)) marks.push(m.index);
  let nextMark = 0;

  paragraphs.forEach((paragraph, index) => {
    if (open) {
      // Continuation only if this paragraph opens with a quote mark.
      if (!/^[“"]/.test(prose[paragraph.start] ?? '')) finish(lastParagraphEnd, lastParagraphEnd, false);
    }
    while (nextMark < marks.length && marks[nextMark] < paragraph.start) nextMark++;
    for (; nextMark < marks.length && marks[nextMark] < paragraph.end; nextMark++) {
      const at = marks[nextMark];
      const mark = prose[at];
      if (open && open.paragraph < index && at === paragraph.start) continue; // the reopening mark
      // A straight mark right after a figure is an inch mark ("5'6\" tall", "a 65\" TV"), not a quote;
      // reading it as an opening mark would pair every later quote the wrong way round.
      if (mark === '"' && !open && /\d/.test(prose[at - 1] ?? '')) continue;
      if (mark === '“' || (mark === '"' && !open)) {
        if (open) finish(at, at, false);
        open = { start: at, paragraph: index };
      } else if (open) {
        finish(at + 1, at, true);
      }
    }
    lastParagraphEnd = paragraph.end;
  });
  if (open) finish(lastParagraphEnd, lastParagraphEnd, false);
  return quotes;
}
