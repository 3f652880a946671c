import type { ArticleDocument, Sentence } from '../../model/article';
import { anyOverlapping, indicesOverlapping } from '../../model/queries';
import { DETERMINERS } from './grammar';
import type { SourcingLexicon } from './lexicon';
import { sentenceMatches } from './sentence-matches';
import { classifySource } from './source-kind';
import { sourceLeftOf, sourceRightOf, type TokenRange } from './source-span';
import { SentenceTokens, tokenize } from './tokens';
import type { AttributionCue, SourceSpan } from './types';

/** The tokens of one sentence, those inside quoted words marked; with a lexicon, its verbs prefiltered. */
export function sentenceTokens(doc: ArticleDocument, sentence: Sentence, lexicon?: SourcingLexicon): SentenceTokens {
  return tokenize(doc.prose, sentence.start, sentence.end, quotesOverlapping(doc, sentence.start, sentence.end), lexicon?.verbTokens);
}

export type { SentenceTokens };

/** Quotations overlapping [start, end): binary search, as quotes are sorted and do not nest. */
export function quotesOverlapping(doc: ArticleDocument, start: number, end: number): ArticleDocument['quotes'][number][] {
  return quoteIndicesOverlapping(doc, start, end).map((i) => doc.quotes[i]);
}

/** Whether some quotation overlaps [start, end): `quoteIndicesOverlapping(…).length > 0` without the array. */
export function anyQuoteOverlapping(doc: ArticleDocument, start: number, end: number): boolean {
  return anyOverlapping(doc.quotes, start, end);
}

export function quoteIndicesOverlapping(doc: ArticleDocument, start: number, end: number): number[] {
  return indicesOverlapping(doc.quotes, start, end);
}

const NOUN_READING_NEXT = new Set(['could', 'would', 'should', 'will', 'may', 'might', 'can', 'must', 'is', 'are', 'was', 'were', 'has', 'have', 'had']);

const SOURCE_PHRASES = /^(?:according\s+to|citing|cited\s+by|as\s+quoted\s+by|surveyed\s+by|polled\s+by|a\s+(?:poll|report)\s+by)$/i;

function usable(st: SentenceTokens, range: TokenRange, source: SourceSpan): boolean {
  let words = 0;
  let lastWord = -1;
  for (let k = range.first; k <= range.last && k < st.length; k++) {
    if (!st.isWord(k)) continue;
    words++;
    lastWord = k;
  }
  if (words === 0) return false;
  const last = st.lower(lastWord);
  // "the claims", "his denial", "Trump's alleged": a determiner or possessive is not a speaker.
  if (words === 1 && DETERMINERS.has(last) && source.kind !== 'pronoun' && source.kind !== 'vague') return false;
  if (/'s$/.test(last) && source.kind !== 'named') return false;
  return true;
}

/**
 * Attribution cues of one sentence, each with its source when one can be read off the text.
 * `mayHaveVerb` false (see `verbSentences`) skips the verb scan; a sentence with neither a verb nor
 * an attribution phrase is never tokenized here.
 */
export function findCues(doc: ArticleDocument, sentence: Sentence, lexicon: SourcingLexicon, tokensOf: (sentence: number) => SentenceTokens, mayHaveVerb: boolean): AttributionCue[] {
  const phrases = sentenceMatches(lexicon.phrase, doc, sentence);
  if (!mayHaveVerb && phrases.length === 0) return [];
  const st = tokensOf(sentence.index);
  const n = st.length;
  const cues: AttributionCue[] = [];
  let first = 0;
  while (first < n && !st.isWord(first)) first++;
  if (first === n) first = -1;
  const classify = (range: TokenRange) => classifySource(doc.text, st, range, first, lexicon);
  if (mayHaveVerb) for (let v = 0; v < n; v++) {
    // The cheap tests first: most words are no verb (and the hash prefilter says so without the text).
    if (!st.isWord(v) || !st.mayBeVerb(v) || !lexicon.verbs.has(st.lower(v)) || st.isBlocked(v)) continue;
    let range = sourceLeftOf(st, v, lexicon);
    const inverted = !range && (v === first || (v > 0 && !st.isWord(v - 1) && /[,”"’—]/.test(st.text(v - 1))));
    if (!range && inverted) range = sourceRightOf(st, v, lexicon);
    if (!range) continue;
    // "…those claims could be…", "the reports were…": a noun, not a verb of saying.
    const text = st.text(v);
    if (/[^s]s$/i.test(text) && !/^says$/i.test(text) && v + 1 < n && st.isWord(v + 1) && NOUN_READING_NEXT.has(st.lower(v + 1))) continue;
    // "defended people accused of…": the phrase before the verb is an object, not a subject.
    const preceding = range.first - 1;
    if (!inverted && preceding >= 0 && st.isWord(preceding) && /^\p{Ll}/u.test(st.text(preceding)) && (/ed$/.test(st.text(preceding)) || lexicon.verbs.has(st.lower(preceding)))) continue;
    const source = classify(range);
    if (!usable(st, range, source)) continue;
    if (inverted && source.kind === 'unknown' && !DETERMINERS.has(st.lower(range.first))) continue;
    cues.push({ start: st.start(v), end: st.end(v), text, kind: 'verb', sentence: sentence.index, source });
  }
  for (let p = 0; p < phrases.length; p++) {
    const m = phrases[p];
    const end = m.index + m[0].length;
    const at = st.firstStartingFrom(m.index);
    if (at < 0 || st.isBlocked(at)) continue;
    if (cues.some((c) => c.start < end && c.end > m.index)) continue;
    let source: SourceSpan | undefined;
    if (SOURCE_PHRASES.test(m[0].trim())) {
      const lastIndex = st.endingAt(end);
      const range = lastIndex >= 0 ? sourceRightOf(st, lastIndex, lexicon) : undefined;
      if (!range) continue;
      source = classify(range);
      // "citing data security issues" is a reason, not a source.
      if (source.kind === 'unknown' && !/^according/i.test(m[0])) continue;
    }
    cues.push({ start: m.index, end, text: doc.text.slice(m.index, end), kind: 'phrase', sentence: sentence.index, ...(source ? { source } : {}) });
  }
  // Sorting fewer than two is a no-op (and the sort is stable): skip the call.
  return cues.length > 1 ? cues.sort((a, b) => a.start - b.start) : cues;
}
