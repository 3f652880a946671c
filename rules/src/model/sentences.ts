import type { SentencesStyle } from '../house-style/sections/sentences';
import type { Quotation, Span } from './article';
import { isLetterAt, isLowerAt, isSpace, isUpperOrDigitAt } from './chars';
import { lastStartingAtOrBefore } from './queries';

export interface SentenceSplitter {
  /**
   * Sentences of one paragraph. `quotes` (the document's quotations, sorted) lets the
   * splitter keep a quoted passage and its attribution together.
   */
  split(prose: string, paragraph: Span, quotes?: readonly Quotation[], options?: SplitOptions): Span[];
  /** The same sentences, handed to `emit` in order (no array of spans in between). */
  forEachSentence(prose: string, paragraph: Span, quotes: readonly Quotation[], options: SplitOptions, emit: (start: number, end: number) => void): void;
}

export interface SplitOptions {
  /** Markdown: a heading, list or block-quote marker at the paragraph start is not part of the sentence. */
  markdown?: boolean;
  /** The story's first paragraphs may open with a dateline ("WASHINGTON (AP) —"), which is not part of the sentence. */
  mayHaveDateline?: boolean;
  /** The prose's candidate ends (`findCandidateEnds`), when splitting many paragraphs of one prose. */
  candidates?: CandidateEnds;
}

