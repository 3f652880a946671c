import type { SentencesStyle } from '../house-style/sections/sentences';
import type { Quotation, Span } from './article';
import { lastStartingAtOrBefore } from './queries';

export interface SentenceSplitter {
  /**
   * Sentences of one paragraph. `quotes` (the document's quotations, sorted) lets the
   * splitter keep a quoted passage and its attribution together.
   */
  split(prose: string, paragraph: Span, quotes?: readonly Quotation[], options?: SplitOptions): Span[];
}

export interface SplitOptions {
  /** Markdown: a heading, list or block-quote marker at the paragraph start is not part of the sentence. */
  markdown?: boolean;
  /** The story's first paragraphs may open with a dateline ("WASHINGTON (AP) —"), which is not part of the sentence. */
  mayHaveDateline?: boolean;
}

// A candidate end: terminal punctuation, then any closing quotes or brackets.
const END_RE = /[.?!…]+["'”’)\]]*/g;
const OPENING_CHAR_RE = /["“‘'(\[]/;
// "# ", "## ", "- ", "* ", "1. ", "2) ", "> " at a Markdown paragraph's start.
const BLOCK_MARKER_RE = /^(?:[ \t]{0,3}(?:#{1,6}|[-*+]|\d{1,9}[.)]|>)[ \t]+)+/;
// A dateline: a city in capitals, maybe a region ("Calif.", "United Arab Emirates"), maybe a
// news agency, then a dash: "WASHINGTON —", "HAYWARD, Calif. (AP) —", "LONDON (Reuters) -".
const DATELINE_RE = /^\p{Lu}[\p{Lu}'’.-]+(?:[ \t]\p{Lu}[\p{Lu}'’.-]*){0,3}(?:,[ \t][\p{L}.'’ -]{2,40}?)?(?:[ \t]\([\p{L} .]{1,30}\))?[ \t]+(?:—|–|--?)[ \t]+/u;

/**
 * Splits one paragraph at a time (never the whole document: linear time), at terminal
 * punctuation followed by a capital, digit or opening quote, but not after AP abbreviations,
 * titles, months or initials ("Carl J. Nichols"). Abbreviations that often end sentences
 * ("U.S.", "Inc.", "a.m.") end one only when a usual sentence opener follows.
 */
export function createSentenceSplitter(style: SentencesStyle): SentenceSplitter {
  // Abbreviations match as the house style writes them: "No." (number) is an abbreviation,
  // but "no." in "he said no. Then…" is a word that ends a sentence. Entries written in
  // lower case ("vs.", "e.g.", "a.m.") also match whatever the case.
  const caseSensitive = (list: readonly string[]) => {
    const exact = new Set(list);
    const anyCase = new Set(list.filter((a) => a === a.toLowerCase()));
    return (token: string) => exact.has(token) || anyCase.has(token.toLowerCase());
  };
  const isNeverFinal = caseSensitive(style.neverFinal);
  const isSometimesFinal = caseSensitive(style.sometimesFinal);
  const openers = new Set(style.sentenceOpeners);

  function isBoundary(prose: string, markStart: number, markEnd: number, paragraphEnd: number): boolean {
    let next = markEnd;
    while (next < paragraphEnd && /\s/.test(prose[next])) next++;
    if (next >= paragraphEnd) return true;
    if (next === markEnd) return false; // "3.5", "U.S.-China", "e.g.," — no space, no end
    const nextChar = prose[next];
    let wordStart = next;
    while (wordStart < paragraphEnd && OPENING_CHAR_RE.test(prose[wordStart])) wordStart++;
    const startsUpper = /[\p{Lu}\d]/u.test(prose[wordStart] ?? '');
    if (!startsUpper && !OPENING_CHAR_RE.test(nextChar)) return false;
    if (prose[markStart] !== '.') return true;
    // The word the period belongs to, e.g. "Oct." or "U.S." or "J."
    let tokenStart = markStart;
    while (tokenStart > 0 && !/[\s(\[“"‘]/.test(prose[tokenStart - 1])) tokenStart--;
    const token = prose.slice(tokenStart, markStart + 1);
    if (prose.slice(markStart, markEnd) !== '.') return true; // "..." or ".\"" closes a sentence
    if (isNeverFinal(token)) return false;
    if (/^\p{Lu}\.$/u.test(token)) return false; // an initial
    if (isSometimesFinal(token) || /^(?:\p{L}\.){2,}$/u.test(token)) {
      let wordEnd = wordStart;
      while (wordEnd < paragraphEnd && /[\p{L}’']/u.test(prose[wordEnd])) wordEnd++;
      return openers.has(prose.slice(wordStart, wordEnd));
    }
    return true;
  }

  return {
    split(prose, paragraph, quotes = [], options = {}) {
      const spans: Span[] = [];
      let start = paragraph.start;
      let body = prose.slice(paragraph.start, paragraph.end);
      // Markup and datelines are not words of the first sentence ("# Headline", "WASHINGTON (AP) — The…").
      const marker = options.markdown ? BLOCK_MARKER_RE.exec(body) : null;
      if (marker) start += marker[0].length;
      const dateline = options.mayHaveDateline ? DATELINE_RE.exec(prose.slice(start, paragraph.end)) : null;
      if (dateline) start += dateline[0].length;
      const bodyStart = start;
      body = prose.slice(bodyStart, paragraph.end);
      END_RE.lastIndex = 0;
      for (let m = END_RE.exec(body); m; m = END_RE.exec(body)) {
        const markStart = bodyStart + m.index;
        const markEnd = markStart + m[0].length;
        if (insideAttributedQuote(prose, quotes, paragraph, markStart, markEnd)) continue;
        if (isBoundary(prose, markStart, markEnd, paragraph.end)) {
          pushTrimmed(prose, start, markEnd, spans);
          start = markEnd;
        }
      }
      pushTrimmed(prose, start, paragraph.end, spans);
      return spans;
    },
  };
}

/**
 * `"Come on, sweetheart. You are going to be OK," an officer told the girl.` is one sentence:
 * a quoted passage that closes into its attribution (a comma before the closing mark, or a
 * lower-case word after it) belongs whole to the sentence that attributes it, so the
 * attribution rules see speaker and words together.
 */
function insideAttributedQuote(prose: string, quotes: readonly Quotation[], paragraph: Span, markStart: number, markEnd: number): boolean {
  const quote = quotes[lastStartingAtOrBefore(quotes, markStart)];
  if (!quote || !quote.closed || markStart < quote.contentStart || markEnd > quote.contentEnd) return false;
  if (quote.end <= paragraph.start || quote.end > paragraph.end) return false; // closes in a later paragraph
  if (prose[quote.contentEnd - 1] === ',') return true;
  let next = quote.end;
  while (next < paragraph.end && /[ \t]/.test(prose[next])) next++;
  return /\p{Ll}/u.test(prose[next] ?? '');
}

function pushTrimmed(prose: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/.test(prose[start])) start++;
  while (end > start && /\s/.test(prose[end - 1])) end--;
  if (end > start) out.push({ start, end });
}
