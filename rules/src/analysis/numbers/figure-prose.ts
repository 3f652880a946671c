import type { ArticleDocument, Paragraph } from '../../model/article';
import { isInsideQuote, sentenceAt } from '../../model/queries';
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
  recognised.verdicts.setInOwnStyle ??= isSetInOwnStyle(recognised.text);
  return !recognised.verdicts.setInOwnStyle;
}

function isSetInOwnStyle(body: string): boolean {
  return looksLikeHeadline(body) || looksLikeTable(body);
}

/**
 * Headlines, teasers, captions' furniture and ticker tables: a block that does not end
 * like a sentence ("3 Hospitalized After Wrong-Way Crash", "HD THE HOME DEPOT INC. 225.86 -12.99"),
 * or a single title-case line even with a question mark.
 */
function looksLikeHeadline(body: string): boolean {
  if (!/[.?!:;"”’')\]…*_]$/.test(body)) return true;
  if (body.includes('\n') || body.length > 160) return false;
  const words = body.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
  const content = words.filter((w) => w.length >= 4 || /^\p{N}/u.test(w));
  if (content.length < 2) return false;
  const capitalised = content.filter((w) => /^[\p{Lu}\p{N}'‘]/u.test(w)).length;
  return capitalised / content.length >= 0.75 && !/[.!:;]$/.test(body);
}

/**
 * Agate, box scores and tables: lines dense with figures in short fragments
 * ("Palm Bay (1-0): Tolivert 25 points. Davis 17 points."; "Rockledge 14 11 6 15 — 44").
 * Prose with many numbers still has long sentences, so both signs are required.
 */
function looksLikeTable(body: string): boolean {
  if (/^\s*\|.*\|\s*$/m.test(body) || body.includes('\t')) return true;
  if (/^[\p{L} .'’-]{2,40} \((?:\d+-\d+(?:-\d+)?|NR)\):/u.test(body)) return true; // agate: 'Cocoa (1-2): Jordan Munoz 8 saves.'
  // Counted in one pass without splitting: this runs for every paragraph that holds a number.
  const { tokens, numeric } = countTokens(body);
  if (tokens === 0) return false;
  const density = numeric / tokens;
  const fragments = Math.max(1, (body.match(/[.;!?](?:\s|$)|,\s/g) ?? []).length);
  const wordsPerFragment = tokens / fragments;
  return density >= 0.5 || (density >= 0.3 && wordsPerFragment <= 6 && numeric >= 3);
}

/** Whitespace-separated tokens, and how many of them hold a digit (as /\s+/ splits and /\d/ tests). */
function countTokens(body: string): { tokens: number; numeric: number } {
  let tokens = 0;
  let numeric = 0;
  let inToken = false;
  let hasDigit = false;
  for (let i = 0; i < body.length; i++) {
    const code = body.charCodeAt(i);
    if (isWhitespace(code)) {
      if (inToken && hasDigit) numeric++;
      inToken = false;
      continue;
    }
    if (!inToken) {
      tokens++;
      inToken = true;
      hasDigit = false;
    }
    if (code >= 48 && code <= 57) hasDigit = true;
  }
  if (inToken && hasDigit) numeric++;
  return { tokens, numeric };
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
  for (let i = 0; i < doc.paragraphs.length; i++) {
    const paragraph = doc.paragraphs[i];
    const recognised = recognition.paragraphs[i];
    for (const q of recognised.quantities) {
      if (!insideQuotes && isInsideQuote(doc, q.start, q.end)) continue;
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
  return /^[\s"“‘'(\[*_]*$/.test(doc.prose.slice(sentence.start, offset));
}
