import type { ArticleDocument, Sentence } from '../../model/article';
import { indicesOverlapping } from '../../model/queries';
import { DETERMINERS } from './grammar';
import type { SourcingLexicon } from './lexicon';
import { sentenceMatches } from './sentence-matches';
import { classifySource } from './source-kind';
import { sourceLeftOf, sourceRightOf, type TokenRange } from './source-span';
import { lowerWord, tokenize, type Token } from './tokens';
import type { AttributionCue, SourceSpan } from './types';

/** Tokens of one sentence plus a test for "inside quoted words" (a speaker's words are not attribution). */
export interface SentenceTokens {
  tokens: Token[];
  blocked: (token: Token) => boolean;
}

export function sentenceTokens(doc: ArticleDocument, sentence: Sentence): SentenceTokens {
  const tokens = tokenize(doc.prose, sentence.start, sentence.end);
  const quotes = quotesOverlapping(doc, sentence.start, sentence.end);
  const blocked = (t: Token) => quotes.some((q) => t.start >= q.contentStart && t.end <= q.contentEnd);
  return { tokens, blocked };
}

/** Quotations overlapping [start, end): binary search, as quotes are sorted and do not nest. */
export function quotesOverlapping(doc: ArticleDocument, start: number, end: number): ArticleDocument['quotes'][number][] {
  return quoteIndicesOverlapping(doc, start, end).map((i) => doc.quotes[i]);
}

export function quoteIndicesOverlapping(doc: ArticleDocument, start: number, end: number): number[] {
  return indicesOverlapping(doc.quotes, start, end);
}

const NOUN_READING_NEXT = new Set(['could', 'would', 'should', 'will', 'may', 'might', 'can', 'must', 'is', 'are', 'was', 'were', 'has', 'have', 'had']);

const SOURCE_PHRASES = /^(?:according\s+to|citing|cited\s+by|as\s+quoted\s+by|surveyed\s+by|polled\s+by|a\s+(?:poll|report)\s+by)$/i;

function usable(tokens: Token[], range: TokenRange, source: SourceSpan): boolean {
  const words = tokens.slice(range.first, range.last + 1).filter((t) => t.word);
  if (words.length === 0) return false;
  const last = lowerWord(words[words.length - 1]);
  // "the claims", "his denial", "Trump's alleged": a determiner or possessive is not a speaker.
  if (words.length === 1 && DETERMINERS.has(last) && source.kind !== 'pronoun' && source.kind !== 'vague') return false;
  if (/'s$/.test(last) && source.kind !== 'named') return false;
  return true;
}

/**
 * Attribution cues of one sentence, each with its source when one can be read off the text.
 * `mayHaveVerb` false (see `verbSentences`) skips the verb scan; a sentence with neither a verb nor
 * an attribution phrase is never tokenized here.
 */
export function findCues(doc: ArticleDocument, sentence: Sentence, lexicon: SourcingLexicon, tokensOf: () => SentenceTokens, mayHaveVerb: boolean): AttributionCue[] {
  const phrases = sentenceMatches(lexicon.phrase, doc, sentence);
  if (!mayHaveVerb && phrases.length === 0) return [];
  const { tokens, blocked } = tokensOf();
  const cues: AttributionCue[] = [];
  const first = tokens.findIndex((t) => t.word);
  const classify = (range: TokenRange) => classifySource(doc.text, tokens, range, first, lexicon);
  if (mayHaveVerb) tokens.forEach((token, v) => {
    // The set lookup before the quote test: most words are no verb, and the test scans quotes.
    if (!token.word || !lexicon.verbs.has(lowerWord(token)) || blocked(token)) return;
    let range = sourceLeftOf(tokens, v, lexicon, blocked);
    const before = tokens[v - 1];
    const inverted = !range && (v === first || (before !== undefined && !before.word && /[,”"’—]/.test(before.text)));
    if (!range && inverted) range = sourceRightOf(tokens, v, lexicon, blocked);
    if (!range) return;
    // "…those claims could be…", "the reports were…": a noun, not a verb of saying.
    const after = tokens[v + 1];
    if (/[^s]s$/i.test(token.text) && !/^says$/i.test(token.text) && after?.word && NOUN_READING_NEXT.has(lowerWord(after))) return;
    // "defended people accused of…": the phrase before the verb is an object, not a subject.
    const preceding = tokens[range.first - 1];
    if (!inverted && preceding?.word && /^\p{Ll}/u.test(preceding.text) && (/ed$/.test(preceding.text) || lexicon.verbs.has(lowerWord(preceding)))) return;
    const source = classify(range);
    if (!usable(tokens, range, source)) return;
    if (inverted && source.kind === 'unknown' && !DETERMINERS.has(lowerWord(tokens[range.first]))) return;
    cues.push({ start: token.start, end: token.end, text: token.text, kind: 'verb', sentence: sentence.index, source });
  });
  for (const m of phrases) {
    const end = m.index + m[0].length;
    const at = tokens.findIndex((t) => t.start >= m.index);
    if (at < 0 || blocked(tokens[at])) continue;
    if (cues.some((c) => c.start < end && c.end > m.index)) continue;
    let source: SourceSpan | undefined;
    if (SOURCE_PHRASES.test(m[0].trim())) {
      const lastIndex = tokens.findIndex((t) => t.end === end);
      const range = lastIndex >= 0 ? sourceRightOf(tokens, lastIndex, lexicon, blocked) : undefined;
      if (!range) continue;
      source = classify(range);
      // "citing data security issues" is a reason, not a source.
      if (source.kind === 'unknown' && !/^according/i.test(m[0])) continue;
    }
    cues.push({ start: m.index, end, text: doc.text.slice(m.index, end), kind: 'phrase', sentence: sentence.index, ...(source ? { source } : {}) });
  }
  return cues.sort((a, b) => a.start - b.start);
}
