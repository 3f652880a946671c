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
  /** The prose's candidate ends (`findCandidateEnds`), when splitting many paragraphs of one prose in order. */
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

const NONE = Number.MAX_SAFE_INTEGER;

function nextOf(prose: string, char: string, from: number): number {
  const at = prose.indexOf(char, from);
  return at === -1 ? NONE : at;
}

/**
 * The prose's candidate ends (what END_RE finds), read lazily front to back while the
 * paragraphs are split in order: four indexOf streams merged (indexOf is several times
 * faster than a regex class here), each candidate extended over the rest of its run.
 * Lazy rather than an array: an array of every candidate is a large object on a long
 * story, and fresh large allocations are what parsing spends most on.
 */
export class CandidateEnds {
  /** The current candidate; NONE when there is none left. */
  start = NONE;
  end = NONE;
  private period = NONE;
  private question = NONE;
  private exclamation = NONE;
  private ellipsis = NONE;
  private lastSeek = 0;

  constructor(private readonly prose: string) {
    this.restart(0);
  }

  private restart(from: number): void {
    this.period = nextOf(this.prose, '.', from);
    this.question = nextOf(this.prose, '?', from);
    this.exclamation = nextOf(this.prose, '!', from);
    this.ellipsis = nextOf(this.prose, '…', from);
    this.takeNext();
  }

  /** Moves past the current candidate. */
  next(): void {
    const end = this.end;
    if (this.period < end) this.period = nextOf(this.prose, '.', end);
    if (this.question < end) this.question = nextOf(this.prose, '?', end);
    if (this.exclamation < end) this.exclamation = nextOf(this.prose, '!', end);
    if (this.ellipsis < end) this.ellipsis = nextOf(this.prose, '…', end);
    this.takeNext();
  }

  private takeNext(): void {
    const start = Math.min(this.period, this.question, this.exclamation, this.ellipsis);
    let end = start;
    if (start !== NONE) {
      end++;
      while (isTerminal(this.prose.charCodeAt(end))) end++;
      while (isClosingAfterEnd(this.prose.charCodeAt(end))) end++;
    }
    this.start = start;
    this.end = end;
  }

  /**
   * Moves to the first candidate starting at or after `from`. False if a candidate
   * straddles `from` (END_RE run from `from` would find part of it); a body starts the
   * prose or follows white space, so that should not happen.
   */
  seek(from: number): boolean {
    if (from < this.lastSeek) this.restart(0); // out of order: read again from the top
    this.lastSeek = from;
    while (this.start < from) {
      if (this.end > from) return false;
      this.next();
    }
    return true;
  }
}

export function findCandidateEnds(prose: string): CandidateEnds {
  return new CandidateEnds(prose);
}

/** `[.?!…]` */
function isTerminal(code: number): boolean {
  return code === PERIOD || code === 0x3f || code === 0x21 || code === 0x2026;
}

/** `["'”’)\]]` */
function isClosingAfterEnd(code: number): boolean {
  return code === 0x22 || code === APOSTROPHE || code === 0x201d || code === RIGHT_SINGLE_QUOTE || code === 0x29 || code === 0x5d;
}

/** Key of an ASCII token by its length and the (lowercased) character before its period. */
function asciiTokenKey(length: number, lastLetter: number): number {
  return length * 65536 + (lastLetter >= 65 && lastLetter <= 90 ? lastLetter + 32 : lastLetter);
}

function isAsciiUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}

/** `/^(?:\p{L}\.){2,}$/u` on an ASCII token: "U.S.", "a.m.". */
function isAsciiAbbreviation(prose: string, start: number, end: number): boolean {
  if (end - start < 4 || (end - start) % 2 !== 0) return false;
  for (let i = start; i < end; i += 2) {
    const code = prose.charCodeAt(i) | 32;
    if (code < 97 || code > 122 || prose.charCodeAt(i + 1) !== PERIOD) return false;
  }
  return true;
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
  // Most periods close an ordinary word ("said."), and slicing each such word to look it up
  // cost more than the rest of the splitter: an ASCII word is first looked up by its length
  // and its last letter (lowercased), which no listed abbreviation may share.
  const listedKeys = new Set([...style.neverFinal, ...style.sometimesFinal].filter((t) => t.length >= 2).map((t) => asciiTokenKey(t.length, t.charCodeAt(t.length - 2))));

  /** Whether the period at `period` closes a sentence, by the word it belongs to ("Oct.", "U.S.", "J."). */
  function periodEndsSentence(prose: string, period: number, wordStart: number, paragraphEnd: number): boolean {
    let tokenStart = period;
    let ascii = true;
    for (let code = prose.charCodeAt(tokenStart - 1); tokenStart > 0 && !endsTokenLeft(code); code = prose.charCodeAt(--tokenStart - 1)) {
      if (code >= 128) ascii = false;
    }
    const length = period + 1 - tokenStart;
    if (!ascii || length < 2 || listedKeys.has(asciiTokenKey(length, prose.charCodeAt(period - 1)))) {
      return listedPeriodEndsSentence(prose, prose.slice(tokenStart, period + 1), wordStart, paragraphEnd);
    }
    // An ASCII word no list holds: the tests of `listedPeriodEndsSentence` without the lists.
    if (length === 2 && isAsciiUpper(prose.charCodeAt(tokenStart))) return false; // an initial
    if (isAsciiAbbreviation(prose, tokenStart, period + 1)) return startsWithOpener(prose, wordStart, paragraphEnd);
    return true;
  }

  function listedPeriodEndsSentence(prose: string, token: string, wordStart: number, paragraphEnd: number): boolean {
    if (isNeverFinal(token)) return false;
    if (INITIAL_RE.test(token)) return false;
    if (isSometimesFinal(token) || ABBREVIATION_RE.test(token)) return startsWithOpener(prose, wordStart, paragraphEnd);
    return true;
  }

  function startsWithOpener(prose: string, wordStart: number, paragraphEnd: number): boolean {
    let wordEnd = wordStart;
    while (wordEnd < paragraphEnd && (isLetterAt(prose, wordEnd) || prose.charCodeAt(wordEnd) === RIGHT_SINGLE_QUOTE || prose.charCodeAt(wordEnd) === APOSTROPHE)) wordEnd++;
    return openers.has(prose.slice(wordStart, wordEnd));
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
    // The last quote opening at or before the candidate: candidates come in order, so a walk.
    let quote = lastStartingAtOrBefore(quotes, start);
    const consider = (markStart: number, markEnd: number) => {
      while (quote + 1 < quotes.length && quotes[quote + 1].start <= markStart) quote++;
      if (insideAttributedQuote(prose, quotes[quote], paragraph, markStart, markEnd)) return;
      if (isBoundary(prose, markStart, markEnd, end)) {
        emitTrimmed(prose, start, markEnd, emit);
        start = markEnd;
      }
    };
    const candidates = options.candidates;
    if (candidates && candidates.seek(start)) {
      for (; candidates.start < end; candidates.next()) consider(candidates.start, Math.min(candidates.end, end));
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
function insideAttributedQuote(prose: string, quote: Quotation | undefined, paragraph: Span, markStart: number, markEnd: number): boolean {
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