// A candidate end: terminal punctuation, then any closing quotes or brackets.
const END_RE = /[.?!…]+["'”’)\]]*/g;
// "# ", "## ", "- ", "* ", "1. ", "2) ", "> " at a Markdown paragraph's start.
const BLOCK_MARKER_RE = /^(?:[ \t]{0,3}(?:#{1,6}|[-*+]|\d{1,9}[.)]|>)[ \t]+)+/;
const BLOCK_MARKER_AT = /(?:[ \t]{0,3}(?:#{1,6}|[-*+]|\d{1,9}[.)]|>)[ \t]+)+/y;
// A dateline: a city in capitals, maybe a region ("Calif.", "United Arab Emirates"), maybe a
// news agency, then a dash: "WASHINGTON —", "HAYWARD, Calif. (AP) —", "LONDON (Reuters) -".
const DATELINE_RE = /^\p{Lu}[\p{Lu}'’.-]+(?:[ \t]\p{Lu}[\p{Lu}'’.-]*){0,3}(?:,[ \t][\p{L}.'’ -]{2,40}?)?(?:[ \t]\([\p{L} .]{1,30}\))?[ \t]+(?:—|–|--?)[ \t]+/u;
const INITIAL_RE = /^\p{Lu}\.$/u;
const ABBREVIATION_RE = /^(?:\p{L}\.){2,}$/u;

const PERIOD = 46;
const APOSTROPHE = 0x27;
const RIGHT_SINGLE_QUOTE = 0x2019;

/**
 * Candidate ends of a whole prose, found in one pass: start/end offset pairs, in order.
 * Splitting each paragraph then takes its share by binary search instead of running the
 * regex over a copy of every paragraph.
 */
export type CandidateEnds = readonly number[];

export function findCandidateEnds(prose: string): CandidateEnds {
  const out: number[] = [];
  // test() rather than exec(): no match array and substring per candidate. A match is
  // [.?!…]+ then closing marks, so its start is found by stepping back over both runs.
  let searchFrom = 0;
  END_RE.lastIndex = 0;
  while (END_RE.test(prose)) {
    const end = END_RE.lastIndex;
    let start = end;
    while (start > searchFrom && isClosingAfterEnd(prose.charCodeAt(start - 1))) start--;
    while (start > searchFrom && isTerminal(prose.charCodeAt(start - 1))) start--;
    out.push(start, end);
    searchFrom = end;
  }
  return out;
}

/** `[.?!…]` */
function isTerminal(code: number): boolean {
  return code === PERIOD || code === 0x3f || code === 0x21 || code === 0x2026;
}

/** `["'”’)\]]` */
function isClosingAfterEnd(code: number): boolean {
  return code === 0x22 || code === APOSTROPHE || code === 0x201d || code === RIGHT_SINGLE_QUOTE || code === 0x29 || code === 0x5d;
}

/** Index (in pairs) of the first candidate starting at or after `from`, or -1 if one straddles `from`. */
function firstCandidateFrom(candidates: CandidateEnds, from: number): number {
  let low = 0;
  let high = candidates.length / 2;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (candidates[2 * mid] < from) low = mid + 1;
    else high = mid;
  }
  // A body starts the prose or follows white space, so no candidate should straddle `from`;
  // if one did, END_RE run from `from` would find part of it: the caller then runs the regex.
  return low > 0 && candidates[2 * low - 1] > from ? -1 : low;
}

/** `/["“‘'(\[]/` */
function isOpeningChar(code: number): boolean {
  return code === 0x22 || code === 0x201c || code === 0x2018 || code === APOSTROPHE || code === 0x28 || code === 0x5b;
}

/** `/[\s(\[“"‘]/`: what ends the word before a period, looking left. */
function endsTokenLeft(code: number): boolean {
  return isSpace(code) || code === 0x28 || code === 0x5b || code === 0x201c || code === 0x22 || code === 0x2018;
}

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
  // Longer tokens are in neither list (toLowerCase never changes a string's length in
  // UTF-16 for the characters these lists hold; the bound is checked against the lists).
  const longestListed = Math.max(0, ...style.neverFinal.map((t) => t.length), ...style.sometimesFinal.map((t) => t.length));

  /** Whether the period at `period` closes a sentence, by the word it belongs to ("Oct.", "U.S.", "J."). */
  function periodEndsSentence(prose: string, period: number, wordStart: number, paragraphEnd: number): boolean {
    let tokenStart = period;
    while (tokenStart > 0 && !endsTokenLeft(prose.charCodeAt(tokenStart - 1))) tokenStart--;
    const length = period + 1 - tokenStart;
    // Fast answer for a long word that cannot be an initial or listed, and is no "U.S."-style
    // run of letters and periods (that needs a period two or three units back).
    if (length > longestListed + 1 && length > 3 && prose.charCodeAt(period - 2) !== PERIOD && prose.charCodeAt(period - 3) !== PERIOD) return true;
    const token = prose.slice(tokenStart, period + 1);
    if (isNeverFinal(token)) return false;
    if (INITIAL_RE.test(token)) return false;
    if (isSometimesFinal(token) || ABBREVIATION_RE.test(token)) {
      let wordEnd = wordStart;
      while (wordEnd < paragraphEnd && (isLetterAt(prose, wordEnd) || prose.charCodeAt(wordEnd) === RIGHT_SINGLE_QUOTE || prose.charCodeAt(wordEnd) === APOSTROPHE)) wordEnd++;
      return openers.has(prose.slice(wordStart, wordEnd));
    }
    return true;
  }

  function isBoundary(prose: string, markStart: number, markEnd: number, paragraphEnd: number): boolean {
    let next = markEnd;
    while (next < paragraphEnd && isSpace(prose.charCodeAt(next))) next++;
    if (next >= paragraphEnd) return true;
    if (next === markEnd) return false; // "3.5", "U.S.-China", "e.g.," — no space, no end
    const nextCode = prose.charCodeAt(next);
    let wordStart = next;
    while (wordStart < paragraphEnd && isOpeningChar(prose.charCodeAt(wordStart))) wordStart++;
    if (!isUpperOrDigitAt(prose, wordStart) && !isOpeningChar(nextCode)) return false;
    if (prose.charCodeAt(markStart) !== PERIOD) return true;
    if (markEnd - markStart !== 1) return true; // "..." or ".\"" closes a sentence
    return periodEndsSentence(prose, markStart, wordStart, paragraphEnd);
  }

  function forEachSentence(prose: string, paragraph: Span, quotes: readonly Quotation[], options: SplitOptions, emit: (start: number, end: number) => void): void {
    let start = paragraph.start;
    // Markup and datelines are not words of the first sentence ("# Headline", "WASHINGTON (AP) — The…").
    if (options.markdown) start += blockMarkerLength(prose, paragraph);
    const dateline = options.mayHaveDateline ? DATELINE_RE.exec(prose.slice(start, paragraph.end)) : null;
    if (dateline) start += dateline[0].length;
    const end = paragraph.end;
    const consider = (markStart: number, markEnd: number) => {
      if (insideAttributedQuote(prose, quotes, paragraph, markStart, markEnd)) return;
      if (isBoundary(prose, markStart, markEnd, end)) {
        emitTrimmed(prose, start, markEnd, emit);
        start = markEnd;
      }
    };
    const candidates = options.candidates;
    const first = candidates ? firstCandidateFrom(candidates, start) : -1;
    if (candidates && first !== -1) {
      for (let i = 2 * first; i < candidates.length && candidates[i] < end; i += 2) consider(candidates[i], Math.min(candidates[i + 1], end));
    } else {
      // What END_RE finds in the body alone: matches from its start, clamped to its end.
      const ends: number[] = [];
      END_RE.lastIndex = start;
      for (let m = END_RE.exec(prose); m && m.index < end; m = END_RE.exec(prose)) ends.push(m.index, Math.min(m.index + m[0].length, end));
      for (let i = 0; i < ends.length; i += 2) consider(ends[i], ends[i + 1]);
    }
    emitTrimmed(prose, start, end, emit);
  }

  return {
    split(prose, paragraph, quotes = [], options = {}) {
      const spans: Span[] = [];
      forEachSentence(prose, paragraph, quotes, options, (start, end) => spans.push({ start, end }));
      return spans;
    },
    forEachSentence,
  };
}

/** Length of the Markdown block markers opening the paragraph (0 if none). */
function blockMarkerLength(prose: string, paragraph: Span): number {
  BLOCK_MARKER_AT.lastIndex = paragraph.start;
  const m = BLOCK_MARKER_AT.exec(prose);
  if (!m) return 0;
  if (paragraph.start + m[0].length <= paragraph.end) return m[0].length;
  // The markers ran on past the paragraph (into its trimmed trailing blanks): match the paragraph alone.
  return BLOCK_MARKER_RE.exec(prose.slice(paragraph.start, paragraph.end))?.[0].length ?? 0;
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
  if (prose.charCodeAt(quote.contentEnd - 1) === 0x2c) return true; // ","
  let next = quote.end;
  while (next < paragraph.end && (prose.charCodeAt(next) === 32 || prose.charCodeAt(next) === 9)) next++;
  return isLowerAt(prose, next);
}

function emitTrimmed(prose: string, start: number, end: number, emit: (start: number, end: number) => void): void {
  while (start < end && isSpace(prose.charCodeAt(start))) start++;
  while (end > start && isSpace(prose.charCodeAt(end - 1))) end--;
  if (end > start) emit(start, end);
}
