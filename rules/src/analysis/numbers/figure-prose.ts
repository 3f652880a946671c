import type { ArticleDocument, Paragraph } from '../../model/article';
import { isSpace } from '../../model/chars';
import { sentenceAt } from '../../model/queries';
import type { RuleContext } from '../../rule';
import { documentRecognition, type ParagraphRecognition } from '../recognition/document';
import type { Quantity } from './quantity';

/**
 * Where figure style applies: running prose. Headlines, scraped teasers, sports agate,
 * box scores and tables are set in their own style (numerals are right there), and a
 * speaker's words are left alone unless copydesk.checkInsideQuotes is on.
 */
export function isFigureProseParagraph(paragraph: Paragraph, recognised: ParagraphRecognition): boolean {
  if (paragraph.isHeading) return false;
  // Decided lazily (only paragraphs that hold a number are ever looked at) and memoised
  // with the paragraph's recognition: it depends only on the paragraph's text.
  recognised.verdicts.setInOwnStyle ??= isSetInOwnStyle(recognised.text, recognised.marks.digitRuns.length);
  return !recognised.verdicts.setInOwnStyle;
}

/** `digitRuns`: how many runs of digits `body` holds (no token can hold a digit without one). */
function isSetInOwnStyle(body: string, digitRuns: number): boolean {
  return looksLikeHeadline(body) || looksLikeTable(body, digitRuns);
}

/**
 * Headlines, teasers, captions' furniture and ticker tables: a block that does not end
 * like a sentence ("3 Hospitalized After Wrong-Way Crash", "HD THE HOME DEPOT INC. 225.86 -12.99"),
 * or a single title-case line even with a question mark.
 */
function looksLikeHeadline(body: string): boolean {
  if (!endsLikeSentence(body.charCodeAt(body.length - 1))) return true;
  if (body.length > 160 || body.includes('\n')) return false;
  const words = countWords(body);
  if (words.content < 2) return false;
  const last = body.charCodeAt(body.length - 1);
  return words.capitalised / words.content >= 0.75 && last !== 46 && last !== 33 && last !== 58 && last !== 59; // not /[.!:;]$/
}

interface WordCounts {
  /** Words of four characters or more, or opening with a number. */
  content: number;
  /** Content words opening with a capital or a number. */
  capitalised: number;
}

const wordCounts: WordCounts = { content: 0, capitalised: 0 };
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const NUMBER = /\p{N}/u;
const UPPER = /\p{Lu}/u;

/**
 * The words of `/[\p{L}\p{N}][\p{L}\p{N}'’.-]*\/gu` counted without building them: this runs for
 * every short paragraph that holds a number. A word's first character is a letter or a number,
 * so it opens with a capital or a number exactly when `/^[\p{Lu}\p{N}'‘]/u` holds.
 */
function countWords(body: string): WordCounts {
  let content = 0;
  let capitalised = 0;
  const length = body.length;
  for (let i = 0; i < length; ) {
    const first = body.charCodeAt(i);
    if (first >= 0xd800 && first <= 0xdfff) return countWordsByRegex(body); // code points, not units
    if (!isLetterOrNumber(first)) {
      i++;
      continue;
    }
    const start = i++;
    for (; i < length; i++) {
      const code = body.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdfff) return countWordsByRegex(body);
      if (!(isLetterOrNumber(code) || code === 39 || code === 0x2019 || code === 46 || code === 45)) break;
    }
    const number = isNumber(first);
    if (i - start >= 4 || number) {
      content++;
      if (number || isUpper(first)) capitalised++;
    }
  }
  wordCounts.content = content;
  wordCounts.capitalised = capitalised;
  return wordCounts;
}

function countWordsByRegex(body: string): WordCounts {
  const words = body.match(WORD) ?? [];
  const content = words.filter((w) => w.length >= 4 || /^\p{N}/u.test(w));
  wordCounts.content = content.length;
  wordCounts.capitalised = content.filter((w) => /^[\p{Lu}\p{N}'‘]/u.test(w)).length;
  return wordCounts;
}

function isLetterOrNumber(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return LETTER_OR_NUMBER.test(String.fromCharCode(code));
}

function isNumber(code: number): boolean {
  if (code < 128) return code >= 48 && code <= 57;
  return NUMBER.test(String.fromCharCode(code));
}

function isUpper(code: number): boolean {
  if (code < 128) return code >= 65 && code <= 90;
  return UPPER.test(String.fromCharCode(code));
}

/** `/[.?!:;"”’')\]…*_]$/` on the last character, without a regex tried at every offset of the paragraph. */
function endsLikeSentence(code: number): boolean {
  switch (code) {
    case 46: // .
    case 63: // ?
    case 33: // !
    case 58: // :
    case 59: // ;
    case 34: // "
    case 0x201d: // ”
    case 0x2019: // ’
    case 39: // '
    case 41: // )
    case 93: // ]
    case 0x2026: // …
    case 42: // *
    case 95: // _
      return true;
    default:
      return false; // also NaN: an empty paragraph
  }
}

/**
 * Agate, box scores and tables: lines dense with figures in short fragments
 * ("Palm Bay (1-0): Tolivert 25 points. Davis 17 points."; "Rockledge 14 11 6 15 — 44").
 * Prose with many numbers still has long sentences, so both signs are required.
 */
function looksLikeTable(body: string, digitRuns: number): boolean {
  if ((body.includes('|') && /^\s*\|.*\|\s*$/m.test(body)) || body.includes('\t')) return true;
  if (/^[\p{L} .'’-]{2,40} \((?:\d+-\d+(?:-\d+)?|NR)\):/u.test(body)) return true; // agate: 'Cocoa (1-2): Jordan Munoz 8 saves.'
  // Counted in one pass, without splitting or match arrays: this runs for every paragraph that
  // holds a number. At most one token per digit run holds a digit, so past four tokens per
  // digit run the density is below 0.25 whatever follows: running prose stops counting early.
  const counts = countTokens(body, 4 * digitRuns);
  if (counts === undefined) return false;
  const tokens = counts.tokens;
  const numeric = counts.numeric;
  if (tokens === 0) return false;
  const density = numeric / tokens;
  const wordsPerFragment = tokens / Math.max(1, counts.fragments);
  return density >= 0.5 || (density >= 0.3 && wordsPerFragment <= 6 && numeric >= 3);
}

interface TokenCounts {
  /** Whitespace-separated tokens (as /\s+/ splits). */
  tokens: number;
  /** Tokens holding a digit (as /\d/ tests). */
  numeric: number;
  /** Matches of `/[.;!?](?:\s|$)|,\s/g`: sentence and clause breaks. */
  fragments: number;
}

// One object reused: countTokens runs once per paragraph that holds a number.
const counted: TokenCounts = { tokens: 0, numeric: 0, fragments: 0 };

/** The counts of `body`, or undefined as soon as it holds more than `maxTokens` tokens. */
function countTokens(body: string, maxTokens: number): TokenCounts | undefined {
  let tokens = 0;
  let numeric = 0;
  let fragments = 0;
  let inToken = false;
  let hasDigit = false;
  const length = body.length;
  for (let i = 0; i < length; i++) {
    const code = body.charCodeAt(i);
    if (isWhitespace(code)) {
      if (inToken && hasDigit) numeric++;
      inToken = false;
      continue;
    }
    if (!inToken) {
      if (++tokens > maxTokens) return undefined;
      inToken = true;
      hasDigit = false;
    }
    if (code >= 48 && code <= 57) hasDigit = true;
    // A break is its mark followed by white space (or, but for the comma, the end): the white
    // space a match consumes can never start the next one, so counting marks is counting matches.
    else if (code === 46 || code === 59 || code === 33 || code === 63) {
      if (i + 1 === length || isWhitespace(body.charCodeAt(i + 1))) fragments++;
    } else if (code === 44 && i + 1 < length && isWhitespace(body.charCodeAt(i + 1))) fragments++;
  }
  if (inToken && hasDigit) numeric++;
  counted.tokens = tokens;
  counted.numeric = numeric;
  counted.fragments = fragments;
  return counted;
}

// The characters JavaScript's \s matches.
function isWhitespace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 160) return false;
  return code === 160 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** A slideshow counter opening a caption: "1 of 4." */
function isCounter(prose: string, q: Quantity): boolean {
  // Only the first or the second figure of "1 of 4." can be one: test that cheaply first.
  if (!prose.startsWith(' of ', q.end) && !(prose.charCodeAt(q.end) === 46 && prose.startsWith(' of ', q.start - 4))) return false;
  const lineStart = prose.lastIndexOf('\n', q.start - 1) + 1;
  const line = prose.slice(lineStart, lineStart + 20);
  const m = /^\s*(\d+) of (\d+)\.(?:\s|$)/.exec(line);
  return m !== null && q.start >= lineStart && q.end <= lineStart + m[0].length;
}

/** The document's numbers that figure style applies to, for this run's options. */
export function proseQuantities(context: RuleContext): Quantity[] {
  const { doc } = context;
  const insideQuotes = context.options.checkInsideQuotes;
  const key = insideQuotes ? 'quotes' : 'prose';
  let byKey = proseCache.get(doc);
  if (!byKey) {
    byKey = {};
    proseCache.set(doc, byKey);
  }
  const cached = byKey[key];
  if (cached) return cached;
  const kept: Quantity[] = [];
  const recognition = documentRecognition(doc, context.style.dates);
  // The numbers come in document order: the quotation each may sit in is found by walking
  // the quotations (sorted by start) alongside, as isInsideQuote's binary search would find it.
  const quotes = doc.quotes;
  let quote = -1;
  for (let i = 0; i < doc.paragraphs.length; i++) {
    const paragraph = doc.paragraphs[i];
    const recognised = recognition.paragraphs[i];
    const quantities = recognised.quantities;
    for (let j = 0; j < quantities.length; j++) {
      const q = quantities[j];
      if (!insideQuotes) {
        while (quote + 1 < quotes.length && quotes[quote + 1].start <= q.start) quote++;
        if (quote >= 0 && q.start < quotes[quote].end && q.end <= quotes[quote].end) continue; // isInsideQuote
      }
      if (!isFigureProseParagraph(paragraph, recognised)) continue;
      if (!isCounter(doc.prose, q)) kept.push(q);
    }
  }
  byKey[key] = kept;
  return kept;
}

const proseCache = new WeakMap<ArticleDocument, { prose?: Quantity[]; quotes?: Quantity[] }>();

/** True when only opening punctuation stands between the sentence start and `offset`. */
export function startsSentence(doc: ArticleDocument, offset: number): boolean {
  const sentence = sentenceAt(doc, offset);
  if (!sentence) return false;
  // `/^[\s"“‘'(\[*_]*$/` on the text in between, read backwards: mid-sentence, the first character refuses.
  const prose = doc.prose;
  for (let i = offset - 1; i >= sentence.start; i--) if (!isOpeningPunctuation(prose.charCodeAt(i))) return false;
  return true;
}

/** `[\s"“‘'(\[*_]` */
function isOpeningPunctuation(code: number): boolean {
  return code === 0x22 || code === 0x201c || code === 0x2018 || code === 0x27 || code === 0x28 || code === 0x5b || code === 0x2a || code === 0x5f || isSpace(code);
}
